import type { Attribution, Reliability } from '../schemas/attribution';
import { likelihoods, type Confidence, type Likelihood } from '../schemas/keyJudgment';
import { defaultCalibration, describeCorroboration, describeCredibilities, describeGrades, describeRequirement, levelOf, type CalibrationTable, type SourcingRequirement } from './calibration';
import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';
import { isNumberOrNumbers, scanMdxComponents } from '../prose/scanMdxComponents';

/** The likelihoods at the ends of the ICD 203 scale, which claim near-certainty either way. */
const extremeLikelihoods: readonly Likelihood[] = ['almost-certain', 'almost-no-chance'];

/** One key judgment as the rules see it, wherever it was written. */
export interface JudgmentToCheck {
  /** How a message names it: `Key judgment 2 ("The harbour will …")`. */
  name: string;
  likelihood: Likelihood;
  confidence: Confidence;
  citations: ReadonlyArray<{ sourceId: string; paragraphs: readonly number[]; attribution: Attribution; by?: string | undefined; credibility?: number | undefined }>;
}

type CitationToCheck = JudgmentToCheck['citations'][number];

/** Whether cited sources meet one level's requirement, and if not, which parts they miss. */
function unmet(requires: SourcingRequirement, sources: readonly string[], cited: readonly CitationToCheck[], reliabilityOf: ReadonlyMap<string, Reliability | undefined>) {
  const gradeOf = (id: string) => reliabilityOf.get(id);
  const corroborated = sources.length >= requires.independentSources || sources.some((id) => requires.strongReliability.includes(gradeOf(id) as Reliability));
  const onlyWeak = requires.weakReliability.length > 0 && sources.every((id) => requires.weakReliability.includes(gradeOf(id) as Reliability));
  const noStatedClaim = requires.statedClaim && cited.every((citation) => citation.attribution !== 'stated');
  const onlyWeakClaims = requires.weakCredibility.length > 0 && cited.every((citation) => citation.credibility !== undefined && requires.weakCredibility.includes(citation.credibility));
  return { corroborated, onlyWeak, noStatedClaim, onlyWeakClaims, met: corroborated && !onlyWeak && !noStatedClaim && !onlyWeakClaims };
}

/**
 * Why a judgment breaks the calibration table, one message per broken rule, each naming the judgment, what it
 * rests on, the rule of the table it breaks and how to put it right. A judgment passes at a level when its sourcing
 * meets that level's row or any row above it.
 *
 * @example
 * judgmentProblems({ name: 'Key judgment 1 ("X")', likelihood: 'likely', confidence: 'high', citations: [one ungraded source] }, new Map())
 * // ['Key judgment 1 ("X") is at high confidence but rests on one source ("s", not graded). …']
 */
