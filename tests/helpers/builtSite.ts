import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The built site that `npm test` makes once (`npm run build`) and every site-level test reads. */
export const distDir = path.resolve(import.meta.dirname, '../../dist');

/** Every file under a folder, as paths relative to it, sorted. */
export function listFiles(folder: string = distDir): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(folder, relative)).sort()) {
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(folder, child)).isDirectory()) walk(child);
      else files.push(child);
    }
  };
  walk('');
  return files;
}

/** The URL path a built HTML file is served at: `briefings/x/index.html` → `/briefings/x/`, `404.html` → `/404.html`. */
export const urlOfFile = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Every HTML page of the built site, as URL paths. */
export const listPages = (folder: string = distDir) => listFiles(folder).filter((file) => file.endsWith('.html')).map(urlOfFile);

/**
 * One page of each kind: the home page, each top-level page, and the first page under each folder of pages
 * (`/briefings/<id>/`, `/entities/<id>/`, …). New kinds of page are picked up as they are built.
 *
 * @example pageTypes(['/', '/briefings/', '/briefings/a/', '/briefings/b/']) // ['/', '/briefings/', '/briefings/a/']
 */
export function pageTypes(pages: readonly string[] = listPages()): string[] {
  const byKind = new Map<string, string>();
  for (const page of [...pages].sort()) {
    const segments = page.split('/').filter(Boolean);
    const kind = segments.length >= 2 ? `${segments[0]}/*` : page;
    if (!byKind.has(kind)) byKind.set(kind, page);
  }
  return [...byKind.values()];
}
