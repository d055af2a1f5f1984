// `npm run pdf` (after `npm run build`): prints every briefing and the briefing book to PDF with Chromium, into
// dist/pdf/<briefing-id>.pdf and dist/pdf/briefing-book.pdf, then turns each page's empty PDF slot into a
// "Download PDF" link. Linking only after the file exists means the built site never links to a missing PDF,
// whether or not this step runs.
//
//   npm run pdf                      A4 (the default)
//   npm run pdf -- --format letter   US Letter
//   npm run pdf -- --dist other-dist
//
// The pages are printed exactly as a reader's browser prints them (the print stylesheet decides the layout), so
// this script sets no margins and no header of its own. Each PDF is then finished to work away from this machine:
// links lead to the published site or jump inside the PDF, bookmarks carry the headings' text, and the document
// information is filled in (scripts/pdf/, docs/pdf-export.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath } from './ensureChromium.mjs';
import { importSource } from './lib/importSource.mjs';
import { finishPdf } from './pdf/finishPdf.mjs';
import { linkInsideDocument } from './pdf/linkTargets.mjs';
import { collectMetadata } from './pdf/metadata.mjs';
import { collectHeadings } from './pdf/outline.mjs';
import { listPdfJobs, pdfFolderOf } from './pdf/pdfJobs.mjs';
import { basePathOf, resolvePublishedSite } from './pdf/siteAddress.mjs';
import { serveStatic } from './serveStatic.mjs';
import { readEnvOrExit } from '../src/config/env.ts';

const formats = { a4: 'A4', letter: 'Letter' };
function fail(message) {
  console.error(message);
  process.exit(1);
}

const formatSize = (bytes) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Fills the page's empty `data-pdf-slot` element for `fileName` (the slot holds the PDF's address, base included)
 * with a download link. The slot keeps its attribute, so running this again replaces the link instead of adding
 * another. Returns the HTML unchanged when the page has no such slot.
 */
export function insertPdfLink(html, fileName, label) {
  const name = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const slot = new RegExp(`(<span\\b[^>]*\\bdata-pdf-slot="([^"]*/pdf/${name})"[^>]*>)(?:<a\\b[^>]*class="pdf-link"[^>]*>.*?</a>)?(</span>)`, 'gs');
  return html.replace(slot, (_, open, href, close) => `${open}<a class="pdf-link" href="${href}" type="application/pdf" download>Download PDF <small>${label}</small></a>${close}`);
}

