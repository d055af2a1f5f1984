import { describe, expect, it } from 'vitest';
import { mapParagraphUses } from '../../src/citations/citationsOfParagraph';
import type { BriefingEntry, Corpus } from '../../src/corpus/corpus';
import { relatedBriefingsWindow } from '../../src/config/limits';
import { indexCorpus } from '../../src/corpus/indexCorpus';

const ref = <C extends string>(collection: C) => (id: string) => ({ id, collection });

/** A corpus of `count` briefings whose topics and entities follow the given rules, with one source. */
function makeCorpus(count: number, topicsOf: (index: number) => string[], entitiesOf: (index: number) => string[]): Corpus {
  const topicIds = [...new Set(Array.from({ length: count }, (_, index) => topicsOf(index)).flat())];
  const entityIds = [...new Set(Array.from({ length: count }, (_, index) => entitiesOf(index)).flat())];
  const briefings = Array.from({ length: count }, (_, index) => ({
    id: `note-${index + 1}`,
    filePath: `briefings/note-${index + 1}.mdx`,
    body: `Text <Cite p={${(index % 5) + 1}} /> and <FigureValue id="f${index % 3}" />.`,
    bodyLine: 10,
    data: {
      title: `Note ${index + 1}`,
      date: '2026-01-01',
      asOf: '2026-01-01',
      order: index + 1,
      summary: 'Summary.',
      keyJudgments: [{ statement: 'S.', likelihood: 'likely', confidence: 'low', citations: [{ source: { id: 'src', collection: 'sources' }, paragraphs: [7] }] }],
      topics: topicsOf(index).map(ref('topics')),
      entities: entitiesOf(index).map(ref('entities')),
      events: [],
      figures: [],
      sources: [{ id: 'src', collection: 'sources' }],
    },
  })) as unknown as BriefingEntry[];
  const citations = (paragraph: number) => [{ source: { id: 'src', collection: 'sources' }, paragraphs: [paragraph] }];
  return {
    briefings,
    figures: [0, 1, 2].map((index) => ({ id: `f${index}`, filePath: `figures/f${index}.yaml`, data: { label: `Figure ${index}`, citations: citations(index + 2) } })),
    events: [
      { id: 'late', filePath: 'events/late.yaml', data: { title: 'Late', date: { iso: '2026-02' }, entities: [{ id: entityIds[0] }], citations: citations(3) } },
      { id: 'early', filePath: 'events/early.yaml', data: { title: 'Early', date: { iso: '2019' }, entities: [{ id: entityIds[0] }, { id: entityIds[1] }], citations: citations(3) } },
    ],
    entities: entityIds.map((id, index) => ({
      id,
      filePath: `entities/${id}.yaml`,
      data: { name: id, aliases: [], variantSpellings: [], otherNames: [], partOf: index > 0 && index % 2 === 0 ? { id: entityIds[0] } : undefined, citations: citations(1) },
    })),
    sources: [{ id: 'src', filePath: 'sources/src.yaml', data: { shortTitle: 'Source', paragraphCount: 10, sections: [], corrections: [] } }],
    topics: topicIds.map((id) => ({ id, filePath: 'topics.yaml', data: { title: id, description: id } })),
  } as unknown as Corpus;
}

/** The definition of relatedness, scanning every briefing: 2 per shared topic, 1 per shared entity, ties in reading order. */
function relatedByBruteForce(corpus: Corpus, id: string, limit = 3) {
  const self = corpus.briefings.find((briefing) => briefing.id === id)!;
  const shared = (a: readonly { id: string }[], b: readonly { id: string }[]) => a.filter((x) => b.some((y) => y.id === x.id)).length;
  return corpus.briefings
    .filter((other) => other.id !== id)
    .map((other) => ({ other, score: 2 * shared(self.data.topics, other.data.topics) + shared(self.data.entities, other.data.entities) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.data.order - b.other.data.order)
    .slice(0, limit)
    .map(({ other }) => other.id);
}

describe('indexCorpus', () => {
  it('relatedBriefings agrees with a scan of every briefing when no topic or entity is shared by very many', () => {
    const corpus = makeCorpus(120, (index) => [`t${index % 7}`, `t${(index * 3) % 11}`], (index) => [`e${index % 13}`, `e${(index * 5) % 17}`, `e${index % 4}`]);
    const book = indexCorpus(corpus);
    for (const briefing of corpus.briefings) {
      expect(book.relatedBriefings(briefing.id).map((entry) => entry.id), briefing.id).toEqual(relatedByBruteForce(corpus, briefing.id));
    }
  });

  it('relatedBriefings looks only near a briefing within a topic that very many share, so each call is bounded', () => {
    const count = relatedBriefingsWindow * 6;
    const corpus = makeCorpus(count, () => ['everything'], () => []);
    const book = indexCorpus(corpus);
    const middle = `note-${count / 2}`;
    const related = book.relatedBriefings(middle, 3).map((entry) => entry.data.order);
    // All share the one topic, so scores tie; the nearest window, in reading order, supplies the candidates.
    expect(related).toEqual([count / 2 - relatedBriefingsWindow, count / 2 - relatedBriefingsWindow + 1, count / 2 - relatedBriefingsWindow + 2]);
    expect(book.relatedBriefings('note-1', 3).map((entry) => entry.data.order)).toEqual([2, 3, 4]);
  });

  it('paragraphUses gives every source page the same uses as scanning the corpus for that source', () => {
    const corpus = makeCorpus(30, (index) => [`t${index % 3}`], (index) => [`e${index % 4}`]);
    const book = indexCorpus(corpus);
    const uses = book.paragraphUses('src');
    expect(uses).toEqual(mapParagraphUses(corpus, 'src'));
    // ¶7 is cited by every key judgment; ¶2 by figure f0, by <Cite p={2}>, and through <FigureValue id="f0">.
    expect(uses.get(7)?.filter((use) => use.collection === 'briefings')).toHaveLength(30);
    const citingTwo = corpus.briefings.filter((_, index) => index % 3 === 0 || index % 5 === 1).map((briefing) => briefing.id);
    expect(uses.get(2)?.map((use) => use.id)).toEqual([...citingTwo, 'f0']);
    expect(book.paragraphUses('no-such-source').size).toBe(0);
  });

  it('looks up an entity’s events (oldest first), the entities under it, and a briefing’s reading position', () => {
    const corpus = makeCorpus(6, () => ['t'], (index) => [`e${index % 5}`]);
    const book = indexCorpus(corpus);
    expect(book.eventsInvolving('e0').map((event) => event.id)).toEqual(['early', 'late']);
    expect(book.eventsInvolving('e1').map((event) => event.id)).toEqual(['early']);
    expect(book.eventsInvolving('e3')).toEqual([]);
    expect(book.entitiesUnder('e0').map((entity) => entity.id)).toEqual(['e2', 'e4']);
    expect(corpus.briefings.map((entry) => book.briefingPosition(entry.id))).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('briefingCitations lists a briefing’s cited paragraphs once, from judgments, <Cite> and figures', () => {
    const book = indexCorpus(makeCorpus(3, () => ['t'], () => ['e']));
    const stated = [{ attribution: 'stated' }];
    expect(book.briefingCitations('note-2')).toEqual([{ sourceId: 'src', paragraphs: [2, 3, 7], uses: { 2: stated, 3: stated, 7: stated } }]);
  });
});
