import { describe, expect, it } from 'vitest';
import { describeDispute, hasSeries, headlineOf, headlineText, readingsOf } from '../../src/figures/observations';
import { figureSchema } from '../../src/schemas/figure';

const unit = { singular: 'ship', plural: 'ships' };
const titles: Record<string, string> = { office: 'Harbour office', agents: 'Agents’ circular' };
const title = (id: string) => titles[id]!;
const cite = (source: string) => [{ source, paragraphs: [1] }];

const single = figureSchema.parse({ label: 'Ships', value: 120, unit, qualifier: 'over', asOf: '2025-03-02', definition: 'Ships.', citations: cite('office') });
const revised = figureSchema.parse({
  label: 'Ships',
  unit,
  definition: 'Ships.',
  observations: [
    { value: 120, qualifier: 'about', asOf: '2025-03-02', citations: cite('office') },
    { value: 85, qualifier: 'exact', asOf: '2025-06-03', citations: cite('office') },
  ],
});
const disputed = figureSchema.parse({
  ...revised,
  value: undefined,
  qualifier: undefined,
  asOf: undefined,
  citations: undefined,
  estimated: undefined,
  observations: [
    { value: 120, qualifier: 'about', asOf: '2025-03-02', citations: cite('office') },
    { value: 110, qualifier: 'at least', asOf: '2025-06-03', citations: cite('agents') },
    { value: 85, qualifier: 'exact', asOf: '2025-06-03', citations: cite('office') },
  ],
});

describe('readingsOf', () => {
  it('gives a single-value figure as its one reading, and observations in order with their dates and sources', () => {
    expect(readingsOf(single).map((reading) => [reading.value, reading.date, reading.sourceIds])).toEqual([[120, '2025-03-02', ['office']]]);
    expect(readingsOf(disputed).map((reading) => [reading.value, reading.date, reading.sourceIds])).toEqual([
      [120, '2025-03-02', ['office']],
      [110, '2025-06-03', ['agents']],
      [85, '2025-06-03', ['office']],
    ]);
    expect([hasSeries(single), hasSeries(revised)]).toEqual([false, true]);
  });
});

describe('headlineOf', () => {
  it('is the latest reading of a revised figure, not disputed', () => {
    const headline = headlineOf(revised);
    expect(headline.disputed).toBe(false);
    expect(headline.readings.map((reading) => reading.value)).toEqual([85]);
  });

  it('holds every reading of a disputed latest day, lowest first', () => {
    const headline = headlineOf(disputed);
    expect(headline.disputed).toBe(true);
    expect(headline.readings.map((reading) => reading.value)).toEqual([85, 110]);
  });
});

describe('headlineText', () => {
  it('prints a single-value or revised figure as one value', () => {
    expect(headlineText(single, title)).toBe('over 120 ships');
    expect(headlineText(revised, title)).toBe('85 ships');
  });

  it('prints a disputed day with each source’s short title and the day, never one number alone', () => {
    expect(headlineText(disputed, title)).toBe('85 ships (Harbour office) to at least 110 ships (Agents’ circular), as of 3 June 2025');
    expect(describeDispute(disputed, headlineOf(disputed), title, { withUnit: false })).toBe('85 (Harbour office) to at least 110 (Agents’ circular), as of 3 June 2025');
  });
});
