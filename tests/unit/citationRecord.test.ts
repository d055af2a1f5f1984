import { describe, expect, it } from 'vitest';
import { citationCsvCells, citationRecord } from '../../src/downloads/citationRecord';

describe('citationRecord', () => {
  it('keeps whose claim a citation carries, with null for what it does not say', () => {
    expect(citationRecord({ source: { id: 'report' }, paragraphs: [2, 15] })).toEqual({ source: 'report', paragraphs: [2, 15], attribution: 'stated', by: null, credibility: null });
    expect(citationRecord({ source: { id: 'report' }, paragraphs: [5], attribution: 'reported', by: 'analysts', credibility: 3 })).toEqual({
      source: 'report',
      paragraphs: [5],
      attribution: 'reported',
      by: 'analysts',
      credibility: 3,
    });
  });
});

describe('citationCsvCells', () => {
  it('lines the attribution up with the paragraphs, one entry per citation', () => {
    const cells = citationCsvCells([
      citationRecord({ source: { id: 'a' }, paragraphs: [2, 15] }),
      citationRecord({ source: { id: 'b' }, paragraphs: [3], attribution: 'reported', by: 'analysts', credibility: 3 }),
      citationRecord({ source: { id: 'a' }, paragraphs: [11], attribution: 'analysis' }),
    ]);
    expect(cells).toEqual({ source: 'a b a', paragraphs: '2 15; 3; 11', attribution: 'stated; reported by analysts (credibility 3); analysis' });
  });
});
