import { normalizeSearchQuery } from './normalizeSearchQuery';

/**
 * The words to mark on a result page, as the reader typed them: the highlighter finds text, not index terms, so
 * "al-Sharaa" must stay hyphenated (Pagefind's own terms would be "alsharaa"), and a bare number gets its grouped
 * form too ("63000" also marks "63,000"). Quotes and stray punctuation at the ends are dropped.
 *
 * @example highlightTermsOf('Ahmed al-Sharaa') // ["Ahmed", "al-Sharaa"]
 * @example highlightTermsOf('$63000 sorties') // ["63000", "63,000", "sorties"]
 * @example highlightTermsOf('"military police"') // ["military", "police"]
 */
export function highlightTermsOf(query: string): string[] {
  const terms: string[] = [];
  for (const word of normalizeSearchQuery(query).split(' ')) {
    const term = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!term) continue;
    terms.push(term);
    if (/^\d{4,}$/.test(term)) terms.push(Number(term).toLocaleString('en-US'));
  }
  return [...new Set(terms)];
}
