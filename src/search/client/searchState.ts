import { facetKeys, searchFacets, type FacetKey } from '../shared/searchFacets';

export type SearchSort = 'relevance' | 'date';

/** Everything that decides what the search page shows; it lives in the URL so a search can be shared. */
export interface SearchState {
  query: string;
  filters: Record<FacetKey, string[]>;
  sort: SearchSort;
}

/** The URL parameter of each part of the state; the facet keys are their own parameters. */
const queryParam = 'q';
const sortParam = 'sort';

/**
 * An empty search: no words, no filters, best match first.
 *
 * @example emptySearchState().filters.topic // []
 */
export function emptySearchState(): SearchState {
  return { query: '', filters: Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as Record<FacetKey, string[]>, sort: 'relevance' };
}

/**
 * Reads the search state from a URL's query string. Unknown parameters are ignored, repeated values kept once,
 * and a single-choice facet keeps only its first value, so a hand-edited URL still gives a valid search.
 *
 * @example
 * parseSearchState('?q=quay&topic=Ports+and+shipping&sort=date')
 * // { query: 'quay', filters: { type: [], topic: ['Ports and shipping'], entity: [], year: [] }, sort: 'date' }
 */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptySearchState();
  state.query = (params.get(queryParam) ?? '').trim();
  for (const facet of searchFacets) {
    const values = [...new Set(params.getAll(facet.key).map((value) => value.trim()).filter(Boolean))];
    state.filters[facet.key] = facet.multiple ? values : values.slice(0, 1);
  }
  state.sort = params.get(sortParam) === 'date' ? 'date' : 'relevance';
  return state;
}

/**
 * Writes the search state as a query string (without "?"), leaving out what is empty or default, in a fixed order,
 * so that the same search always has the same URL.
 *
 * @example
 * serializeSearchState({ query: 'quay', filters: { type: ['Briefing'], topic: [], entity: [], year: [] }, sort: 'relevance' })
 * // "q=quay&type=Briefing"
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set(queryParam, state.query.trim());
  for (const key of facetKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set(sortParam, state.sort);
  return params.toString();
}

/**
 * Tells whether any filter is set.
 *
 * @example hasFilters(emptySearchState()) // false
 */
export function hasFilters(state: SearchState): boolean {
  return facetKeys.some((key) => state.filters[key].length > 0);
}
