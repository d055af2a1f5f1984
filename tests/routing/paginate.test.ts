import { describe, expect, it } from 'vitest';
import { listPageLinks, paginate } from '../../src/routing/paginate';

describe('paginate', () => {
  it('splits a list into pages of the given size, numbered from 1, with each page’s first position', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map((page) => [page.number, page.count, page.total, page.start])).toEqual([
      [1, 3, 5, 1],
      [2, 3, 5, 3],
      [3, 3, 5, 5],
    ]);
  });
  it('gives an empty list one empty page', () => {
    expect(paginate([], 20)).toEqual([{ items: [], number: 1, count: 1, total: 0, start: 1 }]);
  });
  it('keeps every entry exactly once', () => {
    const items = Array.from({ length: 1003 }, (_, index) => index);
    expect(paginate(items, 20).flatMap((page) => page.items)).toEqual(items);
  });
});

describe('listPageLinks', () => {
  it('links every page when there are few', () => {
    expect(listPageLinks(2, 4)).toEqual([1, 2, 3, 4]);
    expect(listPageLinks(1, 1)).toEqual([1]);
  });
  it('links the first, the last and the pages around the current one, with gaps between', () => {
    expect(listPageLinks(7, 20)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]);
    expect(listPageLinks(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(listPageLinks(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });
  it('shows a single left-out page instead of a gap', () => {
    expect(listPageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 20]);
  });
  it('stays the same length however many pages there are', () => {
    expect(listPageLinks(500, 1000)).toHaveLength(listPageLinks(50, 100).length);
  });
});
