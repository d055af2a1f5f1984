import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from '../helpers/builtSite';

// The accessibility gate: no axe violation of WCAG 2.0, 2.1 and 2.2 levels A and AA on one page of every kind,
// on screen and in print, in the light and the dark colour scheme.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const conditions = [
  { media: 'screen', colorScheme: 'light' },
  { media: 'screen', colorScheme: 'dark' },
  { media: 'print', colorScheme: 'light' },
  { media: 'print', colorScheme: 'dark' },
] as const;

// The briefing book holds every briefing; axe takes a while over it, four times.
test.describe.configure({ timeout: 240_000 });

for (const path of pageTypes()) {
  test(`${path} has no WCAG 2.2 AA violations on screen and in print, light and dark`, async ({ page }) => {
    await page.goto(path);
    const violations: string[] = [];
    for (const condition of conditions) {
      await page.emulateMedia(condition);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).options({ resultTypes: ['violations'] }).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(', ');
        violations.push(`${condition.media}/${condition.colorScheme} ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`);
      }
    }
    expect(violations).toEqual([]);
  });
}
