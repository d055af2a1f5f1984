import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { briefingSchema } from '../../src/schemas/briefing';
import { entitySchema } from '../../src/schemas/entity';
import { eventSchema } from '../../src/schemas/event';
import { figureSchema } from '../../src/schemas/figure';
import { sourceSchema } from '../../src/schemas/source';

const citation = { source: 'syria-russia-talks-2026', paragraphs: [12] };

/** The problems a schema reports, as `path: message` lines, which is what an author reads. */
function problemsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const validFigure = {
  label: 'Russian combat sorties',
  value: 63000,
  unit: { singular: 'combat sortie', plural: 'combat sorties' },
  qualifier: 'over',
  period: { from: 2015, to: 2020 },
  definition: 'Combat missions flown.',
  citations: [citation],
};

describe('figureSchema', () => {
  it('accepts a complete figure and reads YAML years as partial dates', () => {
    const figure = figureSchema.parse(validFigure);
    expect(figure.period?.from).toEqual({ iso: '2015', precision: 'year', year: 2015 });
    expect(figure.estimated).toBe(false);
  });
  it('names the field and what was expected for a value that is not a number', () => {
    expect(problemsOf(figureSchema, { ...validFigure, value: '63,000' })).toEqual([
      'value: Expected a number without quotes, units or thousands separators, e.g. 12000',
    ]);
  });
  it('rejects an unknown qualifier, listing the allowed ones', () => {
    const [problem] = problemsOf(figureSchema, { ...validFigure, qualifier: 'roughly' });
    expect(problem).toMatch(/^qualifier: .*"exact".*"over".*"at least".*"about".*"estimated"/);
  });
  it('requires at least one citation', () => {
    expect(problemsOf(figureSchema, { ...validFigure, citations: [] })).toEqual([
      'citations: Expected at least one citation: every fact says which source paragraph it comes from',
    ]);
  });
  it('requires a period or an as-of day', () => {
    const { period: _period, ...withoutPeriod } = validFigure;
    expect(problemsOf(figureSchema, withoutPeriod)).toEqual([
      'period: Expected either a period (from/to or label) or an asOf day, so the figure says when it was true',
    ]);
  });
  it('rejects a period that ends before it starts', () => {
    expect(problemsOf(figureSchema, { ...validFigure, period: { from: 2020, to: 2015 } })).toEqual([
      'period.to: Expected the period to end (2015) on or after it starts (2020)',
    ]);
  });
  it('rejects paragraph numbers that are not counted from 1', () => {
    expect(problemsOf(figureSchema, { ...validFigure, citations: [{ source: 'x', paragraphs: [0] }] })).toEqual([
      'citations.0.paragraphs.0: Expected paragraph numbers counted from 1',
    ]);
  });
});

