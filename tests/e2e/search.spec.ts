import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

// Search against the real built site and the real content. Expected pages are computed from content/, so the tests
// hold as briefings are added: they ask for the right page among the top five, not for exact lists.

const content = path.resolve(import.meta.dirname, '../../content');

interface BriefingFile {
  id: string;
  entities: string[];
  topics: string[];
  figures: string[];
  body: string;
}

const briefings: BriefingFile[] = readdirSync(path.join(content, 'briefings'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(path.join(content, 'briefings', name), 'utf8');
    const [, front = '', body = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
    const data = yaml.load(front) as { entities?: string[]; topics?: string[]; figures?: string[] };
    return { id: name.replace(/\.mdx$/, ''), entities: data.entities ?? [], topics: data.topics ?? [], figures: data.figures ?? [], body };
  });

const entityName = (id: string) => (yaml.load(readFileSync(path.join(content, 'entities', `${id}.yaml`), 'utf8')) as { name: string }).name;

/** Briefings that concern an entity: listed in the front matter or linked with <Entity id> in the prose. */
const briefingsMentioning = (entityId: string) =>
  briefings.filter((briefing) => briefing.entities.includes(entityId) || briefing.body.includes(`id="${entityId}"`)).map((briefing) => `/briefings/${briefing.id}/`);

/** Briefings that print a figure: as a key figure or with <FigureValue id> in the prose. */
const briefingsShowing = (figureId: string) =>
  briefings.filter((briefing) => briefing.figures.includes(figureId) || briefing.body.includes(`id="${figureId}"`)).map((briefing) => `/briefings/${briefing.id}/`);

const pathOf = (href: string) => new URL(href, 'http://localhost').pathname;

/** Opens the search page for a query and returns the result paths in order, once the count for it is shown. */
async function search(page: Page, query: string, { all = false } = {}): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-count]')).toContainText(`for “${query}”`);
  const more = page.locator('[data-search-more]');
  while (all && (await more.isVisible())) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await expect(page.locator('.search-result')).not.toHaveCount(before);
  }
  return page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)).then((hrefs) => hrefs.map(pathOf));
}

const resultCount = async (page: Page) => Number(/^(\d+) results?/.exec((await page.locator('[data-search-count]').textContent()) ?? '')?.[1] ?? 0);

test.describe('search finds the right page among the first five', () => {
  const cases: Array<[query: string, expected: string]> = [
    ['Ahmed al-Sharaa', '/entities/ahmed-al-sharaa/'],
    ['Khmeimim', '/entities/hmeimim-air-base/'],
    ['Islamic State', '/entities/isis/'],
    ['SDF', '/entities/syrian-democratic-forces/'],
    ['Quneitra', '/entities/quneitra/'],
    ['Tartus', '/entities/tartus-naval-base/'],
    ['military police', '/entities/russian-military-police/'],
  ];
  for (const [query, expected] of cases) {
    test(`"${query}" finds ${expected}`, async ({ page }) => {
      expect((await search(page, query)).slice(0, 5)).toContain(expected);
    });
  }

  for (const spelling of ['Shara', 'Sharif', 'Shaleh', 'Shale', 'Shaley', 'Ahmad Shara']) {
    test(`the source's spelling "${spelling}" finds Ahmed al-Sharaa and every briefing that mentions him`, async ({ page }) => {
      const found = await search(page, spelling, { all: true });
      expect(found.slice(0, 5)).toContain('/entities/ahmed-al-sharaa/');
      const mentioning = briefingsMentioning('ahmed-al-sharaa');
      expect(mentioning.length).toBeGreaterThan(0);
      for (const briefing of mentioning) expect(found, `${spelling} → ${briefing}`).toContain(briefing);
    });
  }

  test('other names find the briefings that mention the entity, and say why', async ({ page }) => {
    const found = await search(page, 'Islamic State', { all: true });
    for (const briefing of briefingsMentioning('isis')) expect(found).toContain(briefing);
    // At least one briefing matches only through the alias, and its result explains the match.
    await expect(page.locator('.search-result__note').filter({ hasText: `Mentions ${entityName('isis')}, also written “Islamic State”.` }).first()).toBeVisible();
  });

  const figures: Array<[queries: string[], figureId: string]> = [
    [['63,000', '63000'], 'russian-combat-sorties'],
    [['400 billion', '$400 billion'], 'war-infrastructure-losses'],
    [['10,000'], 'isis-detainees'],
  ];
  for (const [queries, figureId] of figures) {
    for (const query of queries) {
      test(`the figure "${query}" finds a briefing that shows it`, async ({ page }) => {
        const showing = briefingsShowing(figureId);
        expect(showing.length, `no briefing shows ${figureId}`).toBeGreaterThan(0);
        const top = (await search(page, query)).slice(0, 5);
        expect(top.some((url) => showing.includes(url)), `${query}: ${top.join(', ')}`).toBe(true);
      });
    }
  }
});

