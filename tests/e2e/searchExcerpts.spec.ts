import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir } from '../helpers/builtSite';

// Words from adjacent table cells, captions and labels stay apart in the search index and so in the excerpts
// (src/search/build/separateBlocks.ts; docs/search.md). Pagefind's fragments hold the text excerpts are cut from.

/** The indexed text of every page: Pagefind's fragments are gzip files of "pagefind_dcd" and a JSON record. */
function indexedTexts(): string[] {
  const folder = path.join(distDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const text = gunzipSync(readFileSync(path.join(folder, file))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content;
  });
}

test('the index keeps a space between table cells, captions and labels', () => {
  const texts = indexedTexts();
  expect(texts.length).toBeGreaterThan(10);
  const all = texts.join('\n');
  // A chart's data table: caption, then the header cells.
  expect(all).toContain('Place Kind Status Coordinates On this map');
  expect(all).not.toMatch(/isPlace|KindStatus|CoordinatesOn/);
  // A key judgment: likelihood, then confidence.
  expect(all).toMatch(/\(55–80%\) (Low|Moderate|High) confidence/);
  expect(all).not.toMatch(/%\)(Low|Moderate|High)/);
  // A chart's source line, then its downloads.
  expect(all).not.toMatch(/\S(?<! )Download:/);
  // The about page's tables: header cells.
  expect(all).toContain('Term Probability');
});

test('search excerpts read "Coordinates On this map" and "(55–80%) … confidence" with their spaces', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('coordinates')}`);
  await expect(page.locator('[data-search-count]')).toContainText('for “coordinates”');
  const excerpts = await page.locator('.search-excerpt').allTextContents();
  expect(excerpts.join(' ')).toContain('Coordinates On this map');
  expect(excerpts.join(' ')).not.toContain('CoordinatesOn');

  await page.goto(`/search/?q=${encodeURIComponent('likely confidence')}`);
  await expect(page.locator('[data-search-count]')).toContainText('for “likely confidence”');
  const judgments = (await page.locator('.search-excerpt').allTextContents()).join(' ');
  expect(judgments).toMatch(/%\) (Low|Moderate|High) confidence/);
  expect(judgments).not.toMatch(/%\)(Low|Moderate|High)/);
});
