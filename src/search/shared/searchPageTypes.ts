/**
 * The kinds of page search returns, in the order the type facet lists them. Everything else (home, index pages,
 * the 404, the search page itself) carries no `data-pagefind-body` and so is left out of the index: those pages
 * only repeat titles that lead to the pages below.
 */
export const searchPageTypes = ['Briefing', 'Entity', 'Topic', 'Source', 'Page'] as const;

export type SearchPageType = (typeof searchPageTypes)[number];

/** What the type facet calls each kind, in the plural. */
export const searchPageTypeLabels: Record<SearchPageType, string> = {
  Briefing: 'Briefings',
  Entity: 'People, places, organisations',
  Topic: 'Topics',
  Source: 'Sources',
  Page: 'About this book',
};
