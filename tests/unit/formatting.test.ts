import { describe, expect, it } from 'vitest';
import { describeFigurePeriod } from '../../src/figures/describeFigurePeriod';
import { formatDateSpan, formatDay, formatPartialDate } from '../../src/dates/formatPartialDate';
import { formatParagraphs } from '../../src/citations/formatParagraphs';
import { closestMatch } from '../../src/contentFiles/closestMatch';
import { normalizeName } from '../../src/entities/normalizeName';
import { parsePartialDate } from '../../src/schemas/partialDate';

const date = (text: string) => parsePartialDate(text)!;

describe('parsePartialDate', () => {
  it('parses the three precisions and refuses days that do not exist', () => {
    expect(date('2015')).toEqual({ iso: '2015', precision: 'year', year: 2015 });
    expect(date('2024-12').precision).toBe('month');
    expect(date('2024-02-29').precision).toBe('day');
    expect(parsePartialDate('2026-02-29')).toBeUndefined();
    expect(parsePartialDate('2026-13')).toBeUndefined();
    expect(parsePartialDate('28/01/2026')).toBeUndefined();
  });
});

describe('formatPartialDate', () => {
  it('writes a date at its precision with the source’s qualifier', () => {
    expect(formatPartialDate(date('2024-12'))).toBe('December 2024');
    expect(formatPartialDate(date('2019'), 'late')).toBe('late 2019');
    expect(formatPartialDate(date('2026-01-21'), 'about')).toBe('about 21 January 2026');
    expect(formatDay('2026-01-29')).toBe('29 January 2026');
  });
  it('writes spans', () => {
    expect(formatDateSpan(date('2015'), date('2020'))).toBe('2015–2020');
    expect(formatDateSpan(date('2025-10'), date('2025-10'))).toBe('October 2025');
  });
});

describe('describeFigurePeriod', () => {
  it('says when a figure applies', () => {
    expect(describeFigurePeriod({ period: { from: date('2015'), to: date('2020') } })).toBe('2015–2020');
    expect(describeFigurePeriod({ asOf: '2026-01-29' })).toBe('As of 29 January 2026');
    expect(describeFigurePeriod({ period: { label: 'the 14 years of civil war' } })).toBe('The 14 years of civil war');
    expect(describeFigurePeriod({ period: { label: 'the civil war' }, asOf: '2026-01-29' })).toBe('The civil war, as of 29 January 2026');
  });

  it('inside a sentence lowers only its own opening words, never a month', () => {
    const months = { period: { from: date('2025-10'), to: date('2026-01') } };
    expect(describeFigurePeriod(months, { midSentence: true })).toBe('October 2025–January 2026');
    expect(describeFigurePeriod({ asOf: '2026-01-29' }, { midSentence: true })).toBe('as of 29 January 2026');
    expect(describeFigurePeriod({ period: { from: date('2025-10') } }, { midSentence: true })).toBe('from October 2025');
    expect(describeFigurePeriod({ period: { label: 'the civil war' } }, { midSentence: true })).toBe('the civil war');
  });
});

describe('formatParagraphs', () => {
  it('sorts, removes repeats and joins runs of three or more', () => {
    expect(formatParagraphs([14, 3])).toBe('¶3, 14');
    expect(formatParagraphs([11, 9, 10, 10])).toBe('¶9–11');
    expect(formatParagraphs([1, 2, 5])).toBe('¶1, 2, 5');
  });
});

describe('closestMatch', () => {
  it('suggests a near id and nothing for a far one', () => {
    expect(closestMatch('vladmir-putin', ['vladimir-putin', 'russia'])).toBe('vladimir-putin');
    expect(closestMatch('turkey', ['vladimir-putin', 'russia'])).toBeUndefined();
  });
});

describe('normalizeName', () => {
  it('folds case, accents, apostrophes, dashes and spacing', () => {
    expect(normalizeName('  St. George’s  Hall ')).toBe("st. george's hall");
    expect(normalizeName('Türkiye')).toBe('turkiye');
    expect(normalizeName('al‐Sharaa')).toBe('al-sharaa');
  });
});