test('facets narrow the results and their counts add up', async ({ page }) => {
  await search(page, 'Russia');
  const total = await resultCount(page);
  expect(total).toBeGreaterThan(3);

  // Every page has one type, so the type counts add up to the number of results, shown on "Any".
  const typeFacet = page.locator('fieldset[data-facet="type"]');
  const typeCounts = await typeFacet.locator('li:not(:first-child) .search-facet__count').evaluateAll((nodes) => nodes.map((node) => parseInt(node.textContent ?? '', 10)));
  expect(typeCounts.reduce((sum, count) => sum + count, 0)).toBe(total);
  await expect(typeFacet.locator('li').first()).toContainText(`Any${total}`);

  // Choosing a type gives exactly the count it showed, and only pages of that type.
  const briefingOption = typeFacet.locator('label', { hasText: 'Briefings' });
  const briefingCount = parseInt((await briefingOption.locator('.search-facet__count').textContent()) ?? '', 10);
  expect(briefingCount).toBeGreaterThan(0);
  expect(briefingCount).toBeLessThan(total);
  await briefingOption.click();
  await expect(page).toHaveURL(/[?&]type=Briefing(&|$)/);
  await expect(page.locator('[data-search-count]')).toContainText(`${briefingCount} result`);
  const labels = await page.locator('.search-result__label').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(/^Briefing/);

  // A topic narrows further, to the count it showed.
  const topicOption = page.locator('fieldset[data-facet="topic"] label').first();
  const topicCount = parseInt((await topicOption.locator('.search-facet__count').textContent()) ?? '', 10);
  expect(topicCount).toBeLessThanOrEqual(briefingCount);
  await topicOption.click();
  await expect(page).toHaveURL(/[?&]topic=/);
  await expect(page.locator('[data-search-count]')).toContainText(`${topicCount} result`);

  // Clearing the filters brings every result back.
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.locator('[data-search-count]')).toContainText(`${total} results for “Russia”.`);
  await expect(page).toHaveURL(/\/search\/\?q=Russia$/);
});

test('newest first sorts dated results by date', async ({ page }) => {
  await search(page, 'Moscow');
  await page.getByLabel('Sort by').selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect(page.locator('[data-search-count]')).toContainText('for “Moscow”');
  const resultDates = async () =>
    (await page.locator('.search-result__label').allTextContents())
      .map((label) => /· (\d{1,2} \w+ \d{4})$/.exec(label)?.[1])
      .filter((date): date is string => Boolean(date))
      .map((date) => Date.parse(date));
  // The count line is already there before the re-sorted list renders, so wait for the order itself.
  await expect.poll(async () => {
    const dates = await resultDates();
    return dates.length > 1 && dates.every((date, index) => index === 0 || dates[index - 1]! >= date);
  }).toBe(true);
});

test('the search is in the URL: it loads from it, updates it, and round-trips with back and forward', async ({ page }) => {
  await search(page, 'tartus');
  await expect(page.getByLabel('Search the briefing book')).toHaveValue('tartus');
  expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  const tartusCount = await resultCount(page);

  const field = page.getByLabel('Search the briefing book');
  await field.fill('');
  await field.pressSequentially('hmeimim', { delay: 20 });
  await expect(page).toHaveURL(/\/search\/\?q=hmeimim$/);
  await expect(page.locator('[data-search-count]')).toContainText('for “hmeimim”');

  await page.locator('fieldset[data-facet="type"] label', { hasText: 'Briefings' }).click();
  await expect(page).toHaveURL(/\?q=hmeimim&type=Briefing$/);
  await expect(page.locator('.search-result__label').first()).toHaveText(/^Briefing/);

  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=hmeimim$/);
  await expect(page.locator('fieldset[data-facet="type"] input[value=""]')).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(/type=Briefing$/);
  await expect(page.locator('fieldset[data-facet="type"] input[value="Briefing"]')).toBeChecked();

  // A shared link reproduces the search.
  await page.goto('/search/?q=tartus');
  await expect(page.locator('[data-search-count]')).toContainText(`${tartusCount} result`);
});

