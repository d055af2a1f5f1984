import { expect, test } from '@playwright/test';

test('the home page lists the briefings and links to the first one', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Syria after Assad: the Moscow talks');
  const firstCard = page.locator('.briefing-card a').first();
  await firstCard.click();
  await expect(page.locator('h1')).not.toHaveText('Syria after Assad: the Moscow talks');
  await expect(page.getByRole('heading', { name: 'Bottom line' })).toBeVisible();
});
