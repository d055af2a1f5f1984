import type { ParagraphUse } from '../citations/citationsOfParagraph';
import { entryPagesOf, type EntryPages, type PagedBook } from './pagedListings';
import { routes } from './routes';

/** The collections whose entries have a place of their own on the site to link to. */
export type LinkedCollection = ParagraphUse['collection'];

/**
 * Where an entry is shown: its own page (briefings, entities), or its card or row on the page of the key-figures
 * index or the timeline that holds it.
 *
 * @example entryHref(book, 'figures', 'ships-registered') // "/figures/#ships-registered"
 */
export function entryHref(book: PagedBook, collection: LinkedCollection, id: string, pages: EntryPages = entryPagesOf(book)): string {
  switch (collection) {
    case 'briefings':
      return routes.briefing(id);
    case 'entities':
      return routes.entity(id);
    case 'figures':
      return routes.figure(id, pages.figurePage(id));
    case 'events':
      return routes.timelineEvent(id, pages.timelinePage(id));
  }
}
