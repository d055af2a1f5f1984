import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/*
 * Printing, checked on the PDFs Chromium makes (page.pdf prints with the print stylesheet, as the print dialog
 * does), read back with poppler-utils (pdftotext, pdfimages, pdfinfo).
 *
 * Page counts are compared with tests/e2e/print-baseline.json. After a deliberate change to the print layout
 * or to the content, record the new counts with:
 *   UPDATE_PRINT_BASELINE=1 npx playwright test tests/e2e/print.spec.ts
 * and commit the file. A briefing not yet recorded (new prose merged since) is held to `maxBriefingPages`
 * instead, and the book to the recorded count adjusted by the pages of added or removed briefings.
 */

const formats = ['A4', 'Letter'] as const;
type Format = (typeof formats)[number];
/** Page sizes as pdfinfo reports them, in points (Chromium rounds to whole CSS pixels). */
const pageSizes: Record<Format, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

const baselineFile = new URL('./print-baseline.json', import.meta.url);
interface Baseline {
  tolerance: { pages: number; ratio: number };
  /** The most pages a briefing not yet in `pages` may print on. */
  maxBriefingPages: number;
  /** The briefings the recorded book counts were printed with. */
  bookBriefings: string[];
  /** `<briefing-id> <format>` and `book <format>`. */
  pages: Record<string, number>;
}
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
const updating = process.env.UPDATE_PRINT_BASELINE === '1';
const measured: Record<string, number> = {};

// One worker prints everything in order, so that the book's expectation can use the briefings' counts.
test.describe.configure({ mode: 'default' });

interface PrintedPdf {
  file: string;
  /** Text of each page in reading order, whitespace collapsed. */
  pages: string[];
  /** Text of each page as laid out (running header and footer on their own lines). */
  layoutPages: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const splitPages = (text: string) => text.split('\f').slice(0, -1);

async function printPdf(page: Page, path: string, format: Format, file: string): Promise<PrintedPdf> {
  const response = await page.goto(path);
  expect(response?.ok(), `${path} loads`).toBe(true);
  await page.pdf({ path: file, format, preferCSSPageSize: true });
  return {
    file,
    pages: splitPages(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).map(collapse),
    layoutPages: splitPages(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })),
  };
}

/** Briefing URLs from the sitemap, which lists every page of the site. */
async function listBriefingPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await page.request.get(sitemap)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = new URL(loc!).pathname;
      if (/^\/briefings\/[^/]+\/$/.test(path)) paths.push(path);
    }
  }
  expect(paths.length, 'the sitemap lists briefings').toBeGreaterThan(0);
  return paths;
}

function expectPageSize(file: string, format: Format) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const [expectedWidth, expectedHeight] = pageSizes[format];
  expect(Math.abs(Number(width) - expectedWidth), `${format} width`).toBeLessThan(2);
  expect(Math.abs(Number(height) - expectedHeight), `${format} height`).toBeLessThan(2);
}

