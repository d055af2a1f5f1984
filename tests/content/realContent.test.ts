import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../src/validation/validateCorpus';
import { indexCorpus } from '../../src/corpus/indexCorpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

const corpus = await readCorpusFromDisk();
const book = indexCorpus(corpus);

describe('the real content', () => {
  it('passes every cross-reference and citation check', () => {
    expect(validateCorpus(corpus, { contentRoot: 'content' })).toEqual([]);
  });

  it('gives the Syrian interim president one canonical page that every spelling in the source leads to', () => {
    for (const spelling of ['Ahmad Shara', 'Shara', 'Ahmed Sharif', 'Sharif', 'Shaleh', 'Shale', 'Shaley', 'Ahmed al-Sharaa', 'al-Sharaa']) {
      expect(book.aliases.resolve(spelling)?.entityId, spelling).toBe('ahmed-al-sharaa');
    }
  });

  it('records every source correction against an entity that lists the spelling or explains the slip', () => {
    const source = book.source('syria-russia-talks-2026').data;
    for (const correction of source.corrections) {
      const entity = book.entity(correction.meant.id).data;
      if (correction.kind === 'spelling') expect(entity.variantSpellings, correction.wrote).toContain(correction.wrote);
      else expect(correction.reason, correction.wrote).toBeTruthy();
    }
  });

  it('keeps the article’s key figures with their qualifiers', () => {
    const figure = (id: string) => book.figure(id).data;
    expect(figure('russian-combat-sorties')).toMatchObject({ value: 63000, qualifier: 'over' });
    expect(figure('war-infrastructure-losses')).toMatchObject({ value: 400e9, qualifier: 'over', estimated: true, currency: 'USD' });
    expect(figure('isis-detainees')).toMatchObject({ value: 10000, qualifier: 'at least' });
  });

  it('marks every worked-out date as derived', () => {
    const derived = corpus.events.filter((event) => event.data.derivedDate).map((event) => event.id).sort();
    expect(derived).toEqual(expect.arrayContaining(['civil-war-begins', 'qamishli-withdrawal', 'trump-praise', 'ceasefire-extension-ends']));
  });

  it('tells the story from the start of the war through February 2026', () => {
    const dates = corpus.events.map((event) => event.data.date.iso).sort();
    expect(dates[0]! <= '2011').toBe(true);
    expect(dates.at(-1)!.startsWith('2026-02')).toBe(true);
  });

  it('puts every place and facility on the map, except regions too large for a point', () => {
    for (const entity of corpus.entities.filter((entry) => ['place', 'facility'].includes(entry.data.kind) && entry.data.extent === 'point')) {
      expect(entity.data.coordinates, entity.id).toBeDefined();
    }
  });
});
