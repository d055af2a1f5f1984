import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeConditions } from '../../helpers/axeConditions';
import { readFeed } from '../../helpers/readFeed';

// The second fixture book's quota-reform briefing carries two updates (4 and 8 March 2027) and a key judgment
// revised on 4 March 2027 from likely, low confidence. Served under /atlas/ (playwright.config.ts); paths are relative.
const revision = /Raised from likely, low confidence \(22 February 2027\) to very likely, moderate confidence on 4 March 2027: Read together, the ministry's fixed start date/;

test('a revised briefing says when it was updated, what changed and how the judgment moved', async ({ page }) => {
  await page.goto('briefings/quota-reform/');
  await expect(page.locator('.briefing__facts')).toContainText('Updated8 March 2027');
  const updates = page.getByRole('region', { name: 'Updates' });
  await expect(updates.getByRole('listitem')).toHaveText([/^8 March 2027: The section on who gains/, /^4 March 2027: The first key judgment is raised/]);
  await expect(page.locator('#judgment-1')).toContainText(revision);
  await expect(page.locator('#judgment-1 .judgment__history')).toContainText('22 February 2027: likely, low confidence; the statement then read: The scheme will probably start with the spring season.');
  // The "Updated" date leads to the list of updates.
  await page.locator('.briefing__facts a[href="#updates-heading"]').click();
  await expect(page).toHaveURL(/#updates-heading$/);
});

test('the navigation reaches /changes/, whose entries lead to the update or judgment on the briefing', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Changes' }).click();
  await expect(page).toHaveURL(/\/atlas\/changes\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes');
  const entries = page.locator('.change-list__item');
  await expect(entries).toHaveCount(3);
  await expect(entries.locator('time')).toHaveText(['8 March 2027', '4 March 2027', '4 March 2027']);
  await expect(entries.nth(2)).toContainText(revision);
  await entries.nth(2).getByRole('link').click();
  await expect(page).toHaveURL(/\/atlas\/briefings\/quota-reform\/#judgment-1$/);
  await expect(page.locator('#judgment-1')).toBeInViewport();
});

test('the updates and the revision print', async ({ page }) => {
  await page.goto('briefings/quota-reform/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Updates' })).toBeVisible();
  await expect(page.locator('#judgment-1 .judgment__revision')).toBeVisible();
  await page.goto('book/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Changes in this edition' })).toBeVisible();
  await expect(page.locator('.book__changes .change-list__item')).toHaveCount(3);
});

test('search finds an update’s summary and a revision’s reason on their briefing, not on /changes/', async ({ page }) => {
  for (const word of ['timetable', 'delay']) {
    await page.goto(`search/?q=${word}`);
    await expect(page.locator('[data-search-count]')).toContainText(`for “${word}”`);
    const results = await page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(results).toEqual(['/atlas/briefings/quota-reform/']);
  }
});

test('the feed carries each update as an item of its own, dated on its day', async ({ request }) => {
  const feed = readFeed(await (await request.get('rss.xml')).text());
  const titles = feed.items.map((item) => item.title);
  expect(titles.filter((title) => title === 'The coastal quota scheme in brief')).toHaveLength(1);
  const updates = feed.items.filter((item) => item.title === 'Updated: The coastal quota scheme in brief');
  expect(updates.map((item) => item.link)).toEqual(['https://example.org/atlas/briefings/quota-reform/#update-2', 'https://example.org/atlas/briefings/quota-reform/#update-1']);
  expect(feed.items[0]!.title).toBe('Updated: The coastal quota scheme in brief');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the updates, the revision and /changes/ are all there', async ({ page }) => {
    await page.goto('briefings/quota-reform/');
    await expect(page.getByRole('region', { name: 'Updates' }).getByRole('listitem')).toHaveCount(2);
    await expect(page.locator('#judgment-1')).toContainText(revision);
    await page.goto('changes/');
    await expect(page.locator('.change-list__item')).toHaveCount(3);
  });
});

test('a revised briefing and /changes/ have no WCAG 2.2 AA violations on screen (light and dark) and in print', async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  for (const path of ['briefings/quota-reform/', 'changes/']) {
    await page.goto(path);
    for (const { media, colorScheme } of axeConditions) {
      await page.emulateMedia({ media, colorScheme });
      const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      violations.push(...results.violations.map((violation) => `${path} ${media}/${colorScheme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
    }
  }
  expect(violations).toEqual([]);
});
