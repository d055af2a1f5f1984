import { facetKeys, type FacetKey } from '../shared/searchFacets';

/** Pagefind's filter argument: a value, or a list of values a page must all have. */
export type PagefindFilters = Partial<Record<FacetKey, string | { all: string[] }>>;

/**
 * Turns the chosen facet values into the `filters` option of `pagefind.search`. Every chosen value must apply,
 * across facets and within one, so each choice narrows the results. `without` leaves one facet out, to count what
 * its other values would give.
 *
 * @example
 * toPagefindFilters({ type: ['Briefing'], topic: ['A', 'B'], entity: [], year: [] })
 * // { type: 'Briefing', topic: { all: ['A', 'B'] } }
 */
export function toPagefindFilters(filters: Record<FacetKey, readonly string[]>, without?: FacetKey): PagefindFilters {
  const result: PagefindFilters = {};
  for (const key of facetKeys) {
    const values = filters[key] ?? [];
    if (key === without || values.length === 0) continue;
    result[key] = values.length === 1 ? values[0]! : { all: [...values] };
  }
  return result;
}
