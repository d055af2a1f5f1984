import type { SearchAlias } from './parseSearchAliases';

/** Lower case, no accents, no punctuation: roughly how Pagefind compares words. */
function wordsOf(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = new Set<string>();
  for (const word of folded.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)) {
    // Pagefind indexes "Ellison-Hart" as "ellisonhart" and as "ellison" and "hart"; do the same.
    words.add(word.replace(/['’-]/g, ''));
    for (const part of word.split(/['’-]+/)) if (part) words.add(part);
  }
  return [...words];
}

/** Every query word is the start of some word of the name, as Pagefind matches a prefix. */
function covers(name: string, queryWords: readonly string[]): boolean {
  const nameWords = wordsOf(name);
  return queryWords.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
}

/**
 * Explains why a page matched a query that its text may not contain: finds the entity whose other name the query
 * spells while its own name does not match. The search results use it to say "“Elison” is a spelling of
 * Mara Ellison". Returns `undefined` when the query matches a canonical name or no alias at all.
 *
 * @example
 * matchSearchAlias([{ name: 'Mara Ellison', others: ['Ellison', 'Elison'] }], 'elison')
 * // { name: 'Mara Ellison', alias: 'Elison' }
 * matchSearchAlias([{ name: 'Mara Ellison', others: ['Elison'] }], 'Ellison') // undefined
 */
export function matchSearchAlias(aliases: readonly SearchAlias[], query: string): { name: string; alias: string } | undefined {
  const queryWords = wordsOf(query.replace(/["“”]/g, ' '));
  if (queryWords.length === 0) return undefined;
  for (const { name, others } of aliases) {
    if (covers(name, queryWords)) continue;
    const alias = others.find((other) => covers(other, queryWords));
    if (alias) return { name, alias };
  }
  return undefined;
}
