import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from '../helpers/builtSite';

// The security gate: every kind of page carries a strict Content-Security-Policy and loads, and works (search
// included), with no violation of it.

declare global {
  interface Window {
    __cspViolations: string[];
    __injected?: boolean;
  }
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return async () => [...(await page.evaluate(() => window.__cspViolations)), ...consoleErrors];
}

/**
 * Uses the page the way a reader would where it has something to use: searches, when the page has a search
 * field, and waits for Pagefind's results, so that its script, WebAssembly and index fetches all ran under the policy.
 */
async function exercise(page: Page) {
  const search = page.locator('input[type="search"]').first();
  if ((await search.count()) === 0) return;
  await search.fill('Putin');
  await search.press('Enter');
  await page.waitForURL(/[?&]q=Putin/);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

for (const path of pageTypes()) {
  test(`${path} loads and works with no Content-Security-Policy violation`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await exercise(page);
    expect(await violations()).toEqual([]);
  });
}

test('the policy is strict: nothing inline or evaluated runs unless Astro hashed it', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  const directives = Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives['default-src']).toEqual(["'none'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'self'"]);
  for (const name of ['script-src', 'style-src']) {
    expect(directives[name], name).toContain("'self'");
    expect(directives[name], name).not.toContain("'unsafe-inline'");
    expect(directives[name], name).not.toContain("'unsafe-eval'");
    expect(directives[name]!.filter((value: string) => !value.startsWith("'sha256-")).sort(), name).toEqual(
      name === 'script-src' ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"],
    );
  }
});

test('the policy is enforced: an injected inline script and inline style are blocked', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
  });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  const reported = await violations();
  expect(reported.some((line) => line.startsWith('script-src'))).toBe(true);
  expect(reported.some((line) => line.startsWith('style-src'))).toBe(true);
});
