import type { Corpus } from './corpus';
import { listBriefingCitations } from './listBriefingCitations';

export interface ParagraphUse {
  collection: 'briefings' | 'figures' | 'events' | 'entities';
  id: string;
  title: string;
}

/**
 * For each paragraph of one source, everything in the corpus that cites it: the reverse of every citation,
 * so the source page can show what each paragraph supports.
 *
 * @example mapParagraphUses(corpus, 'syria-russia-talks-2026').get(12)
 * // [{ collection: 'figures', id: 'russian-combat-sorties', title: 'Russian combat sorties in Syria' }, …]
 */
export function mapParagraphUses(corpus: Corpus, sourceId: string): Map<number, ParagraphUse[]> {
  const uses = new Map<number, ParagraphUse[]>();
  const figureCitations = new Map(corpus.figures.map((figure) => [figure.id, figure.data.citations]));
  const add = (paragraphs: readonly number[], use: ParagraphUse) => {
    for (const paragraph of new Set(paragraphs)) {
      const list = uses.get(paragraph) ?? [];
      if (!list.some((existing) => existing.collection === use.collection && existing.id === use.id)) list.push(use);
      uses.set(paragraph, list);
    }
  };
  const fromCitations = (citations: ReadonlyArray<{ source: { id: string }; paragraphs: readonly number[] }>) =>
    citations.filter((citation) => citation.source.id === sourceId).flatMap((citation) => citation.paragraphs);

  for (const briefing of corpus.briefings) {
    const cited = listBriefingCitations(briefing, (id) => figureCitations.get(id) ?? []);
    add(cited.find((entry) => entry.sourceId === sourceId)?.paragraphs ?? [], { collection: 'briefings', id: briefing.id, title: briefing.data.title });
  }
  for (const figure of corpus.figures) add(fromCitations(figure.data.citations), { collection: 'figures', id: figure.id, title: figure.data.label });
  for (const event of corpus.events) add(fromCitations(event.data.citations), { collection: 'events', id: event.id, title: event.data.title });
  for (const entity of corpus.entities) {
    add(fromCitations([...entity.data.citations, ...(entity.data.status?.citations ?? [])]), { collection: 'entities', id: entity.id, title: entity.data.name });
  }
  return uses;
}
