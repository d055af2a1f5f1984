import { buildAliasIndex, type AliasIndex } from './buildAliasIndex';
import type { BriefingEntry, Corpus, CorpusEntry } from './corpus';
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
}

function lookup<T extends { id: string }>(entries: readonly T[], collection: string): (id: string) => T {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`No ${collection} entry "${id}" (validation should have caught this)`);
    return entry;
  };
}

function groupBy(briefings: readonly BriefingEntry[], keys: (briefing: BriefingEntry) => readonly string[]) {
  const groups = new Map<string, BriefingEntry[]>();
  for (const briefing of briefings) {
    for (const key of new Set(keys(briefing))) {
      const group = groups.get(key) ?? [];
      group.push(briefing);
      groups.set(key, group);
    }
  }
  return (key: string) => groups.get(key) ?? [];
}

/**
 * Builds the look-ups over a validated corpus. Each index is built once, so a page asking "which briefings
 * mention Tartus?" costs a map read, and no page needs to scan every briefing.
 */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  const briefings = [...corpus.briefings].sort((a, b) => a.data.order - b.data.order);
  const latestBriefings = [...briefings].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.order - b.data.order);
  const briefingsMentioning = groupBy(briefings, (briefing) => briefing.data.entities.map((entity) => entity.id));
  const briefingsOnTopic = groupBy(briefings, (briefing) => briefing.data.topics.map((topic) => topic.id));
  const briefingsDiscussing = groupBy(briefings, (briefing) => briefing.data.events.map((event) => event.id));
  const briefing = lookup(briefings, 'briefing');

  function relatedBriefings(briefingId: string, limit = 3): BriefingEntry[] {
    const { data } = briefing(briefingId);
    const scores = new Map<string, number>();
    const add = (others: readonly BriefingEntry[], weight: number) => {
      for (const other of others) if (other.id !== briefingId) scores.set(other.id, (scores.get(other.id) ?? 0) + weight);
    };
    // A shared topic says more about relatedness than one shared entity.
    for (const topic of data.topics) add(briefingsOnTopic(topic.id), 2);
    for (const entity of data.entities) add(briefingsMentioning(entity.id), 1);
    return [...scores]
      .map(([id, score]) => ({ entry: briefing(id), score }))
      .sort((a, b) => b.score - a.score || a.entry.data.order - b.entry.data.order)
      .slice(0, limit)
      .map(({ entry }) => entry);
  }

  return {
    corpus,
    briefings,
    latestBriefings,
    aliases: buildAliasIndex(corpus.entities),
    asOf: briefings.reduce((latest, entry) => (entry.data.asOf > latest ? entry.data.asOf : latest), ''),
    briefing,
    figure: lookup(corpus.figures, 'figure'),
    event: lookup(corpus.events, 'event'),
    entity: lookup(corpus.entities, 'entity'),
    source: lookup(corpus.sources, 'source'),
    topic: lookup(corpus.topics, 'topic'),
    briefingsMentioning,
    briefingsOnTopic,
    briefingsDiscussing,
    relatedBriefings,
  };
}