export function judgmentProblems(
  judgment: JudgmentToCheck,
  reliabilityOf: ReadonlyMap<string, Reliability | undefined>,
  table: Readonly<CalibrationTable> = defaultCalibration,
): string[] {
  const problems: string[] = [];
  const cited = judgment.citations.filter((citation) => citation.paragraphs.length > 0);
  if (cited.length === 0) {
    if (table.judgmentNeedsCitation) {
      problems.push(
        `${judgment.name} cites no source paragraph. Every judgment says what evidence it rests on (ICD 203): add citations: [{ source: source-id, paragraphs: [n] }] in front matter, or p={n} on <KeyJudgment>.`,
      );
    }
    return problems;
  }

  const sources = [...new Set(cited.map((citation) => citation.sourceId))];
  const sourcing = () =>
    `rests on ${sources.length === 1 ? 'one source' : `${sources.length} sources`} (${sources
      .map((id) => `"${id}", ${reliabilityOf.get(id) ? `graded ${reliabilityOf.get(id)}` : 'not graded'}`)
      .join('; ')})`;
  const levelIndex = table.levels.findIndex((level) => level.id === judgment.confidence);
  const supported = [...table.levels].reverse().find((level) => !level.requires || unmet(level.requires, sources, cited, reliabilityOf).met)!;
  const lowerTo = `lower the confidence to ${supported.id}`;
  const level = table.levels[levelIndex]!;
  const supportedIndex = table.levels.indexOf(supported);

  if (level.requires && supportedIndex < levelIndex) {
    const { corroborated, onlyWeak, noStatedClaim, onlyWeakClaims } = unmet(level.requires, sources, cited, reliabilityOf);
    const requirement = describeRequirement(level, table);
    const rule = `The calibration table's rule for ${level.id} confidence: ${requirement[0]!.toLowerCase()}${requirement.slice(1)}`;
    if (onlyWeak) {
      problems.push(
        `${judgment.name} is at ${level.id} confidence but ${sourcing()}, and a judgment resting only on sources graded ${describeGrades(level.requires.weakReliability)} cannot be ${level.id}. ${rule} Cite a source whose record earns a better grade, or ${lowerTo}.`,
      );
    } else if (!corroborated) {
      problems.push(
        `${judgment.name} is at ${level.id} confidence but ${sourcing()}. ${rule} Cite ${describeCorroboration(level.requires)} (the source's reliability: field) if its record earns it, or ${lowerTo}.`,
      );
    }
    if (noStatedClaim) {
      const claims = cited
        .map((citation) => `¶${citation.paragraphs.join(', ¶')} ${citation.attribution === 'reported' ? `reported from ${citation.by ?? 'others'}` : "the source's own analysis"}`)
        .join('; ');
      problems.push(
        `${judgment.name} is at ${level.id} confidence but cites only reported claims or the source's own analysis (${claims}). A judgment resting on others' readings cannot be ${level.id}. ${rule} Cite a paragraph that states the facts, or ${lowerTo}.`,
      );
    }
    if (onlyWeakClaims) {
      const claims = cited.map((citation) => `¶${citation.paragraphs.join(', ¶')} credibility ${citation.credibility}`).join('; ');
      problems.push(
        `${judgment.name} is at ${level.id} confidence but every claim it cites is graded ${describeCredibilities(level.requires.weakCredibility)} for credibility (${claims}). ${rule} Cite a claim whose truth the book can weigh, or ${lowerTo}.`,
      );
    }
  }

  const high = levelOf(table, 'high').requires;
  if (table.extremeLikelihoodNeedsCorroboration && high && extremeLikelihoods.includes(judgment.likelihood) && !unmet(high, sources, cited, reliabilityOf).corroborated) {
    const { label, range } = likelihoods.find((entry) => entry.id === judgment.likelihood)!;
    const milder = judgment.likelihood === 'almost-certain' ? 'very-likely' : 'very-unlikely';
    problems.push(
      `${judgment.name} is "${label.toLowerCase()}" (${range[0]}–${range[1]}%) but ${sourcing()}. The calibration table's rule for the ends of the likelihood scale: the sources high confidence needs. Cite ${describeCorroboration(high)} (the source's reliability: field) if its record earns it, or use ${milder}.`,
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
 * Holds every key judgment of the corpus — in briefing front matter and in `<KeyJudgment>` prose — to the calibration table,
 * naming the briefing file and the field or line of each judgment that breaks one.
 *
 * @example checkConfidence(corpus) // [{ file: 'content/briefings/x.mdx', field: 'keyJudgments[0]', message: 'Key judgment 1 (…) is at high confidence but …' }]
 * @example checkConfidence(corpus, calibrationOf({ confidenceRules: { independentSources: 1 } })) // a book that lets one source carry high confidence
 */
export function checkConfidence(corpus: Pick<Corpus, 'briefings' | 'sources'>, rules: Readonly<CalibrationTable> = defaultCalibration): ContentProblem[] {
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
        credibility: citation.credibility,
      }));
      for (const message of judgmentProblems({ name, likelihood: judgment.likelihood, confidence: judgment.confidence, citations }, reliabilityOf, rules)) {
        problems.push({ file: briefing.filePath, field: `keyJudgments[${index}]`, message });
      }
    });

    const soleSource = briefing.data.sources.length === 1 ? briefing.data.sources[0]!.id : undefined;
    for (const usage of scanMdxComponents(briefing.body)) {
      if (usage.name !== 'KeyJudgment') continue;
      const { likelihood, confidence, p, source, as, by, credibility } = usage.attributes;
      // Malformed attributes are the component contract's to report; the rules judge only what they can read.
      if (!likelihoods.some((entry) => entry.id === likelihood) || !['low', 'moderate', 'high'].includes(confidence as string)) continue;
      if (p !== undefined && !isNumberOrNumbers(p)) continue;
      const sourceId = typeof source === 'string' ? source : soleSource;
      if (p !== undefined && !sourceId) continue;
      const citations = p === undefined ? [] : [{ sourceId: sourceId!, paragraphs: [p].flat(), attribution: attributionOf(as), by: typeof by === 'string' ? by : undefined, credibility: typeof credibility === 'number' ? credibility : undefined }];
      const judgment = { name: `<KeyJudgment> ${quoteStatement(usage.children)}`, likelihood: likelihood as Likelihood, confidence: confidence as Confidence, citations };
      for (const message of judgmentProblems(judgment, reliabilityOf, rules)) {
        problems.push({ file: briefing.filePath, line: briefing.bodyLine + usage.line - 1, field: '<KeyJudgment>', message });
      }
    }
  }
  return problems;
}
