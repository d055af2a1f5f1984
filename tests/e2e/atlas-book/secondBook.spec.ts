import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findBrokenLinks } from '../../helpers/findBrokenLinks';
import { readPdf } from '../../helpers/readPdf';

// The second fixture book (tests/fixtures/atlas-book), built for https://example.org/atlas/ and served under
// /atlas/ (playwright.config.ts, project "atlas-book"). Paths here are relative, so they resolve under the base.
const builtDir = path.resolve(import.meta.dirname, '../../../.briefbook/e2e-atlas');
const site = 'https://example.org/atlas/';
const title = 'North Atlantic harbors: the quota year';
const marking = 'Internal test fixture — not for release';
/** Anything of the sample book that could leak into another book's pages. */
const sampleBook = /Syria|Moscow|Assad|Open source — unclassified|Briefbook sample briefing book/;

test('the home page shows the book’s own identity and nothing of the sample book', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.site-footer__marking')).toHaveText(marking);
  expect(await page.locator('body').innerText()).not.toMatch(sampleBook);
  // Every link on the page stays under the base path.
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(hrefs.filter((href) => !href.startsWith('/atlas/'))).toEqual([]);
});

test('a briefing cites several sources, each citation leading to its own source’s paragraph', async ({ page }) => {
  await page.goto('briefings/quota-reform/');
  await expect(page).toHaveTitle(`The coastal quota scheme in brief · ${title}`);
  const cited = await page.locator('.briefing a[href*="/sources/"]').evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);
  expect(cited.sort()).toEqual(['/atlas/sources/ministry-statement/', '/atlas/sources/quota-review/']);
  await page.locator('.briefing a[href="/atlas/sources/ministry-statement/#p2"]').first().click();
  await expect(page).toHaveURL(/\/atlas\/sources\/ministry-statement\/#p2$/);
  await expect(page.locator('#p2')).toBeVisible();
});

test('a source page lists its paragraphs and the briefings that cite it', async ({ page }) => {
  await page.goto('sources/harbor-survey/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Harbor Traffic Survey 2026 (fictional)');
  await expect(page.locator('#p5')).toBeVisible();
  await expect(page.locator('a[href="/atlas/briefings/harbor-traffic/"]').first()).toBeVisible();
});

test('search loads its index from under the base path and finds the book’s pages', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`search/?q=${encodeURIComponent('Akureyri')}`);
  await expect(page.locator('[data-search-count]')).toContainText('for “Akureyri”');
  const results = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(results.slice(0, 5)).toContain('/atlas/entities/akureyri/');
  expect(results.every((href) => href.startsWith('/atlas/'))).toBe(true);
  // Pagefind's script, index and WebAssembly all come from the bundle under the base; nothing is asked of the root.
  expect(requests.filter((request) => request.startsWith('/atlas/pagefind/')).length).toBeGreaterThan(2);
  expect(requests.filter((request) => !request.startsWith('/atlas/'))).toEqual([]);
});

test('the map is fitted to the book’s focus country', async ({ page }) => {
  await page.goto('map/');
  await expect(page.locator('svg title').first()).toHaveText(/Map of Iceland and its neighbours with 4 places/);
  await expect(page.locator('svg desc').first()).toContainText('Locator map centred on Iceland');
  await expect(page.locator('.chart-land--focus').first()).toBeAttached();
  expect(await page.locator('main').innerText()).not.toMatch(sampleBook);
});

test('a briefing prints with the book’s marking and title', async ({ page }) => {
  await page.goto('briefings/harbor-traffic/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('html')).toHaveAttribute('data-print-marking', marking);
  await expect(page.locator('.briefing__marking')).toBeVisible();
  await expect(page.locator('.briefing__marking')).toHaveText(marking);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('built under /atlas/, the site has no broken link, asset, feed or sitemap entry', () => {
  expect(findBrokenLinks(builtDir, site).map(({ from, href, reason }) => `${from}: ${href} — ${reason}`)).toEqual([]);
  // The same links read as a site at the root would be broken: the check does see the base path.
  expect(findBrokenLinks(builtDir, 'https://example.org/').length).toBeGreaterThan(10);
});

test('npm run pdf exports the book under its sub-path, every site link under https://example.org/atlas/', async () => {
  test.setTimeout(180_000);
  // On a copy: the export writes its download links into the pages the other tests read.
  const dist = mkdtempSync(path.join(tmpdir(), 'briefbook-atlas-pdf-'));
  try {
    cpSync(builtDir, dist, { recursive: true });
    execFileSync(process.execPath, ['scripts/pdf.mjs', '--dist', dist], { env: { ...process.env, BRIEFBOOK_SITE: site }, stdio: ['ignore', 'ignore', 'inherit'] });
    const files = readdirSync(path.join(dist, 'pdf')).filter((file) => file.endsWith('.pdf'));
    expect(files).toContain('briefing-book.pdf');
    const uris = (await Promise.all(files.map((file) => readPdf(path.join(dist, 'pdf', file))))).flatMap((pdf) => pdf.links.flatMap((link) => (link.uri ? [link.uri] : [])));
    expect(uris.length).toBeGreaterThan(10);
    expect(uris.filter((uri) => !uri.startsWith(site) && !uri.startsWith('mailto:'))).toEqual([]);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
