/** Currency signs Pagefind keeps in a query but drops from the indexed text, so "$400" would match nothing. */
const currencySigns = /\p{Sc}/gu;

/**
 * Prepares what a reader typed for Pagefind: drops currency signs ("$400 billion" finds "$400 billion" on the page,
 * indexed as "400 billion") and squeezes spaces. Digit grouping needs nothing: Pagefind drops the comma of "63,000"
 * on both sides. Quotes are kept, since a fully quoted query asks Pagefind for an exact phrase.
 *
 * @example normalizeSearchQuery('  $400   billion ') // "400 billion"
 * @example normalizeSearchQuery('"military police"') // "\"military police\""
 */
export function normalizeSearchQuery(query: string): string {
  return query.replace(currencySigns, ' ').replace(/\s+/g, ' ').trim();
}
