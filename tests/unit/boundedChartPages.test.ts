import { describe, expect, it } from 'vitest';
import { chartKey } from '../../src/charts/chartKey';
import { listEventsInTimelineOrder } from '../../src/corpus/listEventsInTimelineOrder';
import { listMapPlaces } from '../../src/corpus/listMapPlaces';
import { parsePartialDate } from '../../src/schemas/partialDate';

const event = (id: string, date: string) => ({ id, filePath: `${id}.yaml`, data: { date: parsePartialDate(date)! } });
const place = (id: string, name = id) => ({ id, filePath: `${id}.yaml`, data: { name, kind: 'place' as const, extent: 'point' as const, coordinates: { lat: 35, lon: 36 } } });

describe('listEventsInTimelineOrder', () => {
  it('orders by the date as written, a year before its months, then by id', () => {
    const ordered = listEventsInTimelineOrder([event('b', '2024-12'), event('c', '2015'), event('a', '2024-12'), event('d', '2024')]);
    expect(ordered.map((entry) => entry.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('listMapPlaces', () => {
  const places = [place('quiet'), place('busy'), place('middling'), { ...place('region'), data: { ...place('region').data, extent: 'region' as const } }];
  const mentions: Record<string, number> = { busy: 9, middling: 4, quiet: 1, region: 20 };
  const book = { corpus: { entities: places }, briefingsMentioning: (id: string) => Array.from({ length: mentions[id] ?? 0 }) } as unknown as Parameters<typeof listMapPlaces>[0];

  it('keeps every mappable place when there are few, and never a region', () => {
    expect(listMapPlaces(book, 10).map((entity) => entity.id)).toEqual(['quiet', 'busy', 'middling']);
  });
  it('keeps the most-mentioned places when there are more than the limit', () => {
    expect(listMapPlaces(book, 2).map((entity) => entity.id)).toEqual(['busy', 'middling']);
  });
});

describe('chartKey for timeline pages', () => {
  it('keeps the first page’s file name and numbers the others', () => {
    expect(chartKey({ kind: 'timeline', scope: 'all' })).toBe('timeline');
    expect(chartKey({ kind: 'timeline', scope: 'all', page: 1 })).toBe('timeline');
    expect(chartKey({ kind: 'timeline', scope: 'all', page: 3 })).toBe('timeline-page-3');
  });
});
