import { credibilityLevels, reliabilityGrades, type Attribution, type Reliability } from '../schemas/attribution';
import type { SourceData } from '../schemas/source';

/** The attribution fields of a citation, as YAML gives them and as `<Cite as by credibility>` does. */
export interface ClaimAttribution {
  attribution?: Attribution;
  by?: string;
  credibility?: number;
}

/** Who "the source's own reading" belongs to, in the words a reader would use for that kind of document. */
const documentNoun: Record<SourceData['kind'], string> = {
  'news-analysis': 'article',
  'news-report': 'article',
  'official-statement': 'statement',
  report: 'report',
  dataset: 'dataset',
  other: 'source',
};

/**
 * Whose claim a citation carries, in words, or nothing for a plain statement of fact (which a bare ¶ already
 * says). Words, not colour: the difference must survive print, screen readers and search excerpts.
 *
 * @example describeAttribution({ attribution: 'reported', by: 'port officials' }, 'news-analysis') // "port officials, reported"
 * @example describeAttribution({ attribution: 'analysis' }, 'news-analysis') // "the article’s reading"
 */
export function describeAttribution(claim: ClaimAttribution, kind: SourceData['kind']): string | undefined {
  switch (claim.attribution ?? 'stated') {
    case 'reported':
      return `${claim.by ?? 'unnamed sources'}, reported`;
    case 'analysis':
      return `the ${documentNoun[kind]}’s reading`;
    default:
      return undefined;
  }
}

/**
 * How a claim rests on a paragraph, for the source page and the notes: "stated", "reported by port officials",
 * "the article’s reading", "basis of our assessment", with the Admiralty grade in words when the claim has a
 * credibility.
 *
 * @example describeClaimUse({ attribution: 'reported', by: 'analysts' }, { kind: 'news-analysis' }) // "reported by analysts"
 * @example describeClaimUse({ attribution: 'stated', credibility: 2 }, { kind: 'report', reliability: 'B' })
 * // "stated (B2 — usually reliable source, probably true)"
 */
export function describeClaimUse(
  claim: ClaimAttribution & { basisOfAssessment?: boolean },
  source: Pick<SourceData, 'kind' | 'reliability'>,
): string {
  if (claim.basisOfAssessment) return 'basis of our assessment';
  const how =
    claim.attribution === 'reported'
      ? `reported by ${claim.by ?? 'unnamed sources'}`
      : claim.attribution === 'analysis'
        ? `the ${documentNoun[source.kind]}’s reading`
        : 'stated';
  const grade = claim.credibility !== undefined ? describeGrade(source.reliability, claim.credibility) : undefined;
  return grade ? `${how} (${grade})` : how;
}

/** @example describeCredibility(2) // "probably true" */
export function describeCredibility(credibility: number): string {
  const level = credibilityLevels.find((entry) => entry.id === credibility);
  if (!level) throw new Error(`Credibility ${credibility} is not an Admiralty credibility (1–6).`);
  return level.label;
}

/**
 * A source's reliability as a phrase about the source.
 *
 * @example describeReliability('B') // "usually reliable source"
 * @example describeReliability('F') // "source reliability cannot be judged"
 */
export function describeReliability(reliability: Reliability): string {
  return reliability === 'F' ? 'source reliability cannot be judged' : `${reliabilityGrades.find((entry) => entry.id === reliability)!.label} source`;
}

/**
 * The Admiralty grade of a claim, code first and then in words, as analysts write it; either half may be unknown.
 *
 * @example describeGrade('B', 2) // "B2 — usually reliable source, probably true"
 * @example describeGrade(undefined, 3) // "credibility 3 — possibly true"
 * @example describeGrade('C', undefined) // "C — fairly reliable source"
 */
export function describeGrade(reliability: Reliability | undefined, credibility: number | undefined): string | undefined {
  if (reliability && credibility !== undefined) {
    return `${reliability}${credibility} — ${describeReliability(reliability)}, ${describeCredibility(credibility)}`;
  }
  if (reliability) return `${reliability} — ${describeReliability(reliability)}`;
  if (credibility !== undefined) return `credibility ${credibility} — ${describeCredibility(credibility)}`;
  return undefined;
}

/**
 * A digest line as the source page and the notes print it: its text, and whose claim the paragraph carries when it is
 * not the source's own statement of fact (a plain line is stated).
 *
 * @example describeDigestLine({ text: 'Requests the council made.', attribution: 'reported', by: 'harbour board sources' }, { kind: 'news-analysis' })
 * // { text: 'Requests the council made.', how: 'reported by harbour board sources' }
 */
export function describeDigestLine(
  line: string | (ClaimAttribution & { text: string }) | undefined,
  source: Pick<SourceData, 'kind' | 'reliability'>,
): { text: string; how?: string } {
  if (line === undefined) return { text: '' };
  if (typeof line === 'string') return { text: line };
  const plain = (line.attribution ?? 'stated') === 'stated' && line.credibility === undefined;
  return plain ? { text: line.text } : { text: line.text, how: describeClaimUse(line, source) };
}
