import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { formatPolicy, isHashSource, parsePolicy, type Policy } from '../security/contentSecurityPolicy';
import { scanPagePolicy } from '../security/scanPagePolicy';

/**
 * Cloudflare Pages refuses a `_headers` line longer than this; Netlify has no limit. The build warns rather
 * than writing a file one of the two hosts would reject.
 */
const longestHeaderLine = 2000;

/** Headers a `<meta>` cannot carry, the same on every page. */
const fixedHeaders = {
  'X-Content-Type-Options': 'nosniff',
  // The address of a briefing is nobody else's business: other sites get no Referer, our own pages the full one.
  'Referrer-Policy': 'same-origin',
};

interface Element {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Element[];
  value?: string;
}

function* elementsOf(node: Element): Generator<Element> {
  yield node;
  for (const child of node.childNodes ?? []) yield* elementsOf(child);
}

const attribute = (element: Element, name: string) => element.attrs?.find((attr) => attr.name === name)?.value;
const textOf = (element: Element) => (element.childNodes ?? []).map((child) => child.value ?? '').join('');
const sha256Source = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** What one built page says about its policy: the meta CSP, and the hashes its inline scripts and styles need. */
export interface PagePolicy {
  meta: Policy;
  inline: { 'script-src': string[]; 'style-src': string[] };
}

const missingMeta = (file: string) => new Error(`${file} has no <meta http-equiv="content-security-policy">: check security.csp in astro.config.mjs.`);

/**
 * Reads the meta CSP and the inline code of one page; a page without the meta is an error (Astro adds it to all).
 * The tags are found by a scan of the page (scanPagePolicy), or by a full parse where the scan cannot be sure.
 */
export function readPagePolicy(html: string, file: string): PagePolicy {
  const scanned = scanPagePolicy(html);
  if (!scanned) return parsePagePolicy(html, file);
  if (!scanned.policy) throw missingMeta(file);
  // A copy: V8 keeps the text cut from a page as a view of the whole page, so a policy parsed from the cut would
  // keep every page read in memory until the `_headers` pass ends (about 0.9 GB at 3,000 notes).
  return { meta: parsePolicy(Buffer.from(scanned.policy).toString()), inline: { 'script-src': scanned.scripts.map(sha256Source), 'style-src': scanned.styles.map(sha256Source) } };
}

/** readPagePolicy by a full HTML parse: the reference the scan is tested against, and its fallback. */
export function parsePagePolicy(html: string, file: string): PagePolicy {
  const elements = [...elementsOf(parse(html) as unknown as Element)];
  const meta = elements.find((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta && attribute(meta, 'content');
  if (!content) throw missingMeta(file);
  const inlineOf = (tagName: string) =>
    elements.filter((element) => element.tagName === tagName && attribute(element, 'src') === undefined).map((element) => sha256Source(textOf(element)));
  return { meta: parsePolicy(content), inline: { 'script-src': inlineOf('script'), 'style-src': inlineOf('style') } };
}

/**
 * The site-wide policy for a header, from every page's meta policy. The directives and their keyword and host
 * sources are the meta's (they are the same on every page: they come from astro.config.mjs), plus
 * `frame-ancestors 'none'`, which only a header can carry. The hashes differ per page: Astro's meta lists one for
 * every script and style it emits, external files included, although `'self'` already admits those. The header
 * lists only the hashes of the inline scripts and styles that pages actually hold, so the line stays short enough
 * for every host however many pages there are. Both policies apply to a page, so each page stays held to its
 * own, exact list by its meta.
 */
export function siteWidePolicy(pages: readonly PagePolicy[]): Policy {
  const first = pages[0];
  if (!first) throw new Error('No pages to take a Content-Security-Policy from.');
  const policy: Policy = new Map();
  for (const [name, sources] of first.meta) {
    const kept = sources.filter((source) => !isHashSource(source));
    const inline = name === 'script-src' || name === 'style-src' ? pages.flatMap((page) => page.inline[name]) : [];
    policy.set(name, [...new Set([...kept, ...inline.sort()])]);
  }
  policy.set('frame-ancestors', ["'none'"]);
  return policy;
}

/** The `_headers` file (Netlify and Cloudflare Pages format) for a site served under `base`. */
export function renderHeadersFile(policy: Policy, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const lines = [
    '# Written by the build (src/integrations/staticHeaders.ts) from the pages\' Content-Security-Policy meta tags.',
    `${prefix}*`,
    `  Content-Security-Policy: ${formatPolicy(policy)}`,
    ...Object.entries(fixedHeaders).map(([name, value]) => `  ${name}: ${value}`),
    // Files under _astro/ carry a hash of their content in their name, so a changed file gets a new name.
    `${prefix}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  return `${lines.join('\n')}\n`;
}

/** The `_headers` integration, and where an earlier pass over the built pages hands them over as it reads them. */
export type StaticHeadersIntegration = AstroIntegration & {
  /** Takes a built page another pass has read (`file` relative to the output folder). */
  readPage(file: string, html: string): void;
};

/** A page's policy, or why it has none, without throwing (readPagePolicy). */
function policyOrProblem(html: string, file: string): PagePolicy | Error {
  try {
    return readPagePolicy(html, file);
  } catch (error) {
    return error as Error;
  }
}

/**
 * Writes `_headers` into the built site: the security headers static hosts can send but a page cannot. The pages
 * the search pass read already (`readPage`, wired in astro.config.mjs) are not read again; any other is.
 */
export function staticHeaders(): StaticHeadersIntegration {
  let base = '/';
  /** Each page's policy, or why it has none, by path relative to the output folder. */
  const read = new Map<string, PagePolicy | Error>();
  return {
    name: 'briefbook:static-headers',
    readPage(file, html) {
      read.set(file, policyOrProblem(html, file));
    },
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
        const found = await Promise.all(pages.map(async (file) => read.get(file) ?? policyOrProblem(await readFile(path.join(root, file), 'utf8'), file)));
        read.clear();
        const policies = found.map((policy) => {
          if (policy instanceof Error) throw policy;
          return policy;
        });
        const headers = renderHeadersFile(siteWidePolicy(policies), base);
        const longest = Math.max(...headers.split('\n').map((line) => line.length));
        if (longest > longestHeaderLine) logger.warn(`_headers has a line of ${longest} characters; Cloudflare Pages refuses lines over ${longestHeaderLine}.`);
        await writeFile(path.join(root, '_headers'), headers);
        logger.info(`Wrote _headers (${headers.length} bytes) from ${pages.length} pages.`);
      },
    },
  };
}
