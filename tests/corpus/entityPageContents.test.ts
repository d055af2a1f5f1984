import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpus/indexCorpus';
import { entityPageContents } from '../../src/corpus/entityPageContents';

const events = ['e2019', 'e2021', 'e2024', 'e2026'].map((id) => ({ id, data: { title: id } }));
const topicTitles: Record<string, string> = { ports: 'Ports and shipping', talks: 'The talks' };

/** Just the look-ups an entity page reads, for the harbour entity "northport". */
const book = {
  eventsInvolving: (id: string) => (id === 'northport' ? events : []),
  entitiesUnder: (id: string) => (id === 'northport' ? [{ id: 'east-quay', data: { name: 'East Quay' } }] : []),
  briefingsMentioning: (id: string) =>
    id === 'northport'
      ? [{ data: { topics: [{ id: 'ports' }, { id: 'talks' }] } }, { data: { topics: [{ id: 'ports' }] } }]
      : [],
  topic: (id: string) => ({ id, data: { title: topicTitles[id] } }),
  corpus: {
    sources: [
      { id: 'harbour-report', data: { corrections: [
        { wrote: 'Nortport', meant: { id: 'northport' }, paragraphs: [2], kind: 'spelling' },
        { wrote: 'Elison', meant: { id: 'mara-ellison' }, paragraphs: [3], kind: 'spelling' },
      ] } },
      { id: 'port-notice', data: { corrections: [{ wrote: 'the old port', meant: { id: 'northport' }, paragraphs: [1], kind: 'wrong-name' }] } },
    ],
  },
} as unknown as CorpusIndex;

describe('entityPageContents', () => {
  it('keeps only the most recent events when there are more than the limit, and says how many there are', () => {
    const contents = entityPageContents(book, 'northport', 2);
    expect(contents.events.map((event) => event.id)).toEqual(['e2024', 'e2026']);
    expect(contents.eventCount).toBe(4);
  });

  it('shows every event when they fit under the limit', () => {
    expect(entityPageContents(book, 'northport', 10).events.map((event) => event.id)).toEqual(['e2019', 'e2021', 'e2024', 'e2026']);
  });

  it("collects every source's corrections of this entity's name, each with its source, and no other entity's", () => {
    expect(entityPageContents(book, 'northport').corrections.map(({ wrote, sourceId }) => [wrote, sourceId])).toEqual([
      ['Nortport', 'harbour-report'],
      ['the old port', 'port-notice'],
    ]);
  });

  it('lists the topics of the briefings that concern the entity once each, by title', () => {
    expect(entityPageContents(book, 'northport').topics).toEqual(['Ports and shipping', 'The talks']);
  });

  it('has nothing but its parts for an entity no briefing, event or correction names', () => {
    expect(entityPageContents(book, 'mara-ellison')).toEqual({
      events: [],
      eventCount: 0,
      parts: [],
      corrections: [{ wrote: 'Elison', meant: { id: 'mara-ellison' }, paragraphs: [3], kind: 'spelling', sourceId: 'harbour-report' }],
      topics: [],
    });
  });
});
