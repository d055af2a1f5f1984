import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { briefingSchema } from '../../src/schemas/briefing';

/** The problems a schema reports, as `path: message` lines. */
function problemsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const citation = { source: 'harbour-report', paragraphs: [4] };
const judgment = { statement: 'Traffic will grow.', likelihood: 'very-likely', confidence: 'moderate', citations: [citation] };
const briefing = {
  title: 'A note',
  date: '2025-05-12',
  asOf: '2025-05-10',
  order: 1,
  summary: 'Bottom line.',
  keyJudgments: [judgment],
  topics: ['ports'],
  sources: ['harbour-report'],
};
const revised = { date: '2025-06-22', reason: 'Two more sources agree.' };
const updates = [{ date: '2025-06-22', summary: 'The first judgment is raised.' }];

describe('editions in the briefing schema', () => {
  it('accepts updates and a revised judgment with its history, and leaves both out of a plain briefing', () => {
    const plain = briefingSchema.parse(briefing);
    expect(plain.updates).toBeUndefined();
    expect(plain.keyJudgments[0]!.revised).toBeUndefined();
    const edited = briefingSchema.parse({
      ...briefing,
      asOf: '2025-06-20',
      updates,
      keyJudgments: [{ ...judgment, revised, history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'moderate' }] }],
    });
    expect(edited.updates).toEqual(updates);
    expect(edited.keyJudgments[0]!.history).toEqual([{ date: '2025-05-12', likelihood: 'likely', confidence: 'moderate' }]);
  });

  it('lets asOf run to the latest update, not past it', () => {
    expect(problemsOf(briefingSchema, { ...briefing, asOf: '2025-06-22', updates })).toEqual([]);
    expect(problemsOf(briefingSchema, { ...briefing, asOf: '2025-06-23', updates })).toEqual([
      'asOf: Expected the as-of day (2025-06-23) to be on or before the latest edition (2025-06-22, the latest of the issue date and the updates). Add an update dated 2025-06-23 or later, or move asOf back',
    ]);
  });

  it('refuses an update before the issue date, and updates out of order, at the update that is wrong', () => {
    expect(problemsOf(briefingSchema, { ...briefing, updates: [{ date: '2025-05-11', summary: 'Early.' }] })[0]).toMatch(/^updates\.0\.date: Expected an update on or after the issue date \(2025-05-12\)/);
    const outOfOrder = [{ date: '2025-06-22', summary: 'Later.' }, { date: '2025-06-01', summary: 'Earlier.' }];
    expect(problemsOf(briefingSchema, { ...briefing, updates: outOfOrder })).toEqual([
      'updates.1.date: Expected the updates oldest first: 2025-06-01 comes after 2025-06-22. Put them in date order',
    ]);
    // Two updates on one day are two editions of that day, not a mistake.
    expect(problemsOf(briefingSchema, { ...briefing, updates: [updates[0], updates[0]] })).toEqual([]);
  });

  const judged = (changes: Record<string, unknown>) => ({ ...briefing, updates, keyJudgments: [{ ...judgment, ...changes }] });

  it('refuses history without revised and revised without history', () => {
    expect(problemsOf(briefingSchema, judged({ history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'low' }] }))[0]).toMatch(/^keyJudgments\.0\.history: A judgment with a history needs `revised/);
    expect(problemsOf(briefingSchema, judged({ revised }))[0]).toMatch(/^keyJudgments\.0\.revised: A revised judgment needs `history`/);
  });

  it('refuses an earlier state on or after the revision, and earlier states out of order', () => {
    expect(problemsOf(briefingSchema, judged({ revised, history: [{ date: '2025-06-22', likelihood: 'likely', confidence: 'low' }] }))).toEqual([
      'keyJudgments.0.history.0.date: Expected an earlier state to be dated before the revision (2025-06-22), got 2025-06-22. The present state belongs in likelihood and confidence, not in history',
    ]);
    const history = [
      { date: '2025-06-01', likelihood: 'likely', confidence: 'low' },
      { date: '2025-05-12', likelihood: 'unlikely', confidence: 'low' },
    ];
    expect(problemsOf(briefingSchema, judged({ revised, history }))).toEqual(['keyJudgments.0.history.1.date: Expected the history oldest first: 2025-05-12 comes after 2025-06-01. Put the entries in date order']);
  });

  it('refuses a revision that changes neither likelihood nor confidence, but takes a change of confidence alone', () => {
    expect(problemsOf(briefingSchema, judged({ revised, history: [{ date: '2025-05-12', likelihood: 'very-likely', confidence: 'moderate' }] }))[0]).toMatch(
      /^keyJudgments\.0\.revised: Nothing changed: the last history entry \(2025-05-12\) is also very-likely, moderate confidence/,
    );
    expect(problemsOf(briefingSchema, judged({ revised, history: [{ date: '2025-05-12', likelihood: 'very-likely', confidence: 'low' }] }))).toEqual([]);
  });

  it('refuses a revision dated after the latest edition', () => {
    const late = { date: '2025-07-01', reason: 'Later news.' };
    expect(problemsOf(briefingSchema, judged({ revised: late, history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'low' }] }))[0]).toMatch(
      /^keyJudgments\.0\.revised\.date: Expected the revision on or before the latest edition \(2025-06-22\), got 2025-07-01/,
    );
  });
});
