import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Checks on the built real site in dist/ (built by `npm test` before the browser tests run).
const dist = path.resolve(import.meta.dirname, '../../dist');
const content = path.resolve(import.meta.dirname, '../../content');
const idsIn = (folder: string, extension: string) =>
  readdirSync(path.join(content, folder)).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length));
const read = (relative: string) => readFileSync(path.join(dist, relative), 'utf8');

test('every briefing, entity, source and topic has its page', () => {
  for (const id of idsIn('briefings', '.mdx')) expect(existsSync(path.join(dist, 'briefings', id, 'index.html')), id).toBe(true);
  for (const id of idsIn('entities', '.yaml')) expect(existsSync(path.join(dist, 'entities', id, 'index.html')), id).toBe(true);
  for (const id of idsIn('sources', '.yaml')) expect(existsSync(path.join(dist, 'sources', id, 'index.html')), id).toBe(true);
  const topics = readFileSync(path.join(content, 'topics.yaml'), 'utf8').match(/^[a-z0-9-]+(?=:)/gm) ?? [];
  expect(topics.length).toBeGreaterThan(0);
  for (const id of topics) expect(existsSync(path.join(dist, 'topics', id, 'index.html')), id).toBe(true);
  for (const page of ['index.html', '404.html', 'about/index.html', 'source-notes/index.html', 'briefings/index.html', 'entities/index.html']) {
    expect(existsSync(path.join(dist, page)), page).toBe(true);
  }
});

test('the RSS feed lists every briefing, and each update as an item of its own, with absolute links', () => {
  const feed = read('rss.xml');
  const briefings = idsIn('briefings', '.mdx');
  // An update is an item of its own, linked to its entry on the briefing (docs/keeping-current.md).
  const updates = briefings.flatMap((id) => {
    const frontMatter = readFileSync(path.join(content, 'briefings', `${id}.mdx`), 'utf8').split(/^---$/m)[1] ?? '';
    const list = /^updates:\n((?:\s+.*\n)+)/m.exec(frontMatter)?.[1] ?? '';
    return (list.match(/^\s+- /gm) ?? []).map((_, index) => `${id}/#update-${index + 1}`);
  });
  expect(feed.match(/<item>/g)?.length).toBe(Math.min(briefings.length + updates.length, 50));
  for (const id of briefings) expect(feed).toMatch(new RegExp(`<link>https?://[^<]+/briefings/${id}/</link>`));
  for (const anchor of updates) expect(feed).toMatch(new RegExp(`<link>https?://[^<]+/briefings/${anchor}</link>`));
});

test('the sitemap lists the pages under the configured site URL', () => {
  const sitemap = readdirSync(dist).filter((name) => /^sitemap-\d+\.xml$/.test(name)).map(read).join('');
  const locations = sitemap.match(/<loc>[^<]+<\/loc>/g) ?? [];
  expect(locations.length).toBeGreaterThan(idsIn('entities', '.yaml').length);
  expect(locations.every((location) => location.startsWith('<loc>https://'))).toBe(true);
  expect(read('robots.txt')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
});

test('briefing pages carry a description, canonical URL and Open Graph tags', () => {
  const [id] = idsIn('briefings', '.mdx');
  const html = read(`briefings/${id}/index.html`);
  expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/briefings/${id}/">`));
  expect(html).toMatch(/<meta name="description" content="[^"]{40,}">/);
  expect(html).toMatch(/<meta property="og:type" content="article">/);
  expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
});