function expectCommonPrint(pdf: PrintedPdf, marking: string) {
  const count = pdf.pages.length;
  pdf.pages.forEach((text, index) => {
    expect(text, `page ${index + 1} has its number`).toContain(`Page ${index + 1} of ${count}`);
    expect(text.toUpperCase(), `page ${index + 1} carries the marking`).toContain(marking.toUpperCase());
    for (const chrome of ['Skip to content', 'RSS feed', 'Built with', 'Related briefings', '← Previous', 'Next →', 'Download PDF', 'Back to contents']) {
      expect(text, `page ${index + 1} has no "${chrome}"`).not.toContain(chrome);
    }
    expect(text, `page ${index + 1} has no navigation bar`).not.toMatch(/Briefings Topics Entities/);
  });
  // Charts and icons are inline SVG, which prints as vector paths: the PDF must hold no raster image.
  const images = execFileSync('pdfimages', ['-list', pdf.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images, 'raster images in the PDF').toEqual([]);
}

/** Headings of the printed page (from the DOM), which no PDF page may end with. */
async function expectNoStrandedHeadings(page: Page, pdf: PrintedPdf) {
  // A contents entry may end a page; a heading repeating it is told apart only by position, so skip those.
  const contents = new Set((await page.locator('main nav a').allInnerTexts()).map(collapse));
  const headings = (await page.locator('main :is(h2, h3, h4)').allInnerTexts()).map(collapse).filter((text) => text.length > 0 && !contents.has(text));
  pdf.layoutPages.forEach((layout, index) => {
    // Drop the footer (marking and page number), then look at what the page ends with.
    const lines = layout.split('\n').map(collapse).filter((line) => line.length > 0 && !/Page \d+ of \d+/.test(line));
    const ending = lines.slice(-2).join(' ');
    for (const heading of headings) {
      expect(ending.endsWith(heading), `page ${index + 1} ends with the heading "${heading}"`).toBe(false);
    }
  });
}

/** A box's start and end must print on the same page. */
function expectOnOnePage(pdf: PrintedPdf, start: string, end: string, what: string) {
  const pageIndex = pdf.pages.findIndex((text) => text.includes(start));
  expect(pageIndex, `${what} is printed`).toBeGreaterThanOrEqual(0);
  const text = pdf.pages[pageIndex]!;
  expect(text.indexOf(end, text.indexOf(start)), `${what} is not split across pages`).toBeGreaterThanOrEqual(0);
}

function expectWithinBaseline(key: string, pages: number, expected: number | undefined, fallbackMax?: number) {
  measured[key] = pages;
  if (updating) return;
  if (expected === undefined) {
    expect(fallbackMax, `no baseline for "${key}": record one with UPDATE_PRINT_BASELINE=1`).toBeDefined();
    expect(pages, `"${key}" (not in the baseline) prints on at most ${fallbackMax} pages`).toBeLessThanOrEqual(fallbackMax!);
    test.info().annotations.push({ type: 'print baseline', description: `"${key}" is not recorded yet (${pages} pages)` });
    return;
  }
  const slack = Math.max(baseline.tolerance.pages, Math.ceil(expected * baseline.tolerance.ratio));
  expect(Math.abs(pages - expected), `"${key}" prints on ${pages} pages; the baseline is ${expected} ± ${slack}`).toBeLessThanOrEqual(slack);
}

for (const format of formats) {
  test(`every briefing prints on ${format} paper`, async ({ page }, testInfo) => {
    test.slow(); // prints every briefing
    for (const path of await listBriefingPaths(page)) {
      const id = path.split('/').at(-2)!;
      const pdf = await printPdf(page, path, format, testInfo.outputPath(`${id}-${format}.pdf`));
      const title = collapse(await page.locator('h1').innerText());
      const marking = (await page.locator('html').getAttribute('data-print-marking'))!;
      expectPageSize(pdf.file, format);
      expectCommonPrint(pdf, marking);
      expect(pdf.pages[0], 'the title is on the first page').toContain(title);
      expect(pdf.pages[0].toUpperCase().startsWith(marking.toUpperCase()), 'the first page starts with the handling marking').toBe(true);
      expect(pdf.pages[0]).toMatch(/Issued .*Information as of/i);
      // Later pages carry the running header: the title and the as-of date.
      for (const text of pdf.pages.slice(1)) {
        expect(text).toContain(title);
        expect(text).toMatch(/Information as of \d{1,2} \w+ \d{4}/);
      }
      expect(pdf.pages.join(' '), 'the notes are printed').toContain('Notes');
      await expectNoStrandedHeadings(page, pdf);
      for (const card of await page.locator('main .figure-card').all()) {
        const label = collapse(await card.locator('.figure-card__label').innerText());
        const period = collapse(await card.locator('.figure-card__period').innerText());
        expectOnOnePage(pdf, label, period, `figure card "${label}"`);
      }
      for (const judgment of await page.locator('main .judgment').all()) {
        const statement = collapse(await judgment.locator('.judgment__statement').innerText()).split(' ').slice(0, 6).join(' ');
        const assessment = collapse(await judgment.locator('.judgment__likelihood').innerText());
        expectOnOnePage(pdf, statement, assessment, `judgment "${statement}…"`);
      }
      expectWithinBaseline(`${id} ${format}`, pdf.pages.length, baseline.pages[`${id} ${format}`], baseline.maxBriefingPages);
    }
  });

  test(`the briefing book prints as one document on ${format} paper`, async ({ page }, testInfo) => {
    test.slow(); // visits every briefing, then prints the book
    const briefings: { id: string; title: string }[] = [];
    for (const path of await listBriefingPaths(page)) {
      await page.goto(path);
      briefings.push({ id: path.split('/').at(-2)!, title: collapse(await page.locator('h1').innerText()) });
    }
    const pdf = await printPdf(page, '/book/', format, testInfo.outputPath(`book-${format}.pdf`));
    const marking = (await page.locator('html').getAttribute('data-print-marking'))!;
    expectPageSize(pdf.file, format);
    expectCommonPrint(pdf, marking);
    const bookTitle = collapse(await page.locator('h1').innerText());
    expect(pdf.pages[0], 'the cover has the title').toContain(bookTitle);
    const asOf = collapse(await page.locator('.book__facts time').first().innerText());
    expect(pdf.pages[0], 'the cover has the as-of date').toMatch(new RegExp(`Information as of .*${asOf}`, 'i'));
    expect(pdf.pages[1], 'the contents follow the cover').toContain('Contents');
    const text = pdf.pages.join(' ');
    // Each briefing starts a page: nothing but the running header and the marking comes before its eyebrow.
    for (const { title } of briefings) {
      expect(text, `the book holds "${title}"`).toContain(title);
      // The page where the briefing's eyebrow is followed by its title: "Changes in this edition" names briefings by
      // title too, and one briefing may name another.
      const startsWithTitle = (page: string) => {
        const eyebrow = page.search(/Briefing note \d+ of \d+/i);
        return eyebrow >= 0 && collapse(page.slice(eyebrow)).replace(/^Briefing note \d+ of \d+\s*/i, '').startsWith(title);
      };
      const start = pdf.pages.findIndex((page, index) => index > 1 && startsWithTitle(page));
      expect(start, `"${title}" is printed after the contents`).toBeGreaterThan(1);
      const before = pdf.pages[start]!.slice(0, pdf.pages[start]!.search(/Briefing note \d+ of \d+/i));
      const leftover = before.replace(bookTitle, '').replace(/Information as of \d{1,2} \w+ \d{4}/, '').toUpperCase().replace(marking.toUpperCase(), '');
      expect(collapse(leftover), `"${title}" starts a page`).toBe('');
    }
    for (const appendix of ['Appendix A. Key figures', 'Appendix B. Timeline', 'Appendix C. Sources and source notes']) {
      const start = pdf.pages.findIndex((page, index) => index > 1 && page.includes(appendix));
      expect(start, `${appendix} is printed after the contents`).toBeGreaterThan(1);
    }
    await expectNoStrandedHeadings(page, pdf);
    // Expect the recorded book, adjusted by briefings added or removed since it was recorded.
    const recorded = baseline.pages[`book ${format}`];
    // Briefings printed by the test above (or, if it stopped early, printed here) count at their size now.
    for (const { id } of briefings) {
      if (measured[`${id} ${format}`] !== undefined || baseline.pages[`${id} ${format}`] !== undefined) continue;
      const briefingPdf = await printPdf(page, `/briefings/${id}/`, format, testInfo.outputPath(`${id}-${format}.pdf`));
      measured[`${id} ${format}`] = briefingPdf.pages.length;
    }
    const briefingPages = (id: string) => measured[`${id} ${format}`] ?? baseline.pages[`${id} ${format}`] ?? 0;
    const recordedIds = baseline.bookBriefings;
    const currentIds = briefings.map((briefing) => briefing.id);
    const expected =
      recorded === undefined
        ? undefined
        : recorded +
          currentIds.filter((id) => !recordedIds.includes(id)).reduce((sum, id) => sum + briefingPages(id), 0) -
          recordedIds.filter((id) => !currentIds.includes(id)).reduce((sum, id) => sum + (baseline.pages[`${id} ${format}`] ?? 0), 0);
    expectWithinBaseline(`book ${format}`, pdf.pages.length, expected);
    if (updating) baseline.bookBriefings = currentIds;
  });
}

test('charts and figures fit the printed page', async ({ page }) => {
  const paths = [...(await listBriefingPaths(page)), '/book/'];
  // The narrower of the two page areas: A4 is 210 mm wide less 2 × 18 mm of margin, at 96 CSS px per inch.
  await page.setViewportSize({ width: Math.floor(((210 - 36) / 25.4) * 96), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  for (const path of paths) {
    await page.goto(path);
    const overflowing = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      return [...document.querySelectorAll('main svg, main figure, main .figure-card, main table')]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.left < main.left - 1 || box.right > main.right + 1))
        .map(({ element, box }) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(box.left)}–${Math.round(box.right)} (page ${Math.round(main.left)}–${Math.round(main.right)})`);
    });
    expect(overflowing, `${path}: boxes wider than the page`).toEqual([]);
    expect(await page.locator('main img:not([src$=".svg"]), main canvas, main svg image').count(), `${path}: raster images`).toBe(0);
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  test('a briefing still prints, light on white, with no print button shown', async ({ page }, testInfo) => {
    const [path] = await listBriefingPaths(page);
    const pdf = await printPdf(page, path!, 'A4', testInfo.outputPath('no-js.pdf'));
    const title = collapse(await page.locator('h1').innerText());
    expect(pdf.pages[0]).toContain(title);
    pdf.pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pdf.pages.length}`));
    // The button needs JavaScript, so without it the page does not offer it.
    await expect(page.locator('[data-print-button]')).toBeHidden();
    // The reader's system is dark, but paper gets the light theme.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      scheme: getComputedStyle(document.documentElement).colorScheme,
    }));
    expect(colours.background).toBe('rgb(255, 255, 255)');
    expect(colours.scheme).toBe('light');
    const [red, green, blue] = colours.text.match(/\d+/g)!.map(Number);
    expect(red! + green! + blue!, 'dark text').toBeLessThan(200);
    // On screen the same reader does get the dark theme, so the check above is not vacuous.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
  });
});

