/**
 * The URL Pagefind gives a built HTML file, from its path relative to the output folder: `index.html` is dropped
 * (Pagefind's default, `keepIndexUrl: false`) and separators become slashes.
 *
 * @example pagefindUrlOf('briefings/harbour-reopening/index.html') // "/briefings/harbour-reopening/"
 * @example pagefindUrlOf('404.html') // "/404.html"
 */
export function pagefindUrlOf(relativePath: string): string {
  const path = `/${relativePath.split(/[\\/]+/).filter(Boolean).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
