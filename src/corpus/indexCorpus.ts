import { buildAliasIndex, type AliasIndex } from '../entities/buildAliasIndex';
import { mapParagraphUsesBySource, type ParagraphUse } from '../citations/citationsOfParagraph';
import type { BriefingEntry, Corpus, CorpusEntry } from './corpus';
import { listBriefingCitations, type CitedSource } from '../citations/listBriefingCitations';
import { relatedBriefingsWindow } from '../config/limits';
import type { EntityData } from '../schemas/entity';
import type { EventData } from '../schemas/event';
import type { FigureData } from '../schemas/figure';
import type { SourceData } from '../schemas/source';
import type { TopicData } from '../schemas/topic';

/** The corpus with the look-ups every page needs, built once per build. */
export interface CorpusIndex {
  corpus: Corpus;
  /** Briefings in reading order. */
  briefings: BriefingEntry[];
  /** Briefings newest first (by issue date, then reading order). */
  latestBriefings: BriefingEntry[];
  aliases: AliasIndex;
  /** The latest as-of day of any briefing: the information cut-off of the whole book. */
  asOf: string;
  briefing(id: string): BriefingEntry;
  figure(id: string): CorpusEntry<FigureData>;
  event(id: string): CorpusEntry<EventData>;
  entity(id: string): CorpusEntry<EntityData>;
  source(id: string): CorpusEntry<SourceData>;
  topic(id: string): CorpusEntry<TopicData>;
  briefingsMentioning(entityId: string): BriefingEntry[];
  briefingsOnTopic(topicId: string): BriefingEntry[];
  briefingsDiscussing(eventId: string): BriefingEntry[];
  /** Up to `limit` other briefings sharing the most topics and entities, ties in reading order. */
  relatedBriefings(briefingId: string, limit?: number): BriefingEntry[];
  /** A briefing's place in `briefings` (reading order), counted from 0, for previous/next links. */
  briefingPosition(briefingId: string): number;
  /** The events that involve an entity, oldest first. */
  eventsInvolving(entityId: string): CorpusEntry<EventData>[];
  /** The entities that are part of, or operated by, an entity. */
  entitiesUnder(entityId: string): CorpusEntry<EntityData>[];
  /** Every source paragraph a briefing cites, grouped by source (computed once per briefing). */
  briefingCitations(briefingId: string): CitedSource[];
  /** For each paragraph of a source, what in the corpus cites it (computed once for all sources). */
  paragraphUses(sourceId: string): Map<number, ParagraphUse[]>;
}

/** The positions in `positions` (ascending) within `radius` places of `position`, found by bisection. */
function nearInReadingOrder(positions: readonly number[], position: number, radius: number): readonly number[] {
  if (positions.length <= 2 * radius + 1) return positions;
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle]! < position) low = middle + 1;
    else high = middle;
  }
  const start = Math.max(0, Math.min(low - radius, positions.length - 2 * radius - 1));
  return positions.slice(start, start + 2 * radius + 1);
}

function lookup<T extends { id: string }>(entries: readonly T[], collection: string): (id: string) => T {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`No ${collection} entry "${id}" (validation should have caught this)`);
    return entry;
  };
}

function groupBy<T, V = T>(entries: readonly T[], keys: (entry: T) => ReadonlyArray<string | undefined>, value: (entry: T, index: number) => V = (entry) => entry as unknown as V) {
  const groups = new Map<string, V[]>();
  entries.forEach((entry, index) => {
    for (const key of new Set(keys(entry))) {
      if (key === undefined) continue;
      const group = groups.get(key) ?? [];
      group.push(value(entry, index));
      groups.set(key, group);
    }
  });
  return (key: string): V[] => groups.get(key) ?? [];
}