test('the Print button opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });
  const [path] = await listBriefingPaths(page);
  await page.goto(path!);
  const button = page.getByRole('button', { name: 'Print this briefing' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes');
});

test('the book repeats every briefing with ids of its own, and its links resolve', async ({ page }) => {
  const paths = await listBriefingPaths(page);
  await page.goto('/book/');
  const problems = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    const broken = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((link) => decodeURIComponent(link.hash.slice(1)))
      .filter((id) => id && !document.getElementById(id));
    const referenced = [...document.querySelectorAll('[aria-labelledby]')]
      .flatMap((element) => element.getAttribute('aria-labelledby')!.split(/\s+/))
      .filter((id) => !document.getElementById(id));
    return { duplicates, broken, referenced };
  });
  expect(problems).toEqual({ duplicates: [], broken: [], referenced: [] });
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.book__part')).toHaveCount(paths.length);
  // The standalone page keeps its own, unprefixed ids.
  await page.goto(paths[0]!);
  await expect(page.locator('#bottom-line-heading')).toHaveText('Bottom line');
  await expect(page.locator('#key-judgments-heading')).toHaveText('Key judgments');
});

test.afterAll(() => {
  if (!updating) return;
  const pages = Object.fromEntries(Object.entries({ ...baseline.pages, ...measured }).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(baselineFile, `${JSON.stringify({ ...baseline, pages }, null, 2)}\n`);
});