test('opening a result marks the searched words on the page', async ({ page }) => {
  await search(page, 'Khmeimim');
  await page.locator('.search-result__title a', { hasText: entityName('hmeimim-air-base') }).click();
  await expect(page).toHaveURL(/\/entities\/hmeimim-air-base\/\?highlight=Khmeimim$/);
  const marks = page.locator('mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  await expect(marks.first()).toHaveText(/khmeimim/i);
});

test.describe('the header search', () => {
  test('"/" and Ctrl+K focus the field', async ({ page }) => {
    await page.goto('/about/');
    const field = page.locator('#site-search-input');
    await page.locator('body').press('/');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('');
    await page.getByRole('link', { name: 'Topics' }).first().focus();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('combobox', { name: 'Search the briefing book' })).toBeFocused();
  });

  test('is a combobox: arrow keys move through the results, Enter opens one, Escape closes the list', async ({ page }) => {
    await page.goto('/briefings/');
    const field = page.locator('#site-search-input');
    await field.click();
    await field.pressSequentially('Tartus', { delay: 20 });
    const combobox = page.getByRole('combobox', { name: 'Search the briefing book' });
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.filter({ hasText: entityName('tartus-naval-base') })).toHaveCount(1);
    await expect(options.last()).toContainText('for “Tartus”');
    // The count is announced once typing has settled.
    await expect(page.locator('[data-header-search] [data-live]')).toHaveText(/^\d+ results?\./);

    await combobox.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await combobox.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await combobox.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

    await combobox.press('Escape');
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await expect(combobox).not.toHaveAttribute('aria-activedescendant', /./);
    await combobox.press('ArrowDown');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

    // Walk down to the entity's own result (the first, as the content stands) and open it.
    const wanted = options.filter({ hasText: entityName('tartus-naval-base') }).first();
    for (let step = 0; step < 10 && (await wanted.getAttribute('aria-selected')) !== 'true'; step++) await combobox.press('ArrowDown');
    await expect(wanted).toHaveAttribute('aria-selected', 'true');
    await combobox.press('Enter');
    await expect(page).toHaveURL(/\/entities\/tartus-naval-base\/\?highlight=Tartus$/);
    await expect(page.locator('mark.pagefind-highlight').first()).toHaveText('Tartus');
  });

  test('Enter without a chosen result opens the search page', async ({ page }) => {
    await page.goto('/');
    const field = page.locator('#site-search-input');
    await field.click();
    await field.pressSequentially('military police', { delay: 10 });
    await field.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=military\+police$/);
    await expect(page.locator('[data-search-count]')).toContainText('for “military police”');
  });
});

test('a page view that does not search downloads nothing of Pagefind', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  for (const url of ['/', `/briefings/${briefings[0]!.id}/`, '/entities/isis/', '/topics/']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(pagefindRequests).toEqual([]);

  // Focusing the field is what starts the download.
  await page.locator('#site-search-input').focus();
  await expect.poll(() => pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(pagefindRequests.some((url) => url.includes('pagefind-highlight'))).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page and the open header search pass axe (WCAG 2.2 AA), ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    await search(page, 'Shaleh');
    await page.locator('fieldset[data-facet="topic"] label').first().click();
    await expect(page).toHaveURL(/topic=/);
    await expect(page.locator('.search-result').first()).toBeVisible();
    expect((await axe()).violations).toEqual([]);

    await page.goto('/about/');
    await page.locator('#site-search-input').pressSequentially('Tartus', { delay: 10 });
    await expect(page.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    expect((await axe()).violations).toEqual([]);

    await page.goto('/entities/tartus-naval-base/?highlight=Tartus');
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    expect((await axe()).violations).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and offers the indexes', async ({ page }) => {
    await page.goto('/search/?q=tartus');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: /All \d+ briefings?/ })).toHaveAttribute('href', '/briefings/');
    await expect(page.getByRole('link', { name: 'People, places and organisations' })).toHaveAttribute('href', '/entities/');
    await expect(page.locator('[data-search-app]')).toBeHidden();
  });

  test('the header field is a plain form that opens the search page', async ({ page }) => {
    await page.goto('/about/');
    const form = page.getByRole('search', { name: 'Site' });
    await expect(form).toHaveAttribute('action', '/search/');
    await expect(form).toHaveAttribute('method', 'get');
    await form.getByRole('searchbox').fill('tartus');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=tartus$/);
  });
});

test('a long facet shows its first values and expands on request', async ({ page }) => {
  await page.goto('/search/');
  const entityFacet = page.locator('fieldset[data-facet="entity"]');
  const toggle = entityFacet.getByRole('button', { name: /^Show all \d+$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const total = Number(/\d+/.exec((await toggle.textContent()) ?? '')![0]);
  await expect(entityFacet.locator('li:visible')).toHaveCount(8);
  await toggle.click();
  await expect(entityFacet.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  await expect(entityFacet.getByRole('button', { name: 'Show fewer' })).toBeFocused();
  await expect(entityFacet.locator('li:visible')).toHaveCount(total);
  // Without words, a filter alone lists the pages that have it.
  await entityFacet.locator('label', { hasText: 'Quneitra Province' }).click();
  await expect(page).toHaveURL(/\/search\/\?entity=Quneitra\+Province$/);
  await expect(page.locator('.search-result__title a').first()).toBeVisible();
});

test('search runs under the site’s Content-Security-Policy without a violation', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  await page.goto('/about/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  test.skip(!policy, 'no Content-Security-Policy is configured');
  // Pagefind compiles WebAssembly; without this keyword the policy blocks it.
  expect(policy).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);

  await page.locator('#site-search-input').pressSequentially('Khmeimim', { delay: 10 });
  await expect(page.getByRole('option').first()).toBeVisible();
  // Wait for typing to settle and the option to be chosen: a list still redrawing drops the choice, and Enter then
  // submits the plain search form instead of opening the result.
  await expect(page.locator('[data-header-search] [data-live]')).toHaveText(/^\d+ results?\./);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?highlight=Khmeimim$/);
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await search(page, 'Tartus');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(problems).toEqual([]);
});
