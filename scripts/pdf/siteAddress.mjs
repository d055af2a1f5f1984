// Where the exported PDFs link to: the published site, never the temporary server the pages are printed from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSite, readEnv } from '../../src/config/env.ts';

// The site a build is published at when BRIEFBOOK_SITE is not set (src/config/env.ts, the one reader of the
// environment). Used only for a built site that carries no canonical address to read it from.
export { defaultSite };

/** BRIEFBOOK_SITE as src/config/env.ts reads and validates it, or undefined when it is not set. */
const givenSite = () => {
  const env = readEnv();
  return env.siteGiven ? env.site : undefined;
};

/** `site` as an absolute http(s) URL string ending in a slash, so relative paths resolve under its sub-path. */
export function normalizeSite(site, what = 'BRIEFBOOK_SITE') {
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`${what} is not an absolute URL: "${site}". Give the published address, e.g. https://example.org/briefs/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${what} must be an http(s) address, not "${site}".`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** The path the site lives under on its host: "/" at the root, "/briefs/" for https://example.org/briefs/. */
export const basePathOf = (site) => new URL(site).pathname;

/** The home page's canonical address in a built site (the site URL the build was made for), if it has one. */
export function readBuiltSite(dist) {
  let html;
  try {
    html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  const link = /<link\b[^>]*\brel="canonical"[^>]*>/.exec(html)?.[0];
  const href = link && /\bhref="([^"]+)"/.exec(link)?.[1];
  return href ? normalizeSite(href.replaceAll('&amp;', '&'), `The canonical address in ${path.join(dist, 'index.html')}`) : undefined;
}

/**
 * The published site the PDFs link to: BRIEFBOOK_SITE, as for the build; without it, the site the build was made
 * for (its pages' canonical addresses), so `BRIEFBOOK_SITE=… npm run build` then a plain `npm run pdf` still
 * agree. A BRIEFBOOK_SITE that differs from the build's is honoured, with a warning to build again.
 */
export function resolvePublishedSite(dist, envSite = givenSite()) {
  const built = readBuiltSite(dist);
  if (!envSite) return { site: built ?? defaultSite };
  const site = normalizeSite(envSite);
  const warning =
    built && built !== site
      ? `The pages in ${dist} give ${built} as their address, but BRIEFBOOK_SITE is ${site}: the PDFs link to ${site}. ` +
        'Build again with the same BRIEFBOOK_SITE so pages and PDFs agree.'
      : undefined;
  return { site, warning };
}

/**
 * The published address of a link the print server resolved. `localRoot` is the server's address of the site's
 * home page (origin plus base path). A path outside the base is taken as relative to the site root, so links
 * written before a base path was configured still point into the site.
 */
export function toPublishedUrl(localHref, localRoot, site) {
  const url = new URL(localHref);
  const root = new URL(localRoot);
  if (url.origin !== root.origin) return url.href;
  const inside = url.pathname.startsWith(root.pathname) ? url.pathname.slice(root.pathname.length) : url.pathname.replace(/^\/+/, '');
  return new URL(`${inside}${url.search}${url.hash}`, site).href;
}
