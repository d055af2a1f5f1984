import { entityEventLimit } from '../config/limits';
import type { CorpusEntry } from './corpus';
import type { CorpusIndex } from './indexCorpus';
import type { EntityData } from '../schemas/entity';
import type { EventData } from '../schemas/event';
import type { SourceData } from '../schemas/source';

/** A source's correction of how it wrote an entity's name, with the source it comes from (for its citation). */
export type EntityCorrection = SourceData['corrections'][number] & { sourceId: string };

export interface EntityPageContents {
  /** The entity's most recent events, oldest first, at most `eventLimit`, so a much-mentioned entity's page does not grow with the book. */
  events: CorpusEntry<EventData>[];
  /** How many events involve the entity in all, to say when `events` is a selection. */
  eventCount: number;
  /** The entries that are part of, or operated by, the entity. */
  parts: CorpusEntry<EntityData>[];
  /** Every source's corrections of the entity's name, in source order. */
  corrections: EntityCorrection[];
  /** The titles of the topics of the briefings that concern the entity, so a topic search facet keeps its people and places. */
  topics: string[];
}

/**
 * What an entity's page shows besides the entity's own fields.
 *
 * @example
 * entityPageContents(book, 'mara-ellison').corrections[0] // { wrote: 'Mara Elison', meant: { id: 'mara-ellison', … }, sourceId: 'harbour-report', … }
 */
export function entityPageContents(book: CorpusIndex, entityId: string, eventLimit = entityEventLimit): EntityPageContents {
  const allEvents = book.eventsInvolving(entityId);
  return {
    events: allEvents.slice(-eventLimit),
    eventCount: allEvents.length,
    parts: book.entitiesUnder(entityId),
    corrections: book.corpus.sources.flatMap((source) =>
      source.data.corrections.filter((correction) => correction.meant.id === entityId).map((correction) => ({ ...correction, sourceId: source.id })),
    ),
    topics: [...new Set(book.briefingsMentioning(entityId).flatMap((briefing) => briefing.data.topics.map((topic) => book.topic(topic.id).data.title)))],
  };
}
