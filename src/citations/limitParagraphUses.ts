import type { ParagraphUse } from './citationsOfParagraph';

/** How many uses of each kind (briefings, figures, events, entries) a source paragraph lists before "and N more". */
export const paragraphUsesPerKind = 15;

export interface LimitedParagraphUses {
  /** The uses to list, in their original order. */
  shown: ParagraphUse[];
  /** How many of each kind were left out. */
  more: Array<{ collection: ParagraphUse['collection']; count: number }>;
}

/**
 * Keeps at most `perKind` uses of each kind, so that a paragraph every briefing cites does not make its source page
 * grow with the book; the rest are counted.
 *
 * @example limitParagraphUses(uses, 2) // { shown: [briefing a, briefing b, figure f], more: [{ collection: 'briefings', count: 40 }] }
 */
export function limitParagraphUses(uses: readonly ParagraphUse[], perKind = paragraphUsesPerKind): LimitedParagraphUses {
  const counts = new Map<ParagraphUse['collection'], number>();
  const shown: ParagraphUse[] = [];
  for (const use of uses) {
    const count = (counts.get(use.collection) ?? 0) + 1;
    counts.set(use.collection, count);
    if (count <= perKind) shown.push(use);
  }
  const more = [...counts].filter(([, count]) => count > perKind).map(([collection, count]) => ({ collection, count: count - perKind }));
  return { shown, more };
}
