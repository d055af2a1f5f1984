import { describe, expect, it } from 'vitest';
import { describeRevision } from '../../src/editions/describeRevision';
import { latestEditionOf } from '../../src/editions/latestEdition';

const revised = { date: '2025-06-22', reason: 'Two more sources agree' };

describe('describeRevision(judgment)', () => {
  it('says what the judgment was, when, what it is, since when and why, in words', () => {
    const text = describeRevision({ likelihood: 'very-likely', confidence: 'moderate', revised, history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'moderate' }] });
    expect(text?.sentence).toBe('Raised from likely (12 May 2025) to very likely on 22 June 2025: Two more sources agree.');
    expect(text?.earlier).toEqual([{ date: '2025-05-12', assessment: 'likely, moderate confidence' }]);
  });

  it('says lowered, names the confidence when it moved too, and compares with the last earlier state', () => {
    const history = [
      { date: '2025-04-01', likelihood: 'almost-certain', confidence: 'high', statement: 'An older wording.' },
      { date: '2025-05-12', likelihood: 'very-likely', confidence: 'high' },
    ] as const;
    const text = describeRevision({ likelihood: 'likely', confidence: 'moderate', revised, history: [...history] });
    expect(text?.sentence).toBe('Lowered from very likely, high confidence (12 May 2025) to likely, moderate confidence on 22 June 2025: Two more sources agree.');
    expect(text?.earlier).toEqual([
      { date: '2025-04-01', assessment: 'almost certain, high confidence', statement: 'An older wording.' },
      { date: '2025-05-12', assessment: 'very likely, high confidence' },
    ]);
  });

  it('speaks of confidence alone when only it moved, and of a change when the two moved apart', () => {
    expect(describeRevision({ likelihood: 'likely', confidence: 'high', revised, history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'low' }] })?.sentence).toBe(
      'Confidence raised from low (12 May 2025) to high on 22 June 2025: Two more sources agree.',
    );
    expect(describeRevision({ likelihood: 'very-likely', confidence: 'low', revised, history: [{ date: '2025-05-12', likelihood: 'likely', confidence: 'high' }] })?.sentence).toBe(
      'Changed from likely, high confidence (12 May 2025) to very likely, low confidence on 22 June 2025: Two more sources agree.',
    );
  });

  it('gives nothing for a judgment that was never revised', () => {
    expect(describeRevision({ likelihood: 'likely', confidence: 'low' })).toBeUndefined();
  });
});

describe('latestEditionOf(briefing)', () => {
  it('is the last update, or the issue date without one', () => {
    expect(latestEditionOf({ date: '2025-05-12' })).toBe('2025-05-12');
    expect(latestEditionOf({ date: '2025-05-12', updates: [{ date: '2025-06-01', summary: 'a' }, { date: '2025-06-22', summary: 'b' }] })).toBe('2025-06-22');
  });
});
