import { searchFacets } from '../shared/searchFacets';
import { normalizeSearchQuery } from './normalizeSearchQuery';
import { hasFilters, type SearchState } from './searchState';
import { toPagefindFilters } from '../build/toPagefindFilters';
import type { PagefindApi, PagefindFilterCounts, PagefindResult } from './pagefindApi';

export interface SearchOutcome {
  results: PagefindResult[];
  /**
   * Per facet value, how many results there would be with that value chosen too. For a single-choice facet that
   * already has a choice, the counts are those without it, so its other values show what switching would give.
   */
  counts: PagefindFilterCounts;
}

/**
 * Runs the search a state describes: the words (or none, to list pages by filters alone), every chosen facet value,
 * and the sort. Returns `undefined` when there is nothing to search for.
 */
export async function runSearch(pagefind: PagefindApi, state: SearchState): Promise<SearchOutcome | undefined> {
  const term = normalizeSearchQuery(state.query) || null;
  if (term === null && !hasFilters(state)) return undefined;
  const sort = state.sort === 'date' ? { date: 'desc' as const } : undefined;
  const main = await pagefind.search(term, { filters: toPagefindFilters(state.filters), ...(sort && { sort }) });
  const counts: PagefindFilterCounts = { ...main.filters };
  const switchable = searchFacets.filter((facet) => !facet.multiple && state.filters[facet.key].length > 0);
  await Promise.all(
    switchable.map(async (facet) => {
      const without = await pagefind.search(term, { filters: toPagefindFilters(state.filters, facet.key) });
      counts[facet.key] = without.filters[facet.key] ?? {};
    }),
  );
  return { results: main.results, counts };
}
