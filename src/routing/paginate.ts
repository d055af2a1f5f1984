import { listPageSize } from '../config/limits';

export interface Page<T> {
  /** This page's entries. */
  items: T[];
  /** Counted from 1. */
  number: number;
  /** How many pages there are in all (at least 1). */
  count: number;
  /** How many entries there are on all pages together. */
  total: number;
  /** The position of this page's first entry in the whole list, counted from 1. */
  start: number;
}

/**
 * Splits a list into pages of `size`, so that a listing's every page stays the same size however long the list
 * grows. An empty list still has one (empty) page, so the listing can say so.
 *
 * @example paginate(['a', 'b', 'c'], 2) // [{ items: ['a', 'b'], number: 1, count: 2, total: 3, start: 1 }, { items: ['c'], number: 2, count: 2, total: 3, start: 3 }]
 */
export function paginate<T>(items: readonly T[], size: number = listPageSize): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    total: items.length,
    start: index * size + 1,
  }));
}

/**
 * The page numbers a pagination bar links to: the first, the last, and those near the current one, with `gap`
 * where numbers are left out. The bar's length is bounded, however many pages there are.
 *
 * @example listPageLinks(7, 20) // [1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]
 * @example listPageLinks(2, 4) // [1, 2, 3, 4]
 */
export function listPageLinks(current: number, count: number, around = 2): Array<number | 'gap'> {
  const shown = new Set([1, count]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= count) shown.add(page);
  const links: Array<number | 'gap'> = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: a link is no longer than the ellipsis.
    if (page - previous === 2) links.push(page - 1);
    else if (page - previous > 2) links.push('gap');
    links.push(page);
    previous = page;
  }
  return links;
}
