import { describe, expect, it } from 'vitest';
import { describeAttribution } from '../../src/citations/describeAttribution';
import { deriveYearlyAverage } from '../../src/figures/deriveYearlyAverage';
import { formatFigureValue } from '../../src/figures/formatFigureValue';
import { indexCorpus } from '../../src/corpus/indexCorpus';
import { isMappable } from '../../src/entities/isMappable';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

/**
 * The sample book's own facts as its pages state them: how its figures read, whom its names lead to, what its
 * timeline and maps show. The generator's behaviour behind each line is tested on the fixture book
 * (tests/components/, tests/unit/downloads.test.ts); these checks guard the sample book's content in content/.
 */
const book = indexCorpus(await readCorpusFromDisk());

describe('the sample book’s figures, as its pages word them', () => {
  it('states the Russian combat sorties as a lower bound over six years, with a yearly average that stays one', () => {
    const { data } = book.figure('russian-combat-sorties');
    expect(formatFigureValue(data).text).toBe('over 63,000 combat sorties');
    expect(deriveYearlyAverage(data)?.text).toBe('over 10,500 combat sorties a year');
    expect(data.citations.map((citation) => [citation.source.id, citation.paragraphs])).toEqual([['syria-russia-talks-2026', [12]]]);
  });

  it('states the infrastructure losses as money, a lower bound and an estimate', () => {
    const { data } = book.figure('war-infrastructure-losses');
    expect(formatFigureValue(data).text).toBe('over $400 billion (estimated)');
    expect(deriveYearlyAverage(data)).toBeUndefined();
  });
});

describe('the sample book’s names', () => {
  it('leads Shaleh and Putin to the canonical pages and names', () => {
    expect(book.aliases.resolve('Shaleh')?.entityId).toBe('ahmed-al-sharaa');
    expect(book.entity('ahmed-al-sharaa').data.name).toBe('Ahmed al-Sharaa');
    expect(book.aliases.resolve('Putin')?.entityId).toBe('vladimir-putin');
    expect(book.entity('vladimir-putin').data.name).toBe('Vladimir Putin');
  });

  it('calls the article’s own reading by the word for its kind', () => {
    const source = book.source('syria-russia-talks-2026').data;
    expect(source.reliability).toBe('F');
    expect(describeAttribution({ attribution: 'analysis' }, source.kind)).toBe('the article’s reading');
  });
});

describe('the sample book’s timeline and maps', () => {
  it('dates the war’s start and the Moscow talks, and links the talks to the Moscow note', () => {
    // Issue 11: the start is derived (14 years counted back from December 2024 or from January 2026), so it is
    // an "about" year, labelled derived, with the working and the honest range.
    const civilWar = book.event('civil-war-begins').data;
    expect(civilWar.date.iso).toBe('2011');
    expect(civilWar.dateQualifier).toBe('about');
    expect(civilWar.derivedDate).toMatch(/December 2010/);
    expect(civilWar.derivedDate).toMatch(/January 2012/);
    expect(civilWar.title).toMatch(/derived/);
    expect(book.briefingsDiscussing('moscow-talks').map((briefing) => briefing.id)).toContain('the-moscow-visit');
  });

  it('puts the prison breaks, not the Moscow talks, in the north-east lane', () => {
    expect(book.event('prison-breaks').data.topic.id).toBe('north-east');
    expect(book.event('moscow-talks').data.topic.id).not.toBe('north-east');
  });

  it('maps Qamishli airport as vacated by Russian forces, and Putin on no map', () => {
    const airport = book.entity('qamishli-airport').data;
    expect(isMappable(airport)).toBe(true);
    expect(airport.status?.label).toBe('Vacated by Russian forces');
    expect(isMappable(book.entity('tartus-naval-base').data)).toBe(true);
    expect(isMappable(book.entity('vladimir-putin').data)).toBe(false);
  });

  it('gives the north-east note its timeline, its map and a figure chart in its prose', () => {
    const briefing = book.briefing('north-east-and-isis');
    expect(briefing.data.timeline).toBe(true);
    expect(briefing.data.map).toBe(true);
    expect(briefing.body).toContain('<FigureChart id="isis-detainees" />');
  });
});
