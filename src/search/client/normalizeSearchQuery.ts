/** Currency signs Pagefind keeps in a query but drops from the indexed text, so "$400" would match nothing. */
const currencySigns = /\p{Sc}/gu;

/**
 * Prepares what a reader typed for Pagefind: drops currency signs ("$40 million" finds "$40 million" on the page,
 * indexed as "40 million") and squeezes spaces. Digit grouping needs nothing: Pagefind drops the comma of "12,000"
 * on both sides. Quotes are kept, since a fully quoted query asks Pagefind for an exact phrase.
 *
 * @example normalizeSearchQuery('  $40   million ') // "40 million"
 * @example normalizeSearchQuery('"military police"') // "\"military police\""
 */
export function normalizeSearchQuery(query: string): string {
  return query.replace(currencySigns, ' ').replace(/\s+/g, ' ').trim();
}
