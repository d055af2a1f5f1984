import { describe, expect, it } from 'vitest';
import { pagedListings, pageNumbers, pageParam, pagesOf, staticPathsOf } from '../../src/routing/pagedListings';
import { bookVolumeSize, listPageSize, timelinePageSize } from '../../src/config/limits';
import { parsePartialDate } from '../../src/schemas/partialDate';

const briefing = (order: number) => ({ id: `b${order}`, filePath: '', body: '', bodyLine: 1, data: { order } });
const event = (id: string, date: string) => ({ id, filePath: `${id}.yaml`, data: { date: parsePartialDate(date)! } });

function book(briefings: number, events: Array<ReturnType<typeof event>> = []) {
  const list = Array.from({ length: briefings }, (_, index) => briefing(index + 1));
  return {
    briefings: list,
    corpus: { briefings: list, events, figures: [], entities: [], sources: [], topics: [] },
    briefingsMentioning: () => list.slice(0, 3),
    briefingsOnTopic: () => list,
  } as unknown as Parameters<typeof pagesOf>[1];
}

describe('pagedListings', () => {
  it('gives page 1 the listing’s own address and later pages page/<n>/ (volume/<n>/ for the book)', () => {
    expect(pagedListings.briefings.url(1)).toBe('/briefings/');
    expect(pagedListings.briefings.url(3)).toBe('/briefings/page/3/');
    expect(pagedListings.topicBriefings.url(1, 'diplomacy')).toBe('/topics/diplomacy/');
    expect(pagedListings.entityBriefings.url(2, 'tartus')).toBe('/entities/tartus/page/2/');
    expect(pagedListings.bookVolumes.url(2)).toBe('/book/volume/2/');
  });

  it('makes one [...page] path a page, whose parameter spells the page’s URL', () => {
    const paths = staticPathsOf(pagedListings.briefings, book(2 * listPageSize + 1));
    expect(paths.map((path) => path.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    for (const { params, props } of paths) expect(pagedListings.briefings.url(props.page.number)).toBe(`/briefings/${params.page ? `${params.page}/` : ''}`);
    const volumes = staticPathsOf(pagedListings.bookVolumes, book(bookVolumeSize + 1), 'volume', 'volume');
    expect(volumes.map((path) => path.params.volume)).toEqual([undefined, 'volume/2']);
    expect(pageParam(1)).toBeUndefined();
  });

  it('keeps one (empty) page for an empty listing', () => {
    expect(staticPathsOf(pagedListings.briefings, book(0))).toHaveLength(1);
  });

  it('finds the page that shows an entry with the order and page size the pages use', () => {
    const events = Array.from({ length: timelinePageSize + 2 }, (_, index) => event(`e${index}`, `2020-01-${String((index % 28) + 1).padStart(2, '0')}`));
    const pages = pageNumbers(pagedListings.timeline, book(0, events));
    const onPages = pagesOf(pagedListings.timeline, book(0, events));
    expect(onPages).toHaveLength(2);
    for (const page of onPages) for (const entry of page.items) expect(pages.get(entry.id)).toBe(page.number);
  });
});