describe('figureSchema with observations', () => {
  const { value: _value, qualifier: _qualifier, period: _period, citations: _citations, ...top } = validFigure;
  const office = { source: 'harbour-office', paragraphs: [2] };
  const agents = { source: 'agents-circular', paragraphs: [1] };
  const observed = {
    ...top,
    observations: [
      { value: 120, qualifier: 'about', asOf: '2025-03-02', citations: [office] },
      { value: 85, qualifier: 'exact', asOf: '2025-06-03', citations: [office] },
      { value: 110, qualifier: 'at least', asOf: '2025-06-03', citations: [agents], note: 'Counts ships outside the port.' },
    ],
  };

  it('keeps every observation and gives the figure its latest reading and every citation at the top', () => {
    const figure = figureSchema.parse(observed);
    expect(figure.observations).toHaveLength(3);
    expect(figure.observations![0]!.estimated).toBe(false);
    expect([figure.value, figure.qualifier, figure.asOf]).toEqual([110, 'at least', '2025-06-03']);
    expect(figure.citations.map((citation) => citation.source.id)).toEqual(['harbour-office', 'harbour-office', 'agents-circular']);
  });

  it('leaves a single-value figure as it was, with no observations', () => {
    const figure = figureSchema.parse(validFigure);
    expect(figure.observations).toBeUndefined();
    expect(Object.keys(figure)).toEqual(['label', 'value', 'unit', 'qualifier', 'estimated', 'period', 'rank', 'definition', 'citations']);
  });

  it('refuses a single value mixed with observations, once, on the first single-value field', () => {
    expect(problemsOf(figureSchema, { ...observed, value: 110, citations: [agents] })).toEqual([
      'value: A figure keeps either one value or a list of observations, not both: it has `value`, `citations` and `observations`. Expected those fields inside each observation (- { value, qualifier, asOf, citations }), or no `observations`',
    ]);
  });

  it('refuses observations out of date order, naming the later one', () => {
    const reversed = { ...observed, observations: [observed.observations[1], observed.observations[0]] };
    expect(problemsOf(figureSchema, reversed)).toEqual([
      'observations.1.asOf: Expected observations oldest first: this one (2025-03-02) comes after observations[0] (2025-06-03). Move it above that one',
    ]);
  });

  it('refuses two readings of one day from the same source, but not from two sources', () => {
    const twice = { ...observed, observations: [observed.observations[0], observed.observations[1], { ...observed.observations[2], citations: [office] }] };
    expect(problemsOf(figureSchema, twice)).toEqual([
      'observations.2.citations: observations[1] already gives source "harbour-office" on 2025-06-03: one source has one reading a day. Expected a single observation for it (its latest number, with the earlier one in `note`), or a different day',
    ]);
    expect(problemsOf(figureSchema, observed)).toEqual([]);
  });

  it('requires a date on every observation and the usual checks on its value', () => {
    const undated = { ...observed, observations: [{ value: 5, qualifier: 'exact', period: { label: 'the season' }, citations: [office] }] };
    expect(problemsOf(figureSchema, undated)[0]).toMatch(/^observations\.0\.period: Missing\. Expected the day of this reading/);
    const negative = { ...observed, observations: [{ ...observed.observations[0], value: -3 }] };
    expect(problemsOf(figureSchema, negative)[0]).toMatch(/^observations\.0\.value: Expected 0 or more, got -3/);
  });

  it('still requires a value, a qualifier and citations of a figure without observations', () => {
    expect(problemsOf(figureSchema, top)).toEqual([
      'value: Missing. Expected a number, e.g. value: 12000 (or a list of `observations` when sources give several readings)',
      'qualifier: Missing. Expected one of exact, over, at least, about, estimated',
      'citations: Missing. Expected a list of citations, e.g. citations: [{ source: source-id, paragraphs: [3] }]',
    ]);
  });
});

describe('eventSchema', () => {
  const validEvent = { title: 'Talks', date: '2026-01-28', topic: 'diplomacy', summary: 'They met.', citations: [citation] };
  it('keeps the precision the author gave', () => {
    expect(eventSchema.parse({ ...validEvent, date: '2024-12' }).date).toEqual({ iso: '2024-12', precision: 'month', year: 2024, month: 12 });
    expect(eventSchema.parse({ ...validEvent, date: new Date('2026-01-28T00:00:00Z') }).date.iso).toBe('2026-01-28');
  });
  it('rejects a day that does not exist, naming the field', () => {
    expect(problemsOf(eventSchema, { ...validEvent, date: '2026-02-30' })).toEqual([
      'date: Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar, got "2026-02-30"',
    ]);
  });
  it('rejects an end before the start', () => {
    expect(problemsOf(eventSchema, { ...validEvent, end: '2025' })).toEqual(['end: Expected the end (2025) to be on or after the date (2026-01-28)']);
  });
  it('requires a topic for the timeline lane', () => {
    const { topic: _topic, ...withoutTopic } = validEvent;
    expect(problemsOf(eventSchema, withoutTopic)[0]).toMatch(/^topic: /);
  });
});

