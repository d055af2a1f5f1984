import type { Attribution } from '../schemas/attribution';
import type { BriefingEntry } from '../corpus/corpus';
import { resolveCitationSource } from './resolveCitationSource';
import { isNumberOrNumbers, scanMdxComponents } from '../prose/scanMdxComponents';

/** How one claim rests on a paragraph: whose claim it is there, how credible, or that our own assessment rests on it. */
export interface ClaimUse {
  attribution: Attribution;
  by?: string;
  credibility?: number;
  /** The paragraph is the basis of one of the book's own inferences (`<AnalystComment basis>`), not a cited fact. */
  basisOfAssessment?: boolean;
}

export interface CitedSource {
  sourceId: string;
  /** Every paragraph of this source the briefing cites, ascending. */
  paragraphs: number[];
  /** For each paragraph, the distinct ways the briefing's claims rest on it, in order of first use. */
  uses: Record<number, ClaimUse[]>;
}

type AttributedCitation = { source: { id: string }; paragraphs: readonly number[]; attribution?: Attribution; by?: string; credibility?: number };

const attributions: readonly string[] = ['stated', 'reported', 'analysis'] satisfies Attribution[];

/**
 * Every source paragraph a briefing cites — in its key judgments, through `p=` in its prose, through the figures its
 * prose prints, and as the basis of its analyst comments — grouped by source, with how each claim rests on each
 * paragraph, for the notes at the end of the briefing.
 *
 * @example listBriefingCitations(briefing, (id) => figures[id].citations)
 * // [{ sourceId: 'harbour-report', paragraphs: [1, 3, 5], uses: { 5: [{ attribution: 'reported', by: 'port officials' }], … } }]
 */
export function listBriefingCitations(
  briefing: Pick<BriefingEntry, 'body' | 'data'>,
  figureCitations: (figureId: string) => ReadonlyArray<AttributedCitation>,
): CitedSource[] {
  const bySource = new Map<string, Map<number, Map<string, ClaimUse>>>();
  const add = (sourceId: string, paragraphs: readonly number[], use: ClaimUse) => {
    const byParagraph = bySource.get(sourceId) ?? new Map<number, Map<string, ClaimUse>>();
    bySource.set(sourceId, byParagraph);
    const key = JSON.stringify([use.attribution, use.by, use.credibility, use.basisOfAssessment]);
    for (const paragraph of paragraphs) {
      const uses = byParagraph.get(paragraph) ?? new Map<string, ClaimUse>();
      if (!uses.has(key)) uses.set(key, use);
      byParagraph.set(paragraph, uses);
    }
  };
  const briefingSources = briefing.data.sources.map((source) => source.id);
  const useOf = (citation: Omit<AttributedCitation, 'source' | 'paragraphs'>): ClaimUse => ({
    attribution: citation.attribution ?? 'stated',
    ...(citation.by !== undefined && { by: citation.by }),
    ...(citation.credibility !== undefined && { credibility: citation.credibility }),
  });

  for (const judgment of briefing.data.keyJudgments) {
    for (const citation of judgment.citations as readonly AttributedCitation[]) add(citation.source.id, citation.paragraphs, useOf(citation));
  }
  for (const usage of scanMdxComponents(briefing.body)) {
    const { p, basis, source, id, cite, as, by, credibility } = usage.attributes;
    const { sourceId } = resolveCitationSource(typeof source === 'string' ? source : undefined, briefingSources);
    if (isNumberOrNumbers(p) && sourceId) {
      add(
        sourceId,
        [p].flat(),
        useOf({
          attribution: typeof as === 'string' && attributions.includes(as) ? (as as Attribution) : 'stated',
          by: typeof by === 'string' ? by : undefined,
          credibility: typeof credibility === 'number' ? credibility : undefined,
        }),
      );
    }
    if (usage.name === 'AnalystComment' && isNumberOrNumbers(basis) && sourceId) {
      add(sourceId, [basis].flat(), { attribution: 'analysis', basisOfAssessment: true });
    }
    if (usage.name === 'FigureValue' && typeof id === 'string' && cite !== false) {
      for (const citation of figureCitations(id)) add(citation.source.id, citation.paragraphs, useOf(citation));
    }
  }
  return [...bySource]
    .map(([sourceId, byParagraph]) => ({
      sourceId,
      paragraphs: [...byParagraph.keys()].sort((a, b) => a - b),
      uses: Object.fromEntries([...byParagraph].map(([paragraph, uses]) => [paragraph, [...uses.values()]])),
    }))
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
}
