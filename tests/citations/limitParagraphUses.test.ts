import { describe, expect, it } from 'vitest';
import type { ParagraphUse } from '../../src/citations/citationsOfParagraph';
import { limitParagraphUses } from '../../src/citations/limitParagraphUses';

const use = (collection: ParagraphUse['collection'], id: string): ParagraphUse => ({ collection, id, title: id });

describe('limitParagraphUses', () => {
  it('keeps every use when no kind has more than the limit', () => {
    const uses = [use('briefings', 'a'), use('figures', 'f'), use('briefings', 'b')];
    expect(limitParagraphUses(uses, 2)).toEqual({ shown: uses, more: [] });
  });
  it('keeps the first uses of each kind, in order, and counts the rest per kind', () => {
    const uses = [use('briefings', 'a'), use('briefings', 'b'), use('briefings', 'c'), use('figures', 'f'), use('entities', 'x'), use('entities', 'y'), use('entities', 'z'), use('entities', 'w')];
    const { shown, more } = limitParagraphUses(uses, 2);
    expect(shown.map((entry) => entry.id)).toEqual(['a', 'b', 'f', 'x', 'y']);
    expect(more).toEqual([
      { collection: 'briefings', count: 1 },
      { collection: 'entities', count: 2 },
    ]);
  });
});
