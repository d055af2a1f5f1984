import type { CorpusIndex } from '../corpus/indexCorpus';
import { eventRecord, type EventRecord } from './eventRecord';
import { figureRecord, type FigureRecord } from './figureRecord';
import { placeRecord, type PlaceRecord } from './placeRecord';
import { routes } from '../routing/routes';

/** Everything in the briefing book as data, for `/data/briefbook.json`. */
export interface BriefbookExport {
  title: string;
  /** The information cut-off of the whole book. */
  asOf: string;
  sources: Array<{ id: string; title: string; shortTitle: string; published: string; paragraphCount: number; url: string }>;
  topics: Array<{ id: string; title: string; description: string }>;
  briefings: Array<{ id: string; title: string; date: string; asOf: string; url: string; topics: string[]; entities: string[]; events: string[]; figures: string[] }>;
  figures: FigureRecord[];
  events: EventRecord[];
  entities: Array<{ id: string; name: string; kind: string; role: string; aliases: string[]; url: string }>;
  places: PlaceRecord[];
}

/**
 * Events in timeline order with the briefings that discuss them: the rows of the timeline downloads.
 *
 * @example listEventRecords(book)[0].id // "east-quay-closes"
 */
export function listEventRecords(book: CorpusIndex): EventRecord[] {
  return [...book.corpus.events]
    .map((event) =>
      eventRecord(
        event,
        book.topic(event.data.topic.id).data.title,
        book.briefingsDiscussing(event.id).map((briefing) => ({ id: briefing.id, title: briefing.data.title, url: routes.briefing(briefing.id) })),
      ),
    )
    .sort((a, b) => a.drawnFrom.localeCompare(b.drawnFrom) || a.drawnUntil.localeCompare(b.drawnUntil) || a.id.localeCompare(b.id));
}

/**
 * Builds the all-in-one download from the indexed corpus: the same records the per-figure and timeline files
 * hold, so the files cannot disagree.
 *
 * @example buildBriefbookExport(book, 'Northport harbour').figures.length // 1
 */
export function buildBriefbookExport(book: CorpusIndex, title: string): BriefbookExport {
  const byId = <T extends { id: string }>(entries: readonly T[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id));
  return {
    title,
    asOf: book.asOf,
    sources: byId(book.corpus.sources).map(({ id, data }) => ({
      id,
      title: data.title,
      shortTitle: data.shortTitle,
      published: data.published,
      paragraphCount: data.paragraphCount,
      url: routes.source(id),
    })),
    topics: book.corpus.topics.map(({ id, data }) => ({ id, title: data.title, description: data.description })),
    briefings: book.briefings.map(({ id, data }) => ({
      id,
      title: data.title,
      date: data.date,
      asOf: data.asOf,
      url: routes.briefing(id),
      topics: data.topics.map((topic) => topic.id),
      entities: data.entities.map((entity) => entity.id),
      events: data.events.map((event) => event.id),
      figures: data.figures.map((figure) => figure.id),
    })),
    figures: [...book.corpus.figures].sort((a, b) => a.data.rank - b.data.rank || a.id.localeCompare(b.id)).map(figureRecord),
    events: listEventRecords(book),
    entities: byId(book.corpus.entities).map(({ id, data }) => ({ id, name: data.name, kind: data.kind, role: data.role, aliases: data.aliases, url: routes.entity(id) })),
    places: byId(book.corpus.entities)
      .map(placeRecord)
      .filter((record): record is PlaceRecord => record !== undefined),
  };
}
