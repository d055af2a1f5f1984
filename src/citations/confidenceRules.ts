import type { Attribution, Reliability } from '../schemas/attribution';
import { likelihoods, type Confidence, type Likelihood } from '../schemas/keyJudgment';
import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';
import { scanMdxComponents } from '../prose/scanMdxComponents';

/**
 * The confidence discipline `npm run check` and the build hold every key judgment to, after ICD 203: confidence
 * follows the sourcing, not the analyst's conviction. Each rule can be switched off, and the thresholds changed,
 * by passing another rule set; a book that must relax them says so in one place (see docs/tradecraft.md).
 */
export interface ConfidenceRules {
  /** A `high`-confidence judgment needs `independentSources` sources, or one graded in `strongReliability`. */
  highConfidenceNeedsCorroboration: boolean;
  /** An `almost-certain` or `almost-no-chance` judgment needs the same corroboration. */
  extremeLikelihoodNeedsCorroboration: boolean;
  /** A judgment citing only reported claims or the source's own analysis cannot be `high` confidence. */
  highConfidenceNeedsStatedClaims: boolean;
  /** Every judgment cites at least one source paragraph. */
  judgmentNeedsCitation: boolean;
  /** How many distinct sources count as corroboration. */
  independentSources: number;
  /** Admiralty reliability grades that let a single source carry a judgment alone. */
  strongReliability: readonly Reliability[];
}

export const defaultConfidenceRules: Readonly<ConfidenceRules> = Object.freeze({
  highConfidenceNeedsCorroboration: true,
  extremeLikelihoodNeedsCorroboration: true,
  highConfidenceNeedsStatedClaims: true,
  judgmentNeedsCitation: true,
  independentSources: 2,
  strongReliability: Object.freeze(['A', 'B'] as const),
});

/** The rules a book is held to: the defaults, with whatever its `book.yaml` relaxes (`confidenceRules`). */
export function confidenceRulesOf(book: { confidenceRules?: Partial<ConfidenceRules> | undefined }): Readonly<ConfidenceRules> {
  const relaxed = Object.fromEntries(Object.entries(book.confidenceRules ?? {}).filter(([, value]) => value !== undefined));
  return Object.keys(relaxed).length === 0 ? defaultConfidenceRules : Object.freeze({ ...defaultConfidenceRules, ...relaxed });
}

/** The likelihoods at the ends of the ICD 203 scale, which claim near-certainty either way. */
const extremeLikelihoods: readonly Likelihood[] = ['almost-certain', 'almost-no-chance'];

/** One key judgment as the rules see it, wherever it was written. */
export interface JudgmentToCheck {
  /** How a message names it: `Key judgment 2 ("Moscow will …")`. */
  name: string;
  likelihood: Likelihood;
  confidence: Confidence;
  citations: ReadonlyArray<{ sourceId: string; paragraphs: readonly number[]; attribution: Attribution; by?: string }>;
}

/**
 * Why a judgment breaks the rules, one message per broken rule, each naming the judgment, what it rests on and
 * how to put it right.
 *
 * @example
 * judgmentProblems({ name: 'Key judgment 1 ("X")', likelihood: 'likely', confidence: 'high', citations: [one ungraded source] }, new Map())
 * // ['Key judgment 1 ("X") is at high confidence but rests on one source ("s", not graded A or B). …']
 */
