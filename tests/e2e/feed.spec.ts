import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from '../helpers/builtSite';
import { readFeed } from '../helpers/readFeed';

// The sample book's feed as a feed reader (feedsmith) reads it. The hostile fixture's feed is tested in
// tests/build/escaping.test.ts.
test('the RSS feed parses, links to itself and dates itself from its newest briefing', async ({ request }) => {
  const xml = readFileSync(path.join(distDir, 'rss.xml'), 'utf8');
  const { feed, items } = readFeed(xml);
  expect(items.length).toBeGreaterThan(0);
  expect(feed.atom?.links).toContainEqual({ href: new URL('rss.xml', feed.link).href, rel: 'self', type: 'application/rss+xml' });
  // The build date comes from the content, not the clock, so that the same content builds the same feed.
  const newest = Math.max(...(feed.items ?? []).map((item) => Date.parse(item.pubDate ?? '')));
  expect(Date.parse(feed.lastBuildDate ?? '')).toBe(newest);
  for (const item of items) {
    expect(item.descriptionElements, item.title).toEqual([]);
    expect(item.descriptionText.length, item.title).toBeGreaterThan(20);
    // Escaped once for HTML and once for XML, no more: the reader shows an apostrophe, not "&#39;".
    expect(item.descriptionText, item.title).not.toMatch(/&(#\d+|[a-z]+);/);
    // Every item links to a page of the site that exists.
    const response = await request.get(new URL(item.link).pathname);
    expect(response.status(), item.link).toBe(200);
  }
});