describe('entitySchema', () => {
  const validEntity = { name: 'Tartus Naval Base', kind: 'facility', role: 'A base.', coordinates: { lat: 34.9, lon: 35.87 }, citations: [citation] };
  it('requires coordinates for places and facilities', () => {
    const { coordinates: _coordinates, ...withoutCoordinates } = validEntity;
    expect(problemsOf(entitySchema, withoutCoordinates)).toEqual(['coordinates: Expected coordinates { lat, lon } for a facility, so it can be placed on the map (or extent: region for a place too large for a point)']);
    expect(problemsOf(entitySchema, { ...withoutCoordinates, kind: 'person' })).toEqual([]);
    expect(problemsOf(entitySchema, { ...withoutCoordinates, kind: 'place', extent: 'region' })).toEqual([]);
    expect(problemsOf(entitySchema, { ...withoutCoordinates, extent: 'region' })[0]).toBe('extent: Only a place can be a region, not a facility');
  });
  it('rejects coordinates off the globe', () => {
    expect(problemsOf(entitySchema, { ...validEntity, coordinates: { lat: 135, lon: 35 } })[0]).toMatch(/^coordinates\.lat: /);
  });
  it('rejects a name listed twice across alias fields', () => {
    expect(problemsOf(entitySchema, { ...validEntity, aliases: ['Tartus'], variantSpellings: ['tartus'] })).toEqual([
      'variantSpellings.0: "tartus" is listed twice or repeats the name',
    ]);
  });
  it('rejects an unknown kind', () => {
    expect(problemsOf(entitySchema, { ...validEntity, kind: 'city' })[0]).toMatch(/^kind: /);
  });
});

describe('sourceSchema', () => {
  const validSource = {
    title: 'An article',
    shortTitle: 'Article',
    kind: 'news-analysis',
    published: '2026-01-29',
    paragraphCount: 4,
    sections: [
      { title: 'Opening', paragraphs: [1, 1] },
      { title: 'Body', paragraphs: [2, 4] },
    ],
  };
  it('accepts sections that cover every paragraph in order', () => {
    expect(problemsOf(sourceSchema, validSource)).toEqual([]);
  });
  it('rejects a gap between sections', () => {
    expect(problemsOf(sourceSchema, { ...validSource, sections: [{ title: 'Opening', paragraphs: [1, 1] }, { title: 'Body', paragraphs: [3, 4] }] })).toEqual([
      'sections.1.paragraphs: Expected section "Body" to start at ¶2 and end at or after it, got [3, 4]',
    ]);
  });
  it('rejects sections that stop short of the last paragraph', () => {
    expect(problemsOf(sourceSchema, { ...validSource, paragraphCount: 5 })).toEqual([
      'sections: Expected the sections to end at ¶5 (paragraphCount), they end at ¶4',
    ]);
  });
  it('requires one digest line per paragraph when a digest is given', () => {
    expect(problemsOf(sourceSchema, { ...validSource, digest: ['one'] })).toEqual(['digest: Expected one digest line per paragraph (4), got 1']);
  });
});

describe('briefingSchema', () => {
  const validBriefing = {
    title: 'A note',
    date: '2026-01-30',
    asOf: '2026-01-29',
    order: 1,
    summary: 'Bottom line.',
    keyJudgments: [{ statement: 'Something will happen.', likelihood: 'likely', confidence: 'moderate', citations: [citation] }],
    topics: ['diplomacy'],
    sources: ['syria-russia-talks-2026'],
  };
  it('accepts a minimal briefing and defaults the optional lists', () => {
    const briefing = briefingSchema.parse(validBriefing);
    expect(briefing.entities).toEqual([]);
    expect(briefing.topics).toEqual([{ id: 'diplomacy', collection: 'topics' }]);
  });
  it('names a missing required field', () => {
    const { summary: _summary, ...withoutSummary } = validBriefing;
    expect(problemsOf(briefingSchema, withoutSummary)[0]).toMatch(/^summary: /);
  });
  it('rejects a likelihood outside the estimative scale, listing the scale', () => {
    const judgments = [{ ...validBriefing.keyJudgments[0], likelihood: 'probable' }];
    expect(problemsOf(briefingSchema, { ...validBriefing, keyJudgments: judgments })).toEqual([
      'keyJudgments.0.likelihood: Expected one of: almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain',
    ]);
  });
  it('rejects an as-of day after the issue date', () => {
    expect(problemsOf(briefingSchema, { ...validBriefing, asOf: '2026-02-01' })).toEqual([
      'asOf: Expected the as-of day (2026-02-01) to be on or before the issue date (2026-01-30)',
    ]);
  });
  it('rejects a briefing without key judgments', () => {
    expect(problemsOf(briefingSchema, { ...validBriefing, keyJudgments: [] })).toEqual(['keyJudgments: Expected at least one key judgment']);
  });
  it('rejects a date that is not a day', () => {
    expect(problemsOf(briefingSchema, { ...validBriefing, date: '2026-01' })).toEqual([
      'date: Expected a day written as YYYY-MM-DD that exists on the calendar, got "2026-01"',
    ]);
  });
});
