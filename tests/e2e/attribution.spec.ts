import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

// Whose claim each citation carries must reach the reader in words: on screen, on paper and in search excerpts.
// The briefing tested is found in content/, so the test holds as the sample book is rewritten.

const briefingsDir = path.resolve(import.meta.dirname, '../../content/briefings');
const briefing = readdirSync(briefingsDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ id: name.replace(/\.mdx$/, ''), text: readFileSync(path.join(briefingsDir, name), 'utf8') }))
  .map(({ id, text }) => ({ id, by: /<Cite [^>]*as="reported" by="([^"]+)"/.exec(text)?.[1], analystComment: text.includes('<AnalystComment') }))
  .find((entry) => entry.by && entry.analystComment);

test.describe('attribution in words', () => {
  test.skip(!briefing, 'No briefing in content/ has both a reported <Cite> and an <AnalystComment>');
  const { id, by } = briefing ?? { id: '', by: '' };

  for (const media of ['screen', 'print'] as const) {
    test(`a reported claim and our own assessment read as such (${media})`, async ({ page }) => {
      await page.emulateMedia({ media });
      await page.goto(`/briefings/${id}/`);
      const reported = page.locator('article .attribution', { hasText: `${by}, reported` }).first();
      await expect(reported).toBeVisible();
      // A credibility, when the citation gives one, follows the attribution in words ("; credibility 6, truth cannot be judged").
      await expect(reported).toHaveText(new RegExp(`^\\s*\\(${by}, reported(; credibility [1-6], [a-z ]+)? ¶\\s*(Source paragraph )?\\d+`));
      await expect(page.locator('.analyst-comment__label').first()).toBeVisible();
      await expect(page.locator('.analyst-comment__label').first()).toContainText('Our assessment');
      await expect(page.locator('.source-notes')).toContainText(`reported by ${by}`);
    });
  }

  test('the source page says how each claim rests on each paragraph', async ({ page }) => {
    await page.goto('/sources/');
    await page.locator('main a[href^="/sources/"]').first().click();
    const uses = page.locator('.source__uses');
    await expect(uses.filter({ hasText: '(stated' }).first()).toBeVisible();
    await expect(uses.filter({ hasText: `reported by ${by}` }).first()).toBeVisible();
    await expect(uses.filter({ hasText: 'basis of our assessment' }).first()).toBeVisible();
  });

  test('search indexes the attribution words and the assessment label, but no hidden duplicates', async ({ page }) => {
    await page.goto('/search/');
    const content = await page.evaluate(async ([url, query]) => {
      // Loaded by the browser from the built site, so its URL is not a module TypeScript can resolve.
      const pagefindUrl = '/pagefind/pagefind.js';
      const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as {
        search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string; content: string }> }> }>;
      };
      const { results } = await pagefind.search(query);
      for (const result of results) {
        const data = await result.data();
        if (new URL(data.url, location.href).pathname === url) return data.content;
      }
      return undefined;
    }, [`/briefings/${id}/`, `${by} reported`] as const);
    expect(content, `no Pagefind record for /briefings/${id}/`).toBeDefined();
    expect(content).toMatch(new RegExp(`\\(${by}, reported\\)`));
    expect(content).toContain('Our assessment:');
    expect(content).not.toContain('Source paragraph');
  });

  test('a search for whose claim it is shows the attribution in a result excerpt', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(`${by} reported`)}`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(page.locator('.search-result .search-excerpt', { hasText: `${by}, reported` }).first()).toBeVisible();
  });
});
