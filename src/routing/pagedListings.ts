import { bookVolumeSize, indexPageSize, listPageSize, rowsPageSize, timelinePageSize } from '../config/limits';
import type { CorpusIndex } from '../corpus/indexCorpus';
import { listEntitiesInIndexOrder } from '../corpus/listEntitiesInIndexOrder';
import { listEventsInTimelineOrder } from '../corpus/listEventsInTimelineOrder';
import { listFiguresInIndexOrder } from '../corpus/listFiguresInIndexOrder';
import { listChanges } from '../editions/listChanges';
import { paginate, type Page } from './paginate';
import { routes } from './routes';

/** What the paged listings read of a book. */
export type PagedBook = Pick<CorpusIndex, 'corpus' | 'briefings' | 'briefingsMentioning' | 'briefingsOnTopic'>;

/**
 * A listing shown a page at a time: what it lists, in which order, how many a page, and where each page lives.
 * `Owner` is the entry whose list it is (a topic's briefings), or `void` for the site's own indexes.
 */
export interface PagedListing<T, Owner extends string | void = void> {
  entries(book: PagedBook, owner: Owner): readonly T[];
  pageSize: number;
  /** The URL of page `page`; page 1 is the listing's own address (the index, or the owner's page). */
  url(page: number, owner: Owner): string;
}

const listing = <T, Owner extends string | void = void>(definition: PagedListing<T, Owner>) => definition;

/**
 * Every paged index of the site. Pages, the links between them, the charts of a page and the corpus index's "which
 * page shows this entry" all read their order and page size here, so they cannot disagree.
 */
export const pagedListings = {
  briefings: listing({ entries: (book) => book.briefings, pageSize: listPageSize, url: (page) => routes.briefingsPage(page) }),
  figures: listing({ entries: (book) => listFiguresInIndexOrder(book.corpus.figures), pageSize: listPageSize, url: (page) => routes.figuresPage(page) }),
  timeline: listing({ entries: (book) => listEventsInTimelineOrder(book.corpus.events), pageSize: timelinePageSize, url: (page) => routes.timelinePage(page) }),
  entities: listing({ entries: (book) => listEntitiesInIndexOrder(book.corpus.entities), pageSize: indexPageSize, url: (page) => routes.entitiesPage(page) }),
  sources: listing({ entries: (book) => book.corpus.sources, pageSize: indexPageSize, url: (page) => routes.sourcesPage(page) }),
  topics: listing({ entries: (book) => book.corpus.topics, pageSize: indexPageSize, url: (page) => routes.topicsPage(page) }),
  /** Updates and judgment revisions, newest first. */
  changes: listing({ entries: (book) => listChanges(book.briefings), pageSize: listPageSize, url: (page) => routes.changesPage(page) }),
  /** A long book is printed in volumes; a volume is a page of this listing. */
  bookVolumes: listing({ entries: (book) => book.briefings, pageSize: bookVolumeSize, url: (page) => routes.bookVolume(page) }),
  topicBriefings: listing<CorpusIndex['briefings'][number], string>({
    entries: (book, topicId) => book.briefingsOnTopic(topicId),
    pageSize: listPageSize,
    url: (page, topicId) => routes.topicPage(topicId, page),
  }),
  entityBriefings: listing<CorpusIndex['briefings'][number], string>({
    entries: (book, entityId) => book.briefingsMentioning(entityId),
    pageSize: rowsPageSize,
    url: (page, entityId) => routes.entityPage(entityId, page),
  }),
};

/**
 * A listing's pages.
 *
 * @example pagesOf(pagedListings.topics, book)[0].items.length // up to 30
 */
export function pagesOf<T, Owner extends string | void>(paged: PagedListing<T, Owner>, book: PagedBook, owner: Owner): Page<T>[];
export function pagesOf<T>(paged: PagedListing<T>, book: PagedBook): Page<T>[];
export function pagesOf<T, Owner extends string | void>(paged: PagedListing<T, Owner>, book: PagedBook, owner?: Owner): Page<T>[] {
  return paginate(paged.entries(book, owner as Owner), paged.pageSize);
}

/**
 * The page of a listing that shows each entry, by id, for links to an entry's place in a listing.
 *
 * @example pageNumbers(pagedListings.timeline, book).get('east-quay-reopens') // 1
 */
export function pageNumbers<T extends { id: string }>(paged: PagedListing<T>, book: PagedBook): Map<string, number> {
  return new Map(paged.entries(book).map((entry, index) => [entry.id, Math.floor(index / paged.pageSize) + 1]));
}

/** Where an entry of a paged index is shown: the page of the key-figures index or of the timeline that holds it. */
export interface EntryPages {
  figurePage(figureId: string): number;
  timelinePage(eventId: string): number;
}

const entryPagesOfBook = new WeakMap<PagedBook, EntryPages>();

/**
 * The pages that hold each figure and event, computed once per book, in the same order and page size as the
 * listings' own pages.
 *
 * @example entryPagesOf(book).timelinePage('east-quay-reopens') // 1
 */
export function entryPagesOf(book: PagedBook): EntryPages {
  let pages = entryPagesOfBook.get(book);
  if (!pages) {
    let pageByFigure: Map<string, number> | undefined;
    let pageByEvent: Map<string, number> | undefined;
    pages = {
      figurePage: (figureId) => (pageByFigure ??= pageNumbers(pagedListings.figures, book)).get(figureId) ?? 1,
      timelinePage: (eventId) => (pageByEvent ??= pageNumbers(pagedListings.timeline, book)).get(eventId) ?? 1,
    };
    entryPagesOfBook.set(book, pages);
  }
  return pages;
}

/**
 * The value of a `[...page]` route's parameter for a page: none for page 1 (the listing's own address), `page/<n>`
 * for the others, as the listing's `url` spells it. `segment` is `volume` for the book.
 *
 * @example pageParam(1) // undefined
 * @example pageParam(3) // "page/3"
 */
export const pageParam = (page: number, segment = 'page'): string | undefined => (page <= 1 ? undefined : `${segment}/${page}`);

/**
 * `getStaticPaths` for a listing's `[...page]` route: one path a page, each with its page as the prop.
 *
 * @example staticPathsOf(pagedListings.figures, book, 'page') // [{ params: { page: undefined }, props: { page: … } }, …]
 */
export function staticPathsOf<T>(paged: PagedListing<T>, book: PagedBook, param = 'page', segment = 'page') {
  return pagesOf(paged, book).map((page) => ({ params: { [param]: pageParam(page.number, segment) }, props: { page } }));
}
