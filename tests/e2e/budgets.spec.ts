import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import { measureFirstView } from '../../scripts/bench/measureOutput.mjs';
import { subsetCharacters } from '../../src/fonts/fontFaces.mjs';
import { distDir, listFiles } from '../helpers/builtSite';
import { walkHtml, type HtmlNode } from '../helpers/walkHtml';

/**
 * A briefing's first view: its HTML, stylesheets and scripts, gzip-compressed as a server sends them. 21 KB since
 * the sample book's notes carry their change records (an update and revised judgments, about 0.5 KB gzip on
 * what-to-watch, which measured 20,650 bytes). The next cut is known: a briefing without a chart still links the
 * chart stylesheet (1.4 KB gzip), because the briefing layout imports the chart component (docs/benchmarks.md).
 */
const firstViewBudget = 21 * 1024;
/** The font files every page loads, in woff2 (already compressed); the on-demand subsets are counted apart. */
const fontBudget = 80 * 1024;

const files = listFiles();
const builtCss = files.filter((file) => file.endsWith('.css')).map((file) => readFileSync(path.join(distDir, file), 'utf8'));

// Charts are the exception: an author who places one in a note spends bytes on it (docs/benchmarks.md, "Large briefing books"), so the
// budget holds for every briefing that places none. The fonts are counted apart (below).
test('a briefing\'s first view stays within 21 KB gzip of HTML, CSS and JS', () => {
  const briefings = files
    .filter((file) => /^briefings\/[^/]+\/index\.html$/.test(file))
    .filter((file) => !/<svg[^>]*class="chart[ "]/.test(readFileSync(path.join(distDir, file), 'utf8')));
  expect(briefings.length).toBeGreaterThan(0);
  const overBudget = briefings
    .map((file) => ({ file, total: measureFirstView(distDir, file).total }))
    .filter(({ total }) => total > firstViewBudget);
  expect(overBudget).toEqual([]);
});

test('the fonts are woff2 only, self-hosted, shown with font-display: swap, and those every page loads within 80 KB', () => {
  const fontFiles = files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
  expect(fontFiles.length).toBeGreaterThan(0);
  expect(fontFiles.filter((file) => !file.endsWith('.woff2'))).toEqual([]);

  const rules = builtCss.flatMap((css) => css.match(/@font-face\s*\{[^}]*\}/g) ?? []);
  const webFonts = rules.filter((rule) => /url\(/.test(rule));
  expect(webFonts.length).toBe(fontFiles.length);
  const everyPage: string[] = [];
  for (const rule of webFonts) {
    expect(rule).toMatch(/font-display:\s*swap/);
    const sources = [...rule.matchAll(/url\(["']?([^"')]+)["']?\)/g)].map((match) => match[1]!);
    expect(sources.length, rule).toBe(1);
    expect(sources[0], rule).toMatch(/^\/(.+\/)?_astro\/[^/]+\.woff2$/);
    // A face with a unicode-range is fetched only by a page that prints one of its characters.
    if (!/unicode-range/.test(rule)) everyPage.push(sources[0]!.replace(/^\/(.+\/)?_astro\//, '_astro/'));
  }
  expect(everyPage.length).toBe(5);
  const total = everyPage.reduce((sum, file) => sum + readFileSync(path.join(distDir, file)).length, 0);
  expect(total).toBeLessThanOrEqual(fontBudget);

  // The fallbacks are local fonts resized to the room of the real faces: nothing to download.
  const fallbacks = rules.filter((rule) => !/url\(/.test(rule));
  expect(fallbacks.length).toBeGreaterThan(0);
  for (const rule of fallbacks) {
    expect(rule).toMatch(/src:\s*local\(/);
    // line-gap-override only where the local font's line gap differs from the face's (docs/fonts.md).
    for (const descriptor of ['size-adjust', 'ascent-override', 'descent-override']) expect(rule).toContain(descriptor);
  }
});

test('no page or stylesheet loads anything from another host (no font or style CDN)', () => {
  for (const css of builtCss) expect(css).not.toMatch(/(url\(|@import)\s*["']?(https?:)?\/\//);
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const document = parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown as HtmlNode;
    for (const node of walkHtml(document)) {
      const href = node.attrs?.find((attr) => attr.name === 'href' || attr.name === 'src')?.value ?? '';
      const loads = node.tagName === 'script' || node.tagName === 'img' || (node.tagName === 'link' && node.attrs?.some((attr) => attr.name === 'rel' && attr.value !== 'canonical' && attr.value !== 'alternate'));
      if (loads) expect(href, `${file} <${node.tagName}>`).not.toMatch(/^(https?:)?\/\//);
    }
  }
});

test('the font subset holds every character the briefings print', () => {
  const subset = new Set(subsetCharacters());
  const missing = new Map<string, string>();
  for (const file of files.filter((name) => /^briefings\/[^/]+\/index\.html$/.test(name))) {
    const document = parse(readFileSync(path.join(distDir, file), 'utf8')) as unknown as HtmlNode;
    for (const node of walkHtml(document)) {
      if (node.nodeName !== '#text') continue;
      for (const character of node.value ?? '') if (!/\s/.test(character) && !subset.has(character)) missing.set(character, file);
    }
  }
  expect([...missing].map(([character, file]) => `U+${character.codePointAt(0)!.toString(16).toUpperCase()} ${character} (${file})`)).toEqual([]);
});
