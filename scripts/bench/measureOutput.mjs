// Measures a built site on disk: its size, its pages' sizes by kind, what a first view of a briefing loads, and the
// Pagefind index. Everything is read from the built files, so the numbers do not depend on a server.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, relative));
    else files.push(relative);
  }
  return files;
}

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;
const median = (values) => {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * The kind of page an HTML file is, from its path: the briefing pages, and the listing pages whose size must not
 * grow with the number of briefings.
 */
export function classifyPage(file, briefingIds) {
  const parts = file.split('/');
  if (file === 'index.html') return 'home';
  if (parts[0] === 'briefings') {
    if (parts.length === 3 && briefingIds.has(parts[1])) return 'briefing';
    return 'briefing index';
  }
  if (parts[0] === 'topics') return parts.length === 2 ? 'topic index' : 'topic';
  if (parts[0] === 'entities') return parts.length === 2 ? 'entity index' : 'entity';
  if (parts[0] === 'sources') return parts.length === 2 ? 'source index' : 'source';
  if (parts[0] === 'figures') return parts.length === 2 ? 'figure index' : 'figure';
  if (parts[0] === 'events' || parts[0] === 'timeline') return 'timeline';
  return parts.length === 1 ? 'other' : parts[0];
}

const attribute = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((value) => value !== undefined);

/**
 * Whether a stylesheet's `media` may apply to a screen: absent, `all`, `screen`, or a query of either (a width
 * query with no media type counts too, since some screen matches it). A sheet only for another medium, such as
 * `media="print"`, neither blocks rendering nor is needed to show the page, so a first view leaves it out.
 */
export function appliesOnScreen(media) {
  if (media === undefined) return true;
  return media.split(',').some((query) => {
    const type = /^\s*(?:only\s+)?([a-z-]+)\b(?!\s*:)/i.exec(query)?.[1]?.toLowerCase();
    return type === undefined || type === 'all' || type === 'screen' || type === 'not';
  });
}

/**
 * The stylesheets a screen applies, the scripts and module preloads a page references, and its inline script
 * text. Stylesheets for other media (print) are listed apart, in `otherMediaStyles`.
 */
export function listPageAssets(html) {
  const styles = [];
  const otherMediaStyles = [];
  const scripts = [];
  let inlineScript = 0;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) (appliesOnScreen(attribute(tag, 'media')) ? styles : otherMediaStyles).push(href);
    if (rel.includes('modulepreload')) scripts.push(href);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${match[1]}>`;
    const src = attribute(tag, 'src');
    const type = (attribute(tag, 'type') ?? '').toLowerCase();
    if (src) scripts.push(src);
    else if (!type.includes('json')) inlineScript += Buffer.byteLength(match[2]);
  }
  return { styles, otherMediaStyles, scripts, inlineScript };
}

/** A site URL (absolute or relative to the page) as a file in `dir`, or undefined when it is not one of ours. */
function resolveAsset(dir, pageFile, href) {
  if (/^[a-z]+:|^\/\//i.test(href)) return undefined;
  const clean = href.split(/[?#]/)[0];
  const file = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(pageFile), clean);
  const full = path.join(dir, file);
  return existsSync(full) && statSync(full).isFile() ? file : undefined;
}

/** A script and everything it imports statically (not `import()`), since those load before it runs. */
function collectScripts(dir, file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const text = readFileSync(path.join(dir, file), 'utf8');
  for (const match of text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    const imported = resolveAsset(dir, file, match[1]);
    if (imported) collectScripts(dir, imported, seen);
  }
}

/**
 * What a first view of one page loads, gzip-compressed as a server would send it: the HTML, the stylesheets it
 * links for the screen (not the print stylesheet), and the scripts it loads before the reader does anything (with
 * their static imports).
 */
export function measureFirstView(dir, pageFile) {
  const html = readFileSync(path.join(dir, pageFile));
  const { styles, scripts, inlineScript } = listPageAssets(html.toString('utf8'));
  const cssFiles = [...new Set(styles.map((href) => resolveAsset(dir, pageFile, href)).filter(Boolean))];
  const jsFiles = new Set();
  for (const href of scripts) {
    const file = resolveAsset(dir, pageFile, href);
    if (file) collectScripts(dir, file, jsFiles);
  }
  const sum = (files) => files.reduce((total, file) => total + gzipSize(readFileSync(path.join(dir, file))), 0);
  const htmlGzip = gzipSize(html);
  const cssGzip = sum(cssFiles);
  const jsGzip = sum([...jsFiles]);
  return { htmlGzip, cssGzip, jsGzip, inlineScript, total: htmlGzip + cssGzip + jsGzip, cssFiles, jsFiles: [...jsFiles] };
}

/**
 * Sizes of a built site.
 *
 * @example measureOutput('.bench/out/briefbook-1000', new Set(['note-0001-…', …]))
 * // { distBytes, files, pages, briefingHtml: { median, max }, byKind: { home: { count, maxBytes }, … }, firstView, pagefind }
 */
export function measureOutput(dir, briefingIds, { firstViewSamples = 25 } = {}) {
  const files = listFiles(dir);
  let distBytes = 0;
  const sizes = new Map();
  for (const file of files) {
    const size = statSync(path.join(dir, file)).size;
    sizes.set(file, size);
    distBytes += size;
  }
  const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  const byKind = {};
  for (const file of pages) {
    const kind = classifyPage(file, briefingIds);
    const entry = (byKind[kind] ??= { count: 0, maxBytes: 0, largest: '' });
    entry.count += 1;
    if (sizes.get(file) > entry.maxBytes) Object.assign(entry, { maxBytes: sizes.get(file), largest: file });
  }
  const briefingPages = pages.filter((file) => classifyPage(file, briefingIds) === 'briefing').sort();
  const briefingSizes = briefingPages.map((file) => sizes.get(file));
  const step = Math.max(1, Math.floor(briefingPages.length / firstViewSamples));
  const samples = briefingPages.filter((_, index) => index % step === 0).slice(0, firstViewSamples);
  const views = samples.map((file) => measureFirstView(dir, file));
  const pagefindFiles = files.filter((file) => file.startsWith('pagefind/'));
  // The index proper: what grows with the content (index chunks, fragments, filters, metadata), not the fixed scripts.
  const indexFiles = pagefindFiles.filter((file) => /^pagefind\/(index|fragment|filter)\/|pagefind-entry\.json$|\.pf_meta$/.test(file));
  return {
    distBytes,
    files: files.length,
    pages: pages.length,
    briefingPages: briefingPages.length,
    briefingHtml: { median: median(briefingSizes), max: Math.max(0, ...briefingSizes) },
    byKind,
    firstView: {
      samples: samples.length,
      htmlGzip: median(views.map((view) => view.htmlGzip)),
      cssGzip: median(views.map((view) => view.cssGzip)),
      jsGzip: median(views.map((view) => view.jsGzip)),
      inlineScript: median(views.map((view) => view.inlineScript)),
      total: median(views.map((view) => view.total)),
      maxTotal: Math.max(0, ...views.map((view) => view.total)),
      jsFiles: [...new Set(views.flatMap((view) => view.jsFiles))],
      cssFiles: [...new Set(views.flatMap((view) => view.cssFiles))],
    },
    pagefind: {
      bytes: pagefindFiles.reduce((total, file) => total + sizes.get(file), 0),
      files: pagefindFiles.length,
      indexBytes: indexFiles.reduce((total, file) => total + sizes.get(file), 0),
    },
  };
}
