import type { ParagraphUse } from '../citations/citationsOfParagraph';
import type { EntryPages } from './pagedListings';
import { routes } from './routes';

/** The collections whose entries have a place of their own on the site to link to. */
export type LinkedCollection = ParagraphUse['collection'];

/**
 * Where an entry is shown: its own page (briefings, entities), or its card or row on the page of the key-figures
 * index or the timeline that holds it.
 *
 * @example entryHref(entryPagesOf(book), 'figures', 'civil-war-length') // "/figures/#civil-war-length"
 */
export function entryHref(pages: EntryPages, collection: LinkedCollection, id: string): string {
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
