import { describe, expect, it } from 'vitest';
import { entryHref } from '../../src/routing/entryHref';
import type { PagedBook } from '../../src/routing/pagedListings';

// Figures and events live on paged listings: the page that holds each comes from entryPagesOf (pagedListings.ts).
const book = {} as PagedBook;
const pages = { figurePage: (id: string) => (id === 'late-figure' ? 3 : 1), timelinePage: (id: string) => (id === 'late-event' ? 2 : 1) };

describe('entryHref', () => {
  it('links briefings and entities to their own pages', () => {
    expect(entryHref(book, 'briefings', 'the-moscow-visit', pages)).toBe('/briefings/the-moscow-visit/');
    expect(entryHref(book, 'entities', 'tartus-naval-base', pages)).toBe('/entities/tartus-naval-base/');
  });

  it('links a figure to its card on the page of the key-figures index that holds it', () => {
    expect(entryHref(book, 'figures', 'early-figure', pages)).toBe('/figures/#early-figure');
    expect(entryHref(book, 'figures', 'late-figure', pages)).toBe('/figures/page/3/#late-figure');
  });

  it('links an event to its row on the page of the timeline that holds it', () => {
    expect(entryHref(book, 'events', 'early-event', pages)).toBe('/timeline/#early-event');
    expect(entryHref(book, 'events', 'late-event', pages)).toBe('/timeline/page/2/#late-event');
  });
});
