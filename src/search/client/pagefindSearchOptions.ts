/**
 * The options every search on the site passes to Pagefind's browser API (`pagefind.options()`), in one place so that
 * the header search, the search page and the measuring script (`scripts/searchProbe.mjs`) search alike.
 * This file has no imports so that plain Node (with type stripping) can load it as well as Vite.
 *
 * @example
 * const pagefind = await import('/pagefind/pagefind.js');
 * await pagefind.options({ ...pagefindSearchOptions, baseUrl: '/' });
 */
export const pagefindSearchOptions = {
  // No `highlightParam`: Pagefind would add its normalised terms ("ellisonhart"), which the highlighter cannot find in
  // the page's text ("Ellison-Hart"); result links get the words as typed instead (withHighlight, highlightTermsOf).
  /** Words per excerpt: enough for a line of context in the results list. */
  excerptLength: 24,
  excerptEllipsis: '…',
  /**
   * Search on the main thread. Pagefind's worker costs one more file (~43 kB) and one more round trip before the
   * first answer; on an index of this size a query takes a few milliseconds, so the worker buys nothing visible.
   */
  noWorker: true,
  ranking: {
    /**
     * Other names of the entity a page is about (`names`, on entity pages) count like its title, so that any spelling
     * puts the entity's own page first; other names of entities a page only mentions (`aliases`, on briefings) count
     * like body text, enough to find the page without lifting it over pages that use the word itself.
     */
    metaWeights: { title: 5, names: 5, aliases: 1 },
  },
} as const;

/** The URL parameter that carries the words to mark to a result page (read by Pagefind's highlight script). */
export const highlightParam = 'highlight';
