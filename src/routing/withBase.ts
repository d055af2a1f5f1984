/**
 * Prefixes a site-relative path with the configured base, so the site works when served from a sub-folder.
 *
 * @example withBase('briefings/') // "/briefings/" at the root, "/book/briefings/" under base "/book/"
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}
