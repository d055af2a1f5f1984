import { expect, test, type Page } from '@playwright/test';

/**
 * No layout shift from fonts (docs/fonts.md): a page shows its text in metric-matched fallback faces until the
 * site's own faces arrive, its line length does not depend on the font, and the two faces most of a first screen is
 * set in are preloaded. The layout shift is every shift added up, which is never less than Chromium's cumulative
 * layout shift (CLS).
 *
 * The goal is 0.05; the test holds every page to 0.1, the limit of "good". The fallbacks take the room of the real
 * faces on average (Capsize's method), not line by line, and a paragraph that happens to wrap one word earlier in
 * the fallback still moves the text after it: the sample book's home page on a phone measures 0.058 whenever the
 * fonts come after the first paint and the fallback is DejaVu (one link in its introduction), every other page
 * 0.031 or less with either fallback (docs/fonts.md). Before the fallbacks they measured 0.04 to 0.18.
 */
const pages = ['/', '/briefings/the-moscow-visit/', '/briefings/russia-bases-and-drawdown/', '/figures/'];
const viewports = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1350, height: 940 },
];
/**
 * Two connections: Lighthouse's slow 4G alone (the preloaded faces often arrive before the first paint), and the
 * same with every font file held back 1.5 s, so the page is surely drawn in the fallbacks first and then swapped.
 */
const conditions = [
  { name: 'slow 4G', fontDelayMs: 0, limit: 0.1 },
  { name: 'slow 4G, fonts 1.5 s late', fontDelayMs: 1500, limit: 0.1 },
];

/**
 * A navigation under CDP's network emulation now and then never fires its load event (seen beside the fixture
 * builds, never alone; Playwright's maintainers put such hangs down to Network.emulateNetworkConditions,
 * microsoft/playwright#22676), and a second navigation in the same page hangs too. A hung load says nothing about
 * layout shift, so it is cut at 25 s and the page is opened again in a fresh tab, set up the same way; the test
 * itself is not retried, so a shift over the limit fails it at once.
 */
const navigationTimeoutMs = 25_000;

type Condition = (typeof conditions)[number];
type Viewport = (typeof viewports)[number];

/** A tab on the slow line with the fonts held back and the layout shifts recorded, showing `path`. */
async function openThrottled(page: Page, path: string, viewport: Viewport, condition: Condition) {
  await page.setViewportSize({ width: viewport.width, height: viewport.height });
  await throttle(page);
  const held = await holdBackFonts(page, condition.fontDelayMs);
  await recordLayoutShifts(page);
  await page.goto(path, { waitUntil: 'load', timeout: navigationTimeoutMs });
  return held;
}

async function openPage(page: Page, path: string, viewport: Viewport, condition: Condition) {
  try {
    return { page, held: await openThrottled(page, path, viewport, condition) };
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    test.info().annotations.push({ type: 'navigation retried', description: `no load event within ${navigationTimeoutMs} ms` });
    await page.close();
    const fresh = await page.context().newPage();
    return { page: fresh, held: await openThrottled(fresh, path, viewport, condition) };
  }
}

async function throttle(page: Page) {
  // Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
}

async function holdBackFonts(page: Page, fontDelayMs: number) {
  const held: string[] = [];
  await page.route(/\.woff2$/, async (route) => {
    held.push(route.request().url());
    await new Promise((resolve) => setTimeout(resolve, fontDelayMs));
    await route.continue();
  });
  return held;
}

async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const record: { value: number; at: number }[] = [];
    (window as unknown as { __layoutShifts: typeof record }).__layoutShifts = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) record.push({ value: entry.value, at: entry.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const condition of conditions) {
  for (const viewport of viewports) {
    for (const path of pages) {
      test(`${path} on a ${viewport.name}, ${condition.name}: the fonts shift the layout by at most ${condition.limit}`, async ({ page: firstTab }) => {
        const { page, held } = await openPage(firstTab, path, viewport, condition);
        await page.evaluate(() => document.fonts.ready);
        // Layout shifts are reported after the frame that makes them.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await page.waitForTimeout(300);

        // The measurement means something only if the site's faces were fetched through the slow line and used.
        expect(held.length, 'the page asked for its fonts').toBeGreaterThan(0);
        const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, '')));
        expect(loaded).toContain('Source Serif 4');
        expect(loaded).toContain('Source Sans 3');

        const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: { value: number; at: number }[] }).__layoutShifts);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        test.info().annotations.push({ type: 'layout shift', description: `${total.toFixed(4)} (${shifts.map((shift) => `${shift.value.toFixed(4)} at ${Math.round(shift.at)} ms`).join(', ')})` });
        expect(total).toBeLessThanOrEqual(condition.limit);
      });
    }
  }
}
