import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readPdf, type ReadPdf } from '../helpers/readPdf';

/*
 * `npm run pdf` as a reader away from this machine gets it: run on a copy of the built site (the export writes
 * its download links into the pages, which the other tests read), then the PDFs read back link by link
 * (tests/helpers/readPdf.ts) and page by page (poppler's pdftotext).
 */

test.describe.configure({ mode: 'default' });

let dist = '';
let pdfDir = '';
const read = new Map<string, ReadPdf>();

test.beforeAll(async () => {
  test.setTimeout(300_000); // prints every briefing and the book
  dist = mkdtempSync(path.join(tmpdir(), 'briefbook-pdf-export-'));
  cpSync('dist', dist, { recursive: true });
  rmSync(path.join(dist, 'pdf'), { recursive: true, force: true });
  // The site the build was made for is the one to link to; no BRIEFBOOK_SITE of the test's own.
  const env = { ...process.env };
  delete env.BRIEFBOOK_SITE;
  execFileSync(process.execPath, ['scripts/pdf.mjs', '--dist', dist], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  pdfDir = path.join(dist, 'pdf');
  for (const file of readdirSync(pdfDir)) read.set(file, await readPdf(path.join(pdfDir, file)));
});

/** The exported PDFs, with a check that there are some: a loop over none would pass anything. */
function exported(): [string, ReadPdf][] {
  expect(read.size, 'PDFs exported').toBeGreaterThan(1);
  return [...read];
}

test.afterAll(() => {
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** The page each PDF prints, as the export names them. */
function routeOf(file: string): string {
  if (file === 'briefing-book.pdf') return '/book/';
  const volume = /^briefing-book-volume-(\d+)\.pdf$/.exec(file);
  if (volume) return `/book/volume/${volume[1]}/`;
  return `/briefings/${file.replace(/\.pdf$/, '')}/`;
}

/** Text compared across HTML and PDF: no spaces (line breaks differ), compatibility forms (ligatures) unfolded. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function openForPrint(page: Page, route: string) {
  const response = await page.goto(route);
  expect(response?.ok(), `${route} loads`).toBe(true);
  await page.emulateMedia({ media: 'print' });
}

test('the export prints every briefing and the book', async () => {
  const briefings = readdirSync(path.join(dist, 'briefings'), { withFileTypes: true }).filter((entry) => existsSync(path.join(dist, 'briefings', entry.name, 'index.html')));
  for (const briefing of briefings) expect(read.has(`${briefing.name}.pdf`), `${briefing.name}.pdf`).toBe(true);
  expect(read.has('briefing-book.pdf')).toBe(true);
});

test('no link in any PDF points at the print server; site links point at the published site, at pages it has', async ({ page }) => {
  await page.goto('/');
  const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
  for (const [file, pdf] of exported()) {
    const html = readFileSync(path.join(dist, routeOf(file), 'index.html'), 'utf8');
    const uris = pdf.links.flatMap((link) => (link.uri ? [link.uri] : []));
    expect(uris.filter((uri) => /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])[:/]/.test(uri)), `${file}: links to this machine`).toEqual([]);
    const onSite = uris.filter((uri) => uri.startsWith(site.href));
    expect(onSite.length, `${file}: links to the published site`).toBeGreaterThan(0);
    // Anything else is an address the page itself gives in full (a source's own URL), not one the export made.
    for (const uri of uris.filter((uri) => !uri.startsWith(site.href))) {
      expect(html.includes(`href="${uri}"`) || html.includes(`href="${uri.replaceAll('&', '&amp;')}"`), `${file}: off-site link ${uri} is in the page`).toBe(true);
    }
    // Each site link names a page the built site has, under the site's own path.
    for (const uri of new Set(onSite)) {
      const inside = decodeURIComponent(new URL(uri).pathname.slice(site.pathname.length));
      const target = path.join(dist, inside);
      expect(existsSync(inside === '' || inside.endsWith('/') ? path.join(target, 'index.html') : target), `${file}: ${uri} exists in the built site`).toBe(true);
    }
    // Jumps inside the document go to destinations it has.
    for (const link of pdf.links.filter((link) => link.dest)) {
      expect(pdf.destinations.get(link.dest!), `${file}: destination "${link.dest}"`).toBeGreaterThan(0);
    }
  }
});

test('in the book, cross-references and citations jump to the right page of the PDF', async ({ page }) => {
  const pdf = read.get('briefing-book.pdf')!;
  const file = path.join(pdfDir, 'briefing-book.pdf');
  const pageTexts = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').map(squeeze);
  await openForPrint(page, '/book/');
  const targets = [...new Set(pdf.links.flatMap((link) => (link.dest ? [link.dest] : [])))];
  const firstLines = await page.evaluate(
    (ids) => ids.map((id) => (document.getElementById(id) as HTMLElement | null)?.innerText.split('\n').find((line) => line.trim()) ?? null),
    targets,
  );
  targets.forEach((id, index) => {
    const line = firstLines[index];
    expect(line, `the book has an element #${id}`).not.toBeNull();
    const destPage = pdf.destinations.get(id)!;
    expect(pageTexts[destPage - 1], `#${id} ("${line}") is on page ${destPage}`).toContain(squeeze(line!).slice(0, 20));
  });

  // What the book's pages hold, and so which links should have become jumps.
  const expected = await page.evaluate(() => {
    const visible = (link: Element) => link.checkVisibility();
    const parts = [...document.querySelectorAll<HTMLElement>('.book__part')];
    const crossReferences = parts.flatMap((part) =>
      [...part.querySelectorAll('a[href]')].filter((link) => {
        const id = /\/briefings\/([^/]+)\/$/.exec(new URL(link.getAttribute('href')!, location.href).pathname)?.[1];
        return visible(link) && id && id !== part.id.replace(/^briefing-/, '') && document.getElementById(`briefing-${id}`);
      }),
    ).length;
    // A citation whose briefing has a note on the same paragraph.
    const citations = parts.flatMap((part) => {
      const noted = new Set([...part.querySelectorAll('li[id] a[href]')].map((link) => link.getAttribute('href')));
      return [...part.querySelectorAll('.cite a')].filter((link) => visible(link) && noted.has(link.getAttribute('href')));
    }).length;
    const notes = parts.flatMap((part) => [...part.querySelectorAll('li[id]')].map((note) => note.id).filter((id) => id.includes('-note-')));
    const parts_ = parts.map((part) => part.id);
    const figureCards = [...document.querySelectorAll('[id^="figure-"]')].map((card) => card.id);
    const figureLinks = [...document.querySelectorAll('a[href*="/figures/#"]')].filter(visible).length;
    return { crossReferences, citations, notes, parts: parts_, figureCards, figureLinks };
  });
  const jumpsTo = (ids: string[]) => pdf.links.filter((link) => link.dest && ids.includes(link.dest) && link.page > 2).length;
  // A link that wraps is one annotation per line, so a link gives at least one jump.
  expect(jumpsTo(expected.parts), 'cross-references between briefings jump inside the book').toBeGreaterThanOrEqual(expected.crossReferences);
  expect(jumpsTo(expected.notes), 'citations jump to their briefing’s notes').toBeGreaterThanOrEqual(expected.citations);
  expect(expected.citations, 'the book cites its sources').toBeGreaterThan(0);
  expect(jumpsTo(expected.figureCards), 'links to key figures jump to Appendix A').toBeGreaterThanOrEqual(expected.figureCards.length > 0 ? expected.figureLinks : 0);
});

test('bookmarks equal the headings’ text', async ({ page }) => {
  for (const [file, pdf] of exported()) {
    await openForPrint(page, routeOf(file));
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.checkVisibility()).map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(pdf.bookmarks.length, `${file} has bookmarks`).toBeGreaterThan(1);
    expect(pdf.bookmarks, `${file}: bookmarks`).toEqual(headings);
  }
});

test('every PDF says what it is: title, author, subject, keywords, creator and language', async ({ page }) => {
  for (const [file, pdf] of exported()) {
    await openForPrint(page, routeOf(file));
    const expected = await page.evaluate(() => ({
      title: document.title,
      author: document.querySelector('meta[name="author"]')?.getAttribute('content'),
      subject: document.querySelector('meta[name="description"]')?.getAttribute('content'),
      lang: document.documentElement.lang,
      topics: [...document.querySelectorAll('main a[href*="/topics/"]')].filter((link) => link.checkVisibility()).map((link) => link.textContent!.trim()),
    }));
    expect(expected.author, 'the page names its publisher').toBeTruthy();
    expect(pdf.info.title, `${file}: title`).toBe(expected.title);
    expect(pdf.info.author, `${file}: author`).toBe(expected.author);
    expect(pdf.info.subject, `${file}: subject`).toBe(expected.subject);
    expect(pdf.info.creator, `${file}: creator`).toBe('Briefbook');
    expect(pdf.lang, `${file}: language`).toBe(expected.lang);
    expect(expected.topics.length, `${file}: the page has topics`).toBeGreaterThan(0);
    for (const topic of expected.topics) expect(pdf.info.keywords?.split(', '), `${file}: keywords`).toContain(topic);
  }
});

test('every figure in the PDFs’ structure tree has alternative text', async ({ page }) => {
  for (const [file, pdf] of exported()) {
    await openForPrint(page, routeOf(file));
    const charts = await page.locator('main svg[role="img"]').evaluateAll((svgs) => svgs.filter((svg) => svg.checkVisibility()).length);
    // Counted, not compared with []: toEqual passes an array of undefined as equal to an empty one.
    expect(pdf.figureAlts.filter((alt) => !alt?.trim()).length, `${file}: figures without alternative text`).toBe(0);
    expect(pdf.figureAlts.length, `${file}: each printed chart is a figure`).toBeGreaterThanOrEqual(charts);
  }
});
