import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { distDir, listFiles } from '../helpers/builtSite';
import { walkHtml, type HtmlNode } from '../helpers/walkHtml';

/** The `_headers` file as rules: path pattern → header name → value. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      current!.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

const directivesOf = (policy: string) =>
  new Map(policy.split(';').map((directive) => directive.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name!, sources]));
const isHash = (source: string) => source.startsWith("'sha");

const headersText = readFileSync(path.join(distDir, '_headers'), 'utf8');
const headers = readHeadersFile(headersText);

test('_headers sends the security headers a <meta> cannot, and caches hashed assets for good', () => {
  const site = headers.get('/*');
  expect(site?.get('x-content-type-options')).toBe('nosniff');
  expect(site?.get('referrer-policy')).toBe('same-origin');
  expect(directivesOf(site?.get('content-security-policy') ?? '').get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers.get('/_astro/*')?.get('cache-control')).toBe('public, max-age=31536000, immutable');
  // Cloudflare Pages refuses longer lines.
  for (const line of headersText.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
});

test('the header CSP is the pages\' meta CSP: the same directives and sources, and every inline script and style hash', () => {
  const header = directivesOf(headers.get('/*')?.get('content-security-policy') ?? '');
  const usedHashes = new Set<string>();
  const pages = listFiles().filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const nodes = [...walkHtml(parse(readFileSync(path.join(distDir, page), 'utf8')) as unknown as HtmlNode)];
    const attr = (node: HtmlNode, name: string) => node.attrs?.find((attribute) => attribute.name === name)?.value;
    const metaPolicy = nodes.find((node) => node.tagName === 'meta' && attr(node, 'http-equiv') === 'content-security-policy');
    const meta = directivesOf(attr(metaPolicy!, 'content') ?? '');
    expect(meta.size, page).toBeGreaterThan(0);
    // The same directives, plus frame-ancestors, which a meta policy cannot hold.
    expect([...header.keys()].sort(), page).toEqual([...meta.keys(), 'frame-ancestors'].sort());
    for (const [name, sources] of meta) {
      expect(header.get(name)!.filter((source) => !isHash(source)), `${page} ${name}`).toEqual(sources.filter((source) => !isHash(source)));
    }
    // Both policies apply to the page: each inline script and style must be allowed by the header as by the meta.
    for (const node of nodes) {
      const directive = node.tagName === 'script' && attr(node, 'src') === undefined ? 'script-src' : node.tagName === 'style' ? 'style-src' : undefined;
      if (!directive) continue;
      const code = (node.childNodes ?? []).map((child) => child.value ?? '').join('');
      const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
      expect(meta.get(directive), `${page}: meta ${directive}`).toContain(hash);
      expect(header.get(directive), `${page}: header ${directive}`).toContain(hash);
      usedHashes.add(hash);
    }
  }
  // And no hash in the header that no page needs.
  const headerHashes = [...header.values()].flat().filter(isHash);
  expect(headerHashes.filter((hash) => !usedHashes.has(hash))).toEqual([]);
});
