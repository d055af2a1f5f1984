import type { BriefingEntry, Corpus } from '../corpus/corpus';
import { listBriefingCitations, type CitedSource, type ClaimUse } from './listBriefingCitations';
import type { Attribution } from '../schemas/attribution';

export interface ParagraphUse {
  collection: 'briefings' | 'figures' | 'events' | 'entities';
  id: string;
  title: string;
  /** The distinct ways its claims rest on the paragraph (stated, reported by whom, analysis, basis of our assessment). */
  how?: ClaimUse[];
}

type Citations = ReadonlyArray<{ source: { id: string }; paragraphs: readonly number[]; attribution?: Attribution; by?: string; credibility?: number }>;

const claimKey = (claim: ClaimUse) => JSON.stringify([claim.attribution, claim.by, claim.credibility, claim.basisOfAssessment]);

/**
 * For every source, and each of its paragraphs, everything in the corpus that cites it: the reverse of every
 * citation, so a source page can show what each paragraph supports. One pass over the corpus serves all sources,
 * so building every source page costs O(corpus), not O(sources × corpus).
 *
 * @example mapParagraphUsesBySource(corpus).get('harbour-report')?.get(1)
 * // [{ collection: 'figures', id: 'ships-registered', title: 'Ships registered in Northport' }, …]
 */
export function mapParagraphUsesBySource(
  corpus: Corpus,
  citationsOfBriefing: (briefing: BriefingEntry) => readonly CitedSource[] = (briefing) => {
    const figureCitations = new Map(corpus.figures.map((figure) => [figure.id, figure.data.citations]));
    return listBriefingCitations(briefing, (id) => figureCitations.get(id) ?? []);
  },
): Map<string, Map<number, ParagraphUse[]>> {
  const bySource = new Map<string, Map<number, ParagraphUse[]>>();
  const seen = new Map<string, ParagraphUse>();
  const add = (sourceId: string, paragraphs: Iterable<number>, use: Omit<ParagraphUse, 'how'>, how: ClaimUse) => {
    const uses = bySource.get(sourceId) ?? new Map<number, ParagraphUse[]>();
    bySource.set(sourceId, uses);
    for (const paragraph of paragraphs) {
      const key = `${sourceId}\0${paragraph}\0${use.collection}\0${use.id}`;
      let entry = seen.get(key);
      if (!entry) {
        entry = { ...use, how: [] };
        seen.set(key, entry);
        const list = uses.get(paragraph) ?? [];
        list.push(entry);
        uses.set(paragraph, list);
      }
      if (!entry.how!.some((claim) => claimKey(claim) === claimKey(how))) entry.how!.push(how);
    }
  };
  const addCitations = (citations: Citations, use: Omit<ParagraphUse, 'how'>) => {
    for (const citation of citations) {
      add(citation.source.id, citation.paragraphs, use, {
        attribution: citation.attribution ?? 'stated',
        ...(citation.by !== undefined && { by: citation.by }),
        ...(citation.credibility !== undefined && { credibility: citation.credibility }),
      });
    }
  };

  for (const briefing of corpus.briefings) {
    const use = { collection: 'briefings', id: briefing.id, title: briefing.data.title } as const;
    for (const { sourceId, paragraphs, uses } of citationsOfBriefing(briefing)) {
      for (const paragraph of paragraphs) for (const how of uses[paragraph] ?? []) add(sourceId, [paragraph], use, how);
    }
  }
  for (const figure of corpus.figures) addCitations(figure.data.citations, { collection: 'figures', id: figure.id, title: figure.data.label });
  for (const event of corpus.events) addCitations(event.data.citations, { collection: 'events', id: event.id, title: event.data.title });
  for (const entity of corpus.entities) {
    addCitations([...entity.data.citations, ...(entity.data.status?.citations ?? [])], { collection: 'entities', id: entity.id, title: entity.data.name });
  }
  return bySource;
}

/**
 * For each paragraph of one source, everything in the corpus that cites it. Prefer the memoized
 * `paragraphUses(sourceId)` of the corpus index in pages: this scans the whole corpus on every call.
 *
 * @example mapParagraphUses(corpus, 'harbour-report').get(1)
 * // [{ collection: 'figures', id: 'ships-registered', title: 'Ships registered in Northport' }, …]
 */
export function mapParagraphUses(corpus: Corpus, sourceId: string): Map<number, ParagraphUse[]> {
  return mapParagraphUsesBySource(corpus).get(sourceId) ?? new Map();
}
