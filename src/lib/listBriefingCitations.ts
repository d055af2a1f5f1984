import type { BriefingEntry } from './corpus';
import { resolveCitationSource } from './resolveCitationSource';
import { scanMdxComponents } from './scanMdxComponents';

export interface CitedSource {
  sourceId: string;
  /** Every paragraph of this source the briefing cites, ascending. */
  paragraphs: number[];
}

/**
 * Every source paragraph a briefing cites — in its key judgments, through `p=` in its prose, and through the
 * figures its prose prints — grouped by source, for the notes at the end of the briefing.
 *
 * @example listBriefingCitations(briefing, (id) => figures[id].citations)
 * // [{ sourceId: 'syria-russia-talks-2026', paragraphs: [1, 3, 12, 14] }]
 */
export function listBriefingCitations(
  briefing: Pick<BriefingEntry, 'body' | 'data'>,
  figureCitations: (figureId: string) => ReadonlyArray<{ source: { id: string }; paragraphs: readonly number[] }>,
): CitedSource[] {
  const bySource = new Map<string, Set<number>>();
  const add = (sourceId: string, paragraphs: readonly number[]) => {
    const set = bySource.get(sourceId) ?? new Set<number>();
    for (const paragraph of paragraphs) set.add(paragraph);
    bySource.set(sourceId, set);
  };
  const briefingSources = briefing.data.sources.map((source) => source.id);

  for (const judgment of briefing.data.keyJudgments) {
    for (const citation of judgment.citations) add(citation.source.id, citation.paragraphs);
  }
  for (const usage of scanMdxComponents(briefing.body)) {
    const { p, source, id, cite } = usage.attributes;
    if (typeof p === 'number' || Array.isArray(p)) {
      const { sourceId } = resolveCitationSource(typeof source === 'string' ? source : undefined, briefingSources);
      if (sourceId !== undefined) add(sourceId, [p].flat());
    }
    if (usage.name === 'FigureValue' && typeof id === 'string' && cite !== false) {
      for (const citation of figureCitations(id)) add(citation.source.id, citation.paragraphs);
    }
  }
  return [...bySource]
    .map(([sourceId, paragraphs]) => ({ sourceId, paragraphs: [...paragraphs].sort((a, b) => a - b) }))
    .sort((a, b) => a.sourceId.localeCompare(b.sourceId));
}
