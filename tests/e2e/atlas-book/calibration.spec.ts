import { expect, test } from '@playwright/test';

// Issue 19 in the second fixture book (tests/fixtures/atlas-book), served under /atlas/: the source label in the ¶
// markers of a briefing citing two sources, the book's own calibration table, attribution on the source page.

/** The text of the marker holding the link to a source paragraph, as the reader sees it (hidden screen-reader words left out). */
const markerText = (page: import('@playwright/test').Page, href: string) =>
  page
    .locator(`.briefing__body .cite:has(a[href="${href}"])`)
    .first()
    .evaluate((marker) => {
      const copy = marker.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return copy.textContent ?? '';
    });

test('two sources’ ¶2 read differently on screen and in print', async ({ page }) => {
  await page.goto('briefings/quota-reform/');
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    const review = await markerText(page, '/atlas/sources/quota-review/#p2');
    const ministry = await markerText(page, '/atlas/sources/ministry-statement/#p2');
    expect(review.replace(/\s+/g, ''), media).toBe('QR¶2');
    expect(ministry.replace(/\s+/g, ''), media).toBe('MS¶2');
    await expect(page.locator('.briefing__body abbr.cite__source').first(), media).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  await page.locator('.briefing__body p:has(a[href="/atlas/sources/quota-review/#p2"])').first().screenshot({ path: 'test-results/calibration-markers-print.png' });
  await page.emulateMedia({ media: 'screen' });
  await page.locator('.briefing__body p:has(a[href="/atlas/sources/quota-review/#p2"])').first().screenshot({ path: 'test-results/calibration-markers-screen.png' });
});

test('a single-source briefing keeps bare ¶ numbers, except where a figure it quotes cites two sources', async ({ page }) => {
  await page.goto('briefings/landings-outlook/');
  expect((await markerText(page, '/atlas/sources/quota-review/#p1')).replace(/\s+/g, '')).toBe('¶1');
  expect((await markerText(page, '/atlas/sources/quota-review/#p2')).replace(/\s+/g, '')).toBe('¶2');
  // market-trade-loss cites the review and the ministry's statement: its value's marker names both.
  expect((await markerText(page, '/atlas/sources/ministry-statement/#p2')).replace(/\s+/g, '')).toBe('MS¶2');
});

test('a search excerpt keeps the source label of a cited claim', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('landings stay level')}`);
  const excerpt = page.locator('.search-result:has(a[href*="/atlas/briefings/quota-reform/"]) .search-result__excerpt').first();
  await expect(excerpt).toBeVisible();
  // The label follows the claim’s last word as a word of its own ("trade QR."), so that word stays findable.
  await expect(excerpt).toContainText(/[a-z] QR[.,]/);
});

test('the legend and the about page show the book’s own calibration table', async ({ page }) => {
  await page.goto('briefings/quota-reform/');
  const legend = page.locator('.key-judgments .legend');
  await expect(legend).toContainText('moderate, credible evidence, even from one ministry source with a fair record. Needs: Two independent sources, or one graded A to D;');
  await page.goto('about/');
  const row = page.locator('table:has(caption:has-text("Confidence levels")) tr', { hasText: 'Moderate confidence' });
  await expect(row).toContainText('Two independent sources, or one graded A to D');
});

test('the source page says whose claim each entry and digest line carries', async ({ page }) => {
  await page.goto('sources/quota-review/');
  // The fish market's role is the review's reading; its status (losing trade) the review states.
  await expect(page.locator('#p4 .source__uses')).toContainText('Entry Reykjavik fish market (the report’s reading; stated)');
  await expect(page.locator('#p4 .source__uses')).toContainText('Figure Trade the capital\'s fish market stands to lose (the report’s reading)');
  await expect(page.locator('#p5 .source__digest')).toContainText('Prices may fall for a year while boats adjust. (the report’s reading)');
});
