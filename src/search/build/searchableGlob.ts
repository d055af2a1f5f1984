/**
 * A Pagefind glob that covers the folders holding searchable pages and nothing else, so that Pagefind does not
 * parse pages it would skip anyway (the briefing book's volumes are the largest pages of the site). Root-level
 * files are named one by one; a folder is taken whole.
 *
 * @example searchableGlob(['briefings/a/index.html', 'about/index.html', 'index.html'])
 * // "{about/**\/*.html,briefings/**\/*.html,index.html}"
 */
export function searchableGlob(relativePaths: readonly string[]): string {
  const parts = new Set<string>();
  for (const relative of relativePaths) {
    const [first, ...rest] = relative.split(/[\\/]+/);
    parts.add(rest.length === 0 ? first! : `${first}/**/*.html`);
  }
  return `{${[...parts].sort().join(',')}}`;
}
