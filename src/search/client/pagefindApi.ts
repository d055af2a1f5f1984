/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, version 1.x) that the site uses. Pagefind ships no
 * types for it; these follow its documentation and the bundle's code.
 */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
}

export interface PagefindSearchOptions {
  filters?: Record<string, string | { all: string[] } | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** For each filter key, each value with the number of results that have it. */
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResponse {
  results: PagefindResult[];
  /** Results for the words alone, before filters. */
  unfilteredResultCount: number;
  /** Counts within the current results (words and filters). */
  filters: PagefindFilterCounts;
  /** Counts for the words alone. */
  totalFilters: PagefindFilterCounts;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string };
}

export interface PagefindResultData {
  url: string;
  /** HTML: the page's text around the matches, entities escaped, matches in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