/** The text of each page of a PDF (poppler's pdftotext), whitespace collapsed; undefined without poppler. */
function readPageTexts(pdf) {
  const folder = mkdtempSync(path.join(tmpdir(), 'briefbook-pdf-'));
  try {
    const file = path.join(folder, 'book.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
  } catch {
    return undefined;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Finds the page on which each contents entry starts, in order: the first page after the contents that holds the
 * entry's title, searching on from the previous entry. Returns numbers from 1, or undefined for entries not found.
 */
export function findEntryPages(pageTexts, titles) {
  const collapse = (text) => text.replace(/\s+/g, ' ').trim();
  // The contents end on the first page that holds the last entry, which is also the last part of the book.
  let from = pageTexts.findIndex((text) => text.includes(collapse(titles.at(-1)))) + 1;
  return titles.map((title) => {
    const index = pageTexts.findIndex((text, page) => page >= from && text.includes(collapse(title)));
    if (index < 0) return undefined;
    from = index;
    return index + 1;
  });
}

/**
 * Prints the book with page numbers in its contents. Chromium has no target-counter(), so: print once, find where
 * each part starts, write the numbers into the contents' empty `data-toc-page` slots and print again, until the
 * numbers hold (they take no extra lines, so a second pass normally settles it).
 */
async function printBook(page, options) {
  let pdf = await page.pdf(options);
  const titles = await page.$$eval('.book__toc a', (links) => links.map((link) => link.querySelector('.book__toc-title')?.textContent ?? ''));
  for (let pass = 0; pass < 3; pass += 1) {
    const texts = readPageTexts(pdf);
    if (!texts) {
      console.warn('  (pdftotext not found: the book\'s contents are printed without page numbers; install poppler-utils for them)');
      return pdf;
    }
    const numbers = findEntryPages(texts, titles);
    const changed = await page.$$eval(
      '.book__toc a',
      (links, numbers) =>
        links.reduce((changed, link, index) => {
          const slot = link.querySelector('[data-toc-page]');
          const text = numbers[index] === null ? '' : String(numbers[index]);
          if (!slot || slot.textContent === text) return changed;
          slot.textContent = text;
          return true;
        }, false),
      numbers.map((number) => number ?? null),
    );
    if (!changed) return pdf;
    pdf = await page.pdf(options);
  }
  return pdf;
}

async function main() {
  // An unusable environment variable stops here with its name and what it expects, as in the other scripts.
  readEnvOrExit();
  const { values } = parseArgs({
    options: { format: { type: 'string', default: 'a4' }, dist: { type: 'string', default: 'dist' } },
  });
  const format = formats[values.format.toLowerCase()];
  if (!format) fail(`Unknown --format "${values.format}": use a4 or letter.`);
  const dist = path.resolve(values.dist);
  if (!existsSync(path.join(dist, 'index.html'))) fail(`No built site in ${dist}. Run \`npm run build\` first, then \`npm run pdf\`.`);
  if (!existsSync(chromiumPath)) {
    fail(
      `Chromium is needed at ${chromiumPath} to print the PDFs.\n` +
        `Install it with:  sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at another Chromium or Chrome binary.`,
    );
  }

  /** @type {typeof import('../src/routing/routes')} */
  const { routes } = await importSource('src/routing/routes.ts');
  const jobs = listPdfJobs(dist, routes);
  if (jobs.length === 0) fail(`Found no briefings in ${path.join(dist, routes.briefings())}.`);
  let site;
  try {
    const published = resolvePublishedSite(dist);
    site = published.site;
    if (published.warning) console.warn(`  (${published.warning})`);
  } catch (error) {
    fail(error.message);
  }

  const { chromium } = await import('playwright-core');
  // Port 0: any free port, so this can run beside the browser tests or another export.
  // The pages are opened at the published site's path (its base), so the links Chromium resolves have the same
  // shape as on the site and map onto it one to one (pdf/siteAddress.mjs). The server serves dist/ at its root and
  // the browser strips the base from each request (below), so a site built without the base still finds its assets.
  const basePath = basePathOf(site);
  const server = await serveStatic(dist, 0);
  const origin = `http://127.0.0.1:${server.address().port}/`;
  const localRoot = new URL(basePath, origin).href;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const outDir = pdfFolderOf(dist, routes);
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const results = [];
  try {
    const context = await browser.newContext();
    // The built files sit at the root of dist/, whatever the base: strip it from every request.
    if (basePath !== '/') {
      await context.route(
        (url) => url.origin === new URL(origin).origin && url.pathname.startsWith(basePath),
        (route) => {
          const url = new URL(route.request().url());
          url.pathname = `/${url.pathname.slice(basePath.length)}`;
          return route.continue({ url: url.href });
        },
      );
    }
    // Two tabs at a time: enough to keep Chromium busy on a two-core machine without starving it.
    const queue = [...jobs];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await context.newPage();
        for (let job = queue.shift(); job; job = queue.shift()) {
          const response = await page.goto(localRoot + job.route, { waitUntil: 'load' });
          if (!response?.ok()) throw new Error(`${job.route} answered ${response?.status()}`);
          // The web fonts swap in when loaded (font-display: swap): print only once they have, or the PDF has the fallback.
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          // Read what prints, before links change: the metadata's topics are found by their links.
          await page.emulateMedia({ media: 'print' });
          const metadata = await page.evaluate(collectMetadata, localRoot);
          const headings = await page.evaluate(collectHeadings);
          const internal = await linkInsideDocument(page, { localRoot });
          const options = { format, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true };
          const printed = job.pdf.startsWith('briefing-book') ? await printBook(page, options) : await page.pdf(options);
          const pdf = await finishPdf(printed, { headings, metadata, localRoot, site });
          for (const title of pdf.outline.unmatched) console.warn(`  (${job.pdf}: no heading matches the bookmark "${title}"; left as printed)`);
          if (pdf.figures.withoutAlt > 0) console.warn(`  (${job.pdf}: ${pdf.figures.withoutAlt} figure(s) without alternative text: give the image an accessible name)`);
          writeFileSync(path.join(outDir, job.pdf), pdf.bytes);
          results.push({ ...job, pages: pdf.pages, bytes: pdf.bytes.length, links: { internal, published: pdf.published } });
        }
        await page.close();
      }),
    );
  } finally {
    await browser.close();
    server.close();
  }

  for (const job of results) {
    const htmlFile = path.join(dist, job.route, 'index.html');
    const html = readFileSync(htmlFile, 'utf8');
    const linked = insertPdfLink(html, job.pdf, `${format}, ${job.pages} ${job.pages === 1 ? 'page' : 'pages'}, ${formatSize(job.bytes)}`);
    if (linked === html) console.warn(`  (no PDF slot for ${job.pdf} in ${path.relative(process.cwd(), htmlFile)}; not linked)`);
    else writeFileSync(htmlFile, linked);
  }
  results.sort((a, b) => a.pdf.localeCompare(b.pdf));
  for (const job of results) {
    const links = `${job.links.internal} links inside the PDF, ${job.links.published} to the site`;
    console.log(`  ${path.join(path.relative(process.cwd(), outDir), job.pdf)}  ${job.pages} pages, ${formatSize(job.bytes)}, ${links}`);
  }
  console.log(`Printed ${results.length} PDFs (${format}) in ${((performance.now() - started) / 1000).toFixed(1)} s, linking to ${site}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
