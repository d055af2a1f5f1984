/**
 * The filters the search page offers, in the order it shows them. Each is a Pagefind filter key set on the pages by
 * `SearchMeta`. A page has one type and at most one year, so those are a single choice; a page concerns several
 * topics and entities, so those can be combined, each one further narrowing the results (all must apply).
 */
export const searchFacets = [
  { key: 'type', label: 'Type', multiple: false },
  { key: 'topic', label: 'Topic', multiple: true },
  { key: 'entity', label: 'Person, place or organisation', multiple: true },
  { key: 'year', label: 'Year', multiple: false },
] as const;

export type FacetKey = (typeof searchFacets)[number]['key'];

export const facetKeys: readonly FacetKey[] = searchFacets.map((facet) => facet.key);
