import { expect, test } from '@playwright/test';
import { distDir, listPages } from '../helpers/builtSite';
import { findBrokenLinks } from '../helpers/findBrokenLinks';
import { readEnv } from '../../src/config/env';

// The validity gate for links: every internal link and #fragment in the built site resolves, including links to
// files (/rss.xml, data downloads) and the page addresses in the sitemap and the feed.
test('no internal link or #fragment in the built site is broken', () => {
  expect(listPages().length).toBeGreaterThan(10);
  const broken = findBrokenLinks(distDir, readEnv().site);
  expect(broken.map(({ from, href, reason }) => `${from}: ${href} — ${reason}`)).toEqual([]);
});
