import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { axeConditions } from '../helpers/axeConditions';
import { pageTypes } from '../helpers/builtSite';

// The accessibility gate: no axe violation of WCAG 2.0, 2.1 and 2.2 levels A and AA, nor of axe's best practices,
// on one page of every kind, on screen in the light and the dark colour scheme, and in print (in the light scheme
// only: tests/helpers/axeConditions.ts says why that misses nothing).
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The tags go into the one options object: AxeBuilder's options() replaces what withTags() set, so the two
// together silently ran axe's default rules, which leave WCAG 2.2's target-size rule out.
const ruleSet = (media: 'screen' | 'print') => ({
  runOnly: { type: 'tag' as const, values: [...wcagTags, 'best-practice'] },
  resultTypes: ['violations' as const],
  // Target size is about pointers; on paper there is nothing to press (print styles may shrink links into text).
  ...(media === 'print' ? { rules: { 'target-size': { enabled: false } } } : {}),
});

/**
 * The briefing book (and its volumes) repeats every briefing and the appendices' tables: the same components, with
 * the same CSS, that the briefing, figures, timeline and source pages are checked with below in all three
 * conditions. What only the book has — its cover, contents and ids of its own — is structure (headings, landmarks,
 * unique ids, link names), which does not change with the medium or the colour scheme. So the book is checked
 * once per medium and once per scheme (screen dark, print light: the printed book's own case) instead of in
 * every condition; axe over the whole book took 108 s in the four conditions there were then.
 */
const bookConditions = [axeConditions[1], axeConditions[2]];
const isBook = (path: string) => path === '/book/' || path.startsWith('/book/volume/');

// The briefing book holds every briefing; axe takes a while over it.
test.describe.configure({ timeout: 240_000 });

for (const path of pageTypes()) {
  const checked = isBook(path) ? bookConditions : axeConditions;
  const described = isBook(path) ? 'on screen (dark) and in print' : 'on screen (light and dark) and in print';
  test(`${path} has no WCAG 2.2 AA violations ${described}`, async ({ page }) => {
    await page.goto(path);
    const violations: string[] = [];
    for (const condition of checked) {
      await page.emulateMedia(condition);
      const results = await new AxeBuilder({ page }).options(ruleSet(condition.media)).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(', ');
        violations.push(`${condition.media}/${condition.colorScheme} ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`);
      }
    }
    expect(violations).toEqual([]);
  });
}
