import { highlightParam } from './pagefindSearchOptions';

/**
 * Adds the terms to mark to a result URL, before any `#fragment`, as repeated `highlight` parameters, which
 * the result page reads to mark them (Pagefind's highlight script).
 *
 * @example withHighlight('/entities/east-quay/', ['quay']) // "/entities/east-quay/?highlight=quay"
 * @example withHighlight('/briefings/x/#the-visit', ['Ellison']) // "/briefings/x/?highlight=Ellison#the-visit"
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const params = terms.map((term) => `${highlightParam}=${encodeURIComponent(term)}`).join('&');
  return `${base}${base.includes('?') ? '&' : '?'}${params}${hash}`;
}