/**
 * Builds the look-ups over a validated corpus. Each index is built once, so a page asking "which briefings
 * mention Northport?" costs a map read, and no page needs to scan every briefing.
 */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  const briefings = [...corpus.briefings].sort((a, b) => a.data.order - b.data.order);
  const latestBriefings = [...briefings].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.order - b.data.order);
  const briefingsMentioning = groupBy(briefings, (briefing) => briefing.data.entities.map((entity) => entity.id));
  const briefingsOnTopic = groupBy(briefings, (briefing) => briefing.data.topics.map((topic) => topic.id));
  const briefingsDiscussing = groupBy(briefings, (briefing) => briefing.data.events.map((event) => event.id));
  const briefing = lookup(briefings, 'briefing');
  const positionOf = new Map(briefings.map((entry, position) => [entry.id, position]));
  function briefingPosition(briefingId: string): number {
    const position = positionOf.get(briefingId);
    if (position === undefined) throw new Error(`No briefing entry "${briefingId}" (validation should have caught this)`);
    return position;
  }

  // For relatedBriefings: the same groups as reading positions. Scores live in one array indexed by position and
  // are reset after each call, so a call costs only the candidates it touches.
  const positionsOnTopic = groupBy(briefings, (entry) => entry.data.topics.map((topic) => topic.id), (_, position) => position);
  const positionsMentioning = groupBy(briefings, (entry) => entry.data.entities.map((entity) => entity.id), (_, position) => position);
  const scores = new Float64Array(briefings.length);
  function relatedBriefings(briefingId: string, limit = 3): BriefingEntry[] {
    const { data } = briefing(briefingId);
    const self = briefingPosition(briefingId);
    const touched: number[] = [];
    const add = (positions: readonly number[], weight: number) => {
      for (const position of positions) {
        if (position === self) continue;
        if (scores[position] === 0) touched.push(position);
        scores[position]! += weight;
      }
    };
    // A shared topic says more about relatedness than one shared entity.
    for (const topic of data.topics) add(nearInReadingOrder(positionsOnTopic(topic.id), self, relatedBriefingsWindow), 2);
    for (const entity of data.entities) add(nearInReadingOrder(positionsMentioning(entity.id), self, relatedBriefingsWindow), 1);
    // Positions follow reading order, so the tie-break on position is the tie-break on order.
    touched.sort((a, b) => scores[b]! - scores[a]! || a - b);
    const related = touched.slice(0, limit).map((position) => briefings[position]!);
    for (const position of touched) scores[position] = 0;
    return related;
  }

  const eventsByDate = [...corpus.events].sort((a, b) => a.data.date.iso.localeCompare(b.data.date.iso));
  const eventsInvolving = groupBy(eventsByDate, (event) => event.data.entities.map((entity) => entity.id));
  const entitiesUnder = groupBy(corpus.entities, (entity) => [entity.data.partOf?.id, entity.data.operator?.id]);

  const figure = lookup(corpus.figures, 'figure');
  const citationsByBriefing = new Map<string, CitedSource[]>();
  function briefingCitations(briefingId: string): CitedSource[] {
    let cited = citationsByBriefing.get(briefingId);
    if (!cited) {
      cited = listBriefingCitations(briefing(briefingId), (id) => figure(id).data.citations);
      citationsByBriefing.set(briefingId, cited);
    }
    return cited;
  }
  let usesBySource: Map<string, Map<number, ParagraphUse[]>> | undefined;
  function paragraphUses(sourceId: string): Map<number, ParagraphUse[]> {
    usesBySource ??= mapParagraphUsesBySource(corpus, (entry) => briefingCitations(entry.id));
    return usesBySource.get(sourceId) ?? new Map();
  }

  return {
    corpus,
    briefings,
    latestBriefings,
    aliases: buildAliasIndex(corpus.entities),
    asOf: briefings.reduce((latest, entry) => (entry.data.asOf > latest ? entry.data.asOf : latest), ''),
    briefing,
    figure,
    event: lookup(corpus.events, 'event'),
    entity: lookup(corpus.entities, 'entity'),
    source: lookup(corpus.sources, 'source'),
    topic: lookup(corpus.topics, 'topic'),
    briefingsMentioning,
    briefingsOnTopic,
    briefingsDiscussing,
    relatedBriefings,
    briefingPosition,
    eventsInvolving,
    entitiesUnder,
    briefingCitations,
    paragraphUses,
  };
}
