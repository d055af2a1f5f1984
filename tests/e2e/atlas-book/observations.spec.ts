import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { axeConditions } from '../../helpers/axeConditions';

// The second fixture book's figure kept as observations (tests/fixtures/atlas-book/figures/boats-awaiting-permits.yaml:
// four readings from two sources, who differ on 17 February 2027) and its comparisons, in the briefing
// briefings/permit-queue/ and on /figures/. Paths are relative to the book's base, /atlas/.
const disputed = /85 boats \(Ports bulletin\) to at least 110 boats \(Owners’ circular\), as of 17 February 2027|85 boats \(Ports bulletin\) to at least 110 boats \(Owners' circular\), as of 17 February 2027/;

async function expectSeriesAndComparisons(page: Page) {
  const series = page.locator('[data-figure-series="boats-awaiting-permits"]');
  await expect(series.locator('svg[role="img"]:visible')).toHaveCount(1);
  await expect(series.locator('svg title').first()).toHaveText(disputed);
  // Every reading, in words, in the table: qualifier, day, source.
  const rows = await series.locator('.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  expect(rows).toHaveLength(4);
  expect(rows[0]).toMatch(/As of 20 January 2027 .*an estimated 160 boats .*Owners. circular/);
  expect(rows[1]).toMatch(/about 140 boats .*Ports bulletin/);
  expect(rows[3]).toMatch(/at least 110 boats .*Owners. circular.*Sources differ on this day/);
  // The drawing keeps the qualifiers: a hatched estimate, a dashed approximate square, an arrow for the lower bound, the span.
  await expect(series.locator('svg:visible .chart-unit.is-estimate')).toHaveCount(1);
  await expect(series.locator('svg:visible .chart-unit.is-approximate')).toHaveCount(1);
  await expect(series.locator('svg:visible .chart-open-end')).toHaveCount(1);
  await expect(series.locator('svg:visible [data-key="disputed-2027-02-17"]')).toHaveCount(1);

  const compare = page.locator('[data-figure-compare="small-boats boats-awaiting-permits"]');
  await expect(compare.locator('svg[role="img"]:visible')).toHaveCount(1);
  await expect(compare.locator('.chart-table tbody tr')).toHaveCount(3);
  // The disputed figure gets a bar per source.
  await expect(compare.locator('svg:visible [data-key^="boats-awaiting-permits-"]')).toHaveCount(2);
  await expect(page.locator('[data-figure-compare="akureyri-calls isafjordur-calls"] .chart-table tbody tr')).toHaveCount(2);
}

test('a briefing shows the disputed day in words, the time series and the comparisons on screen', async ({ page }) => {
  await page.goto('briefings/permit-queue/');
  await expect(page.locator('.briefing .figure-value[data-figure="boats-awaiting-permits"]')).toHaveText(disputed);
  await expectSeriesAndComparisons(page);
});

test('on a phone the narrow drawings show and nothing overflows the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('briefings/permit-queue/');
  await expectSeriesAndComparisons(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the charts, tables and the disputed readings are all there', async ({ page }) => {
    await page.goto('briefings/permit-queue/');
    await expectSeriesAndComparisons(page);
    await page.goto('figures/');
    const card = page.locator('#boats-awaiting-permits');
    await expect(card.locator('[data-disputed]')).toContainText('Sources differ on the latest day');
    await expect(card.locator('.figure-card__value')).toHaveText([/85\s*boats\s*\(Ports bulletin\)/, /at least\s*110\s*boats\s*\(Owners. circular\)/]);
  });
});

test('in print the series and comparison keep their wide drawings and tables', async ({ page }) => {
  await page.goto('briefings/permit-queue/');
  await page.emulateMedia({ media: 'print' });
  await expectSeriesAndComparisons(page);
  await expect(page.locator('[data-figure-series] svg.chart-variant--wide')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('/figures/ says plainly that its squares stand for different amounts, and same-unit figures share one', async ({ page }) => {
  await page.goto('figures/');
  await expect(page.locator('.unit-size-note')).toContainText('The squares do not stand for the same amount in every chart below');
  // Akureyri's 1,240 calls and Isafjordur's 610 are drawn in squares of one size.
  for (const id of ['akureyri-calls', 'isafjordur-calls']) await expect(page.locator(`#${id} .chart-key`)).toContainText('= 100 calls');
});

test('search finds the disputed figure by a reading only one source gives', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('Owners circular')}`);
  await expect(page.locator('[data-search-count]')).toContainText('Owners circular');
  const results = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(results).toEqual(expect.arrayContaining(['/atlas/briefings/permit-queue/']));
});

test('the downloads carry every reading with its source id', async ({ request }) => {
  const csv = await (await request.get('data/figures/boats-awaiting-permits.csv')).text();
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('id,label,observation,date,value,qualifier,estimated,text,unit,currency,period_from,period_to,period_label,as_of,disputed,note,source,paragraphs');
  expect(lines.slice(1).map((line) => line.split(',').slice(2, 6).concat(line.match(/,(owners-circular|ports-bulletin),/)![1]!))).toEqual([
    ['1', '2027-01-20', '160', 'estimated', 'owners-circular'],
    ['2', '2027-02-03', '140', 'about', 'ports-bulletin'],
    ['3', '2027-02-17', '85', 'exact', 'ports-bulletin'],
    ['4', '2027-02-17', '110', 'at least', 'owners-circular'],
  ]);
  const json = await (await request.get('data/figures/boats-awaiting-permits.json')).json();
  expect(json.disputed).toBe(true);
  expect(json.observations.map((observation: { disputed: boolean }) => observation.disputed)).toEqual([false, false, true, true]);
  const comparison = await (await request.get('data/charts/compare-small-boats--boats-awaiting-permits.csv')).text();
  expect(comparison.trim().split('\r\n')).toHaveLength(4);
  expect((await request.get('data/charts/compare-small-boats--boats-awaiting-permits.svg')).ok()).toBe(true);
});

for (const path of ['briefings/permit-queue/', 'figures/']) {
  test(`${path} has no WCAG 2.2 AA violations on screen (light and dark) and in print`, async ({ page }) => {
    await page.goto(path);
    const violations: string[] = [];
    for (const { media, colorScheme } of axeConditions) {
      await page.emulateMedia({ media, colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      violations.push(...results.violations.map((violation) => `${media}/${colorScheme} ${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`));
    }
    expect(violations).toEqual([]);
  });
}
