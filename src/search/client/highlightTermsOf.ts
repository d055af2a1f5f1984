import { normalizeSearchQuery } from './normalizeSearchQuery';

/**
 * The words to mark on a result page, as the reader typed them: the highlighter finds text, not index terms, so
 * "Ellison-Hart" must stay hyphenated (Pagefind's own terms would be "ellisonhart"), and a bare number gets its grouped
 * form too ("12000" also marks "12,000"). Quotes and stray punctuation at the ends are dropped.
 *
 * @example highlightTermsOf('Mara Ellison-Hart') // ["Mara", "Ellison-Hart"]
 * @example highlightTermsOf('$12000 ships') // ["12000", "12,000", "ships"]
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
