import { describe, expect, it } from 'vitest';
import type { BriefingEntry } from '../../src/corpus/corpus';
import { listChanges } from '../../src/editions/listChanges';
import type { BriefingData } from '../../src/schemas/briefing';

function briefing(id: string, order: number, data: Partial<BriefingData>): BriefingEntry {
  const base = {
    title: `Note ${id}`,
    date: '2025-05-01',
    asOf: '2025-05-01',
    order,
    summary: 'S.',
    keyJudgments: [{ statement: `Judgment of ${id}.`, likelihood: 'likely', confidence: 'low', citations: [] }],
    topics: [],
    entities: [],
    events: [],
    figures: [],
    sources: [],
    timeline: false,
    map: false,
  } as BriefingData;
  return { id, filePath: `${id}.mdx`, body: '', bodyLine: 1, data: { ...base, ...data } };
}

describe('listChanges(briefings)', () => {
  const revisedJudgment = {
    statement: 'Traffic will grow.',
    likelihood: 'very-likely',
    confidence: 'low',
    citations: [],
    revised: { date: '2025-06-10', reason: 'New counts.' },
    history: [{ date: '2025-05-01', likelihood: 'likely', confidence: 'low' }],
  } as BriefingData['keyJudgments'][number];
  const briefings = [
    briefing('a', 1, { updates: [{ date: '2025-06-01', summary: 'First update of a.' }, { date: '2025-06-10', summary: 'Second update of a.' }], keyJudgments: [{ ...revisedJudgment }] }),
    briefing('b', 2, { updates: [{ date: '2025-06-10', summary: 'Update of b.' }] }),
    briefing('c', 3, {}),
  ];

  it('lists every update and revision newest first; on one day in reading order, updates before revisions', () => {
    expect(listChanges(briefings).map((change) => `${change.date} ${change.id}`)).toEqual([
      '2025-06-10 a-update-2',
      '2025-06-10 a-judgment-1',
      '2025-06-10 b-update-1',
      '2025-06-01 a-update-1',
    ]);
  });

  it('carries the words to show: the summary of an update, the revision sentence and statement of a judgment', () => {
    const [, revision] = listChanges(briefings);
    expect(revision).toMatchObject({ kind: 'revision', number: 1, statement: 'Traffic will grow.', text: 'Raised from likely (1 May 2025) to very likely on 10 June 2025: New counts.' });
    expect(listChanges(briefings).at(-1)).toMatchObject({ kind: 'update', number: 1, text: 'First update of a.' });
  });

  it('is empty for a book without updates or revisions', () => {
    expect(listChanges([briefing('c', 1, {})])).toEqual([]);
  });
});
