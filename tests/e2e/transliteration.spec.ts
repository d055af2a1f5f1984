import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { linkOnDemandFonts } from '../../src/fonts/onDemandFonts';
import { distDir } from '../helpers/builtSite';

// Transliterated names in the site's own faces, on screen and in a PDF (docs/fonts.md). The text is a fixture, set
// into a built page of the site as the build would render it: the same head, stylesheets and middleware step.

const fixture = readFileSync(path.resolve(import.meta.dirname, '../fixtures/fonts/transliterated-names.html'), 'utf8');
const outputDir = path.resolve(import.meta.dirname, '../../test-results/transliteration');
const names = ['al-Sharaʿ', 'Ḥmeimim', 'Şanlıurfa'];

/** A built page with the fixture as its main content, and the on-demand font link the middleware would add. */
function fixturePage(): string {
  const template = readFileSync(path.join(distDir, 'about/index.html'), 'utf8').replace(/<link rel="stylesheet" href="[^"]*fontsOnDemand[^"]*">/, '');
  const onDemandCss = /href="([^"]*fontsOnDemand[^"]*\.css)"/.exec(readFileSync(path.join(distDir, 'search/index.html'), 'utf8'))![1]!;
  const page = template.replace(/(<main\b[^>]*>)[\s\S]*?(<\/main>)/, `$1${fixture}$2`);
  return linkOnDemandFonts(page, onDemandCss);
}

async function openFixture(page: Page) {
  const fonts: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('.woff2')) fonts.push(path.basename(request.url()));
  });
  await page.route('**/fixture/transliteration/', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixturePage() }));
  await page.goto('/fixture/transliteration/');
  await page.evaluate(() => document.fonts.ready);
  return fonts;
}

/** The fonts Chromium really drew a node's text with (DevTools' "Rendered fonts"). */
async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    for (const font of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts) families.add(font.familyName);
  }
  return [...families];
}

test('al-Sharaʿ, Ḥmeimim and Şanlıurfa are drawn in Source Serif 4 and Source Sans 3, which fetch their Latin Extended files', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const fonts = await openFixture(page);
  for (const name of names) await expect(page.locator('main')).toContainText(name);
  expect(fonts.some((file) => file.startsWith('source-serif-4-latin-ext-400-normal'))).toBe(true);
  expect(fonts.some((file) => file.startsWith('source-sans-3-latin-ext-600-normal'))).toBe(true);

  // Every letter of each line, Ḥ and ʿ included, comes from the site's faces: no other font fills in mid-word.
  // (Fontsource's files name their instances, as "Source Sans 3 ExtraLight SemiBold" for the 600 face.)
  for (const [selector, family] of [['main p.fixture-serif', 'Source Serif 4'], ['main h1', 'Source Sans 3'], ['main p.fixture-sans', 'Source Sans 3']] as const) {
    const drawn = await renderedFonts(page, selector);
    expect(drawn.length, selector).toBeGreaterThan(0);
    for (const font of drawn) expect(font, selector).toMatch(new RegExp(`^${family}\\b`));
  }

  mkdirSync(outputDir, { recursive: true });
  await page.locator('main').screenshot({ path: path.join(outputDir, 'screen.png') });
});

test('the PDF of a page with those names embeds the faces that hold them', async ({ page }) => {
  await openFixture(page);
  await page.emulateMedia({ media: 'print' });
  mkdirSync(outputDir, { recursive: true });
  const file = path.join(outputDir, 'names.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));

  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  // Embedded subsets show as "ABCDEF+SourceSerif4-Regular … yes"; nothing may come from DejaVu or another fallback.
  expect(fonts).toMatch(/\+SourceSerif4-Regular\s.*\byes\b/);
  expect(fonts).toMatch(/\+SourceSans3/);
  expect(fonts).not.toMatch(/DejaVu|Liberation/);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  for (const name of names) expect(text).toContain(name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', file, path.join(outputDir, 'names-pdf')]);
});
