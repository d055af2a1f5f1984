import { expect, test, type Page } from '@playwright/test';

const pages = ['/figures/', '/timeline/', '/map/', '/briefings/the-moscow-visit/'];

// Charts are drawn at build time: with JavaScript off, every chart and its data must be there.
test.use({ javaScriptEnabled: false });

async function expectEveryChartShown(page: Page) {
  const charts = page.locator('figure.chart-block');
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    const visibleDrawings = chart.locator('svg[role="img"]:visible');
    await expect(visibleDrawings, `chart ${index} shows exactly one drawing`).toHaveCount(1);
    const box = await visibleDrawings.first().boundingBox();
    expect(box!.width, `chart ${index} has a real size`).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(40);
    await expect(chart.locator('table')).toBeVisible();
    expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
  }
  return count;
}

for (const path of pages) {
  test(`${path}: every chart and its data table are shown without JavaScript, on a phone and on a desktop`, async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      await expectEveryChartShown(page);
      // Responsive drawings: the narrow one on the phone, the wide one on the desktop.
      const variant = width < 700 ? 'narrow' : 'wide';
      for (const drawing of await page.locator('figure.chart-block--responsive svg:visible').all()) {
        await expect(drawing).toHaveClass(new RegExp(`chart-variant--${variant}`));
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'nothing spills sideways').toBeLessThanOrEqual(0);
    }
  });

  test(`${path}: charts and tables are there in print`, async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(path);
    await expectEveryChartShown(page);
    for (const drawing of await page.locator('figure.chart-block--responsive svg:visible').all()) {
      await expect(drawing).toHaveClass(/chart-variant--wide/);
    }
  });
}

test('the timeline page anchors every event and links it to the briefings that discuss it', async ({ page }) => {
  await page.goto('/timeline/#moscow-talks');
  const row = page.locator('tr#moscow-talks');
  await expect(row).toBeVisible();
  await expect(row.getByRole('link', { name: /Al-Sharaa in Moscow/ })).toHaveAttribute('href', '/briefings/the-moscow-visit/');
});

test('the source page links figure and event uses to their charts', async ({ page }) => {
  await page.goto('/sources/syria-russia-talks-2026/');
  await expect(page.locator('#p12').getByRole('link', { name: 'Russian combat sorties in Syria' })).toHaveAttribute('href', '/figures/#russian-combat-sorties');
  await expect(page.locator('#p12').getByRole('link', { name: /Over 63,000 Russian combat sorties/ })).toHaveAttribute('href', '/timeline/#russian-air-campaign');
  await page.goto('/figures/#russian-combat-sorties');
  await expect(page.locator('#russian-combat-sorties')).toBeVisible();
});

test('every download linked from a chart is served with the right type', async ({ page, request }) => {
  const links = new Set<string>();
  for (const path of pages) {
    await page.goto(path);
    for (const href of await page.locator('.chart-block__downloads a, a[download]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!))) links.add(href);
  }
  expect(links.size).toBeGreaterThan(10);
  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const type = response.headers()['content-type'] ?? '';
    const expected = href.endsWith('.svg') ? /image\/svg\+xml/ : href.endsWith('.csv') ? /text\/csv/ : /application\/json/;
    expect(type, href).toMatch(expected);
  }
});

test('a place’s page shows it on a small map', async ({ page }) => {
  await page.goto('/entities/qamishli-airport/');
  const map = page.locator('.entity__map figure.chart-block--map');
  await expect(map.locator('svg[role="img"]')).toBeVisible();
  await expect(map.locator('table')).toContainText('Vacated by Russian forces');
});