export function judgmentProblems(
  judgment: JudgmentToCheck,
  reliabilityOf: ReadonlyMap<string, Reliability | undefined>,
  rules: Readonly<ConfidenceRules> = defaultConfidenceRules,
): string[] {
  const problems: string[] = [];
  const cited = judgment.citations.filter((citation) => citation.paragraphs.length > 0);
  if (cited.length === 0) {
    if (rules.judgmentNeedsCitation) {
      problems.push(
        `${judgment.name} cites no source paragraph. Every judgment says what evidence it rests on (ICD 203): add citations: [{ source: source-id, paragraphs: [n] }] in front matter, or p={n} on <KeyJudgment>.`,
      );
    }
    return problems;
  }

  const sources = [...new Set(cited.map((citation) => citation.sourceId))];
  const strong = sources.filter((id) => rules.strongReliability.includes(reliabilityOf.get(id) as Reliability));
  const corroborated = sources.length >= rules.independentSources || strong.length > 0;
  const grades = rules.strongReliability.join(' or ');
  const sourcing = () =>
    `rests on ${sources.length === 1 ? 'one source' : `${sources.length} sources`} (${sources
      .map((id) => `"${id}", ${reliabilityOf.get(id) ? `graded ${reliabilityOf.get(id)}` : 'not graded'}`)
      .join('; ')})`;
  const remedy = `Cite ${rules.independentSources > 1 ? `${rules.independentSources} independent sources` : 'a source'}, or one graded ${grades} (the source's reliability: field) if its record earns it`;

  if (rules.highConfidenceNeedsCorroboration && judgment.confidence === 'high' && !corroborated) {
    problems.push(
      `${judgment.name} is at high confidence but ${sourcing()}. High confidence needs corroborated or proven sourcing (ICD 203). ${remedy}, or lower the confidence to moderate.`,
    );
  }
  if (rules.extremeLikelihoodNeedsCorroboration && extremeLikelihoods.includes(judgment.likelihood) && !corroborated) {
    const { label, range } = likelihoods.find((entry) => entry.id === judgment.likelihood)!;
    const milder = judgment.likelihood === 'almost-certain' ? 'very-likely' : 'very-unlikely';
    problems.push(
      `${judgment.name} is "${label.toLowerCase()}" (${range[0]}–${range[1]}%) but ${sourcing()}. The ends of the likelihood scale need the same corroboration as high confidence. ${remedy}, or use ${milder}.`,
    );
  }
  if (rules.highConfidenceNeedsStatedClaims && judgment.confidence === 'high' && cited.every((citation) => citation.attribution !== 'stated')) {
    const claims = cited
      .map((citation) => `¶${citation.paragraphs.join(', ¶')} ${citation.attribution === 'reported' ? `reported from ${citation.by ?? 'others'}` : "the source's own analysis"}`)
      .join('; ');
    problems.push(
      `${judgment.name} is at high confidence but cites only reported claims or the source's own analysis (${claims}). A judgment resting on others' readings cannot be high: cite a paragraph that states the facts, or lower the confidence to moderate.`,
    );
  }
  return problems;
}

/** A judgment's statement, short enough to name it in a one-line message. */
function quoteStatement(text: string): string {
  const plain = text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
  return `"${plain.length > 60 ? `${plain.slice(0, 57).trimEnd()}…` : plain}"`;
}

const attributionOf = (value: unknown): Attribution => (value === 'reported' || value === 'analysis' ? value : 'stated');

/**
 * Holds every key judgment of the corpus — in briefing front matter and in `<KeyJudgment>` prose — to the rules,
 * naming the briefing file and the field or line of each judgment that breaks one.
 *
 * @example checkConfidence(corpus) // [{ file: 'content/briefings/x.mdx', field: 'keyJudgments[0]', message: 'Key judgment 1 (…) is at high confidence but …' }]
 * @example checkConfidence(corpus, { ...defaultConfidenceRules, independentSources: 1 }) // a book that accepts single-source judgments
 */
export function checkConfidence(corpus: Pick<Corpus, 'briefings' | 'sources'>, rules: Readonly<ConfidenceRules> = defaultConfidenceRules): ContentProblem[] {
  const reliabilityOf = new Map(corpus.sources.map((source) => [source.id, source.data.reliability]));
  const problems: ContentProblem[] = [];
  for (const briefing of corpus.briefings) {
    briefing.data.keyJudgments.forEach((judgment, index) => {
      const name = `Key judgment ${index + 1} (${quoteStatement(judgment.statement)})`;
      const citations = judgment.citations.map((citation) => ({
        sourceId: citation.source.id,
        paragraphs: citation.paragraphs,
        attribution: attributionOf(citation.attribution),
        by: citation.by,
      }));
      for (const message of judgmentProblems({ name, likelihood: judgment.likelihood, confidence: judgment.confidence, citations }, reliabilityOf, rules)) {
        problems.push({ file: briefing.filePath, field: `keyJudgments[${index}]`, message });
      }
    });

    const soleSource = briefing.data.sources.length === 1 ? briefing.data.sources[0]!.id : undefined;
    for (const usage of scanMdxComponents(briefing.body)) {
      if (usage.name !== 'KeyJudgment') continue;
      const { likelihood, confidence, p, source, as, by } = usage.attributes;
      // Malformed attributes are the component contract's to report; the rules judge only what they can read.
      if (!likelihoods.some((entry) => entry.id === likelihood) || !['low', 'moderate', 'high'].includes(confidence as string)) continue;
      if (p !== undefined && typeof p !== 'number' && !Array.isArray(p)) continue;
      const sourceId = typeof source === 'string' ? source : soleSource;
      if (p !== undefined && !sourceId) continue;
      const citations = p === undefined ? [] : [{ sourceId: sourceId!, paragraphs: [p].flat(), attribution: attributionOf(as), by: typeof by === 'string' ? by : undefined }];
      const judgment = { name: `<KeyJudgment> ${quoteStatement(usage.children)}`, likelihood: likelihood as Likelihood, confidence: confidence as Confidence, citations };
      for (const message of judgmentProblems(judgment, reliabilityOf, rules)) {
        problems.push({ file: briefing.filePath, line: briefing.bodyLine + usage.line - 1, field: '<KeyJudgment>', message });
      }
    }
  }
  return problems;
}
