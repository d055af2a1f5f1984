import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { walkHtml, type HtmlNode } from './walkHtml';
import { listFiles, urlOfFile } from './builtSite';

export interface BrokenLink {
  /** The page or file the link is in. */
  from: string;
  /** The link as written. */
  href: string;
  reason: string;
}

/** Attributes that hold one URL, by element. `srcset` and CSS `url()` are handled apart. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/**
 * Checks every internal link of a built site: `href`, `src`, `srcset`, `action` and SVG `href` in every HTML page,
 * `url()` in stylesheets, and the page addresses in XML files (sitemaps, feeds). A link is internal when it is
 * relative, root-relative, or absolute under `site`. It is broken when no file is served at its path (a folder
 * path must end in `/`, as the site's `trailingSlash: 'always'` promises), or when its `#fragment` names no
 * element of the target page. The site is served under `site`'s path (its base): with
 * `https://example.org/briefs/`, the file `about/index.html` is at `/briefs/about/`, and a link to `/about/` is broken.
 *
 * @example findBrokenLinks('dist', 'https://briefbook.example.org/') // [] when every link resolves
 * @example findBrokenLinks('dist', 'https://example.org/briefs/') // [] when every link stays under /briefs/
 */
export function findBrokenLinks(distDir: string, site: string): BrokenLink[] {
  const files = listFiles(distDir);
  const origin = new URL(site);
  const basePath = origin.pathname.endsWith('/') ? origin.pathname : `${origin.pathname}/`;
  const base = new URL('http://briefbook.invalid/');
  const idsByFile = new Map<string, Set<string>>();
  const documents = new Map<string, HtmlNode>();
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const document = parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown as HtmlNode;
    documents.set(file, document);
    const ids = new Set<string>();
    for (const node of walkHtml(document)) {
      for (const attr of node.attrs ?? []) if (attr.name === 'id' || (attr.name === 'name' && node.tagName === 'a')) ids.add(attr.value);
    }
    idsByFile.set(file, ids);
  }

  const broken: BrokenLink[] = [];
  /** The file a site path is served from, or undefined. */
  const fileOf = (pathname: string): string | undefined => {
    const relative = decodeURIComponent(pathname).replace(/^\//, '');
    if (relative === '' || relative.endsWith('/')) {
      const index = `${relative}index.html`;
      return existsSync(path.join(distDir, index)) ? index : undefined;
    }
    const absolute = path.join(distDir, relative);
    return existsSync(absolute) && statSync(absolute).isFile() ? relative : undefined;
  };

  const check = (from: string, href: string) => {
    const trimmed = href.trim();
    if (trimmed === '' || /^(mailto|tel|data|javascript):/i.test(trimmed)) return;
    let url: URL;
    const pageUrl = new URL(`${basePath}${(from.endsWith('.html') ? urlOfFile(from) : `/${from}`).slice(1)}`, base);
    try {
      url = new URL(trimmed, pageUrl);
    } catch {
      broken.push({ from, href, reason: 'not a valid URL' });
      return;
    }
    let pathname: string;
    if (url.origin !== base.origin && url.origin !== origin.origin) return; // External: not this site's to check.
    if (!url.pathname.startsWith(basePath)) {
      broken.push({ from, href, reason: `outside the site's base path ${basePath}` });
      return;
    }
    pathname = `/${url.pathname.slice(basePath.length)}`;
    const target = fileOf(pathname);
    if (!target) {
      const folder = fileOf(`${pathname}/`);
      broken.push({ from, href, reason: folder ? `no file at ${pathname}; the page is at ${pathname}/ (links end in /)` : `no file at ${pathname}` });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && fragment !== 'top') {
      const ids = idsByFile.get(target);
      if (!ids) broken.push({ from, href, reason: `#${fragment} points into ${target}, which is not an HTML page` });
      else if (!ids.has(fragment)) broken.push({ from, href, reason: `no element with id="${fragment}" in ${target}` });
    }
  };

  for (const [file, document] of documents) {
    for (const node of walkHtml(document)) {
      const attributes = urlAttributes[node.tagName ?? ''] ?? [];
      for (const attr of node.attrs ?? []) {
        if (attributes.includes(attr.name)) check(file, attr.value);
        if (attr.name === 'srcset') for (const candidate of attr.value.split(',')) check(file, candidate.trim().split(/\s+/)[0] ?? '');
      }
    }
  }
  for (const file of files) {
    if (file.endsWith('.css')) {
      for (const match of readFileSync(path.join(distDir, file), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        if (!match[2]!.startsWith('#')) check(file, match[2]!);
      }
    } else if (file.endsWith('.xml')) {
      for (const match of readFileSync(path.join(distDir, file), 'utf8').matchAll(/<(loc|link)>([^<]+)<\/\1>/g)) check(file, match[2]!);
    }
  }
  return broken;
}
