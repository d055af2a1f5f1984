// Measures search in Chromium over a built site: how long the first query takes (loading Pagefind included) and how
// many bytes it transfers, and how long later queries take. Runs Debian's Chromium through playwright-core.
import { chromium } from 'playwright-core';
import { serveStatic } from './serveStatic.mjs';

const benchPage = '/__bench/search.html';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * One query through Pagefind's JS API, timed in the page: load Pagefind if needed, search, and load the first
 * result's data (its URL, title and excerpt), which is what a results list shows first.
 */
async function searchInPage(query) {
  const start = performance.now();
  const bench = /** @type {any} */ (window);
  bench.pagefind ??= await import('/pagefind/pagefind.js');
  const search = await bench.pagefind.search(query);
  const first = search.results.length > 0 ? await search.results[0].data() : undefined;
  return { ms: performance.now() - start, results: search.results.length, url: first?.url };
}

/**
 * Search latency and transfer for the site in `dir`, measured `runs` times, each in a fresh browser context (an
 * empty cache) for the first query.
 *
 * @example await measureSearch({ dir: '.bench/out/briefbook-1000', queries: ['harbour', 'convoy'] })
 * // { mode: 'api', first: { ms, bytes, requests }, later: { ms, p95 }, results: [...] }
 */
export async function measureSearch({ dir, queries, runs = 5, executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }) {
  const server = await serveStatic(dir, { extraPages: { [benchPage]: '<!doctype html><html lang="en"><title>Search benchmark</title><link rel="icon" href="data:,"><body></body></html>' } });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const firstTimes = [];
    const firstBytes = [];
    const firstRequests = [];
    const laterTimes = [];
    const resultCounts = {};
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}${benchPage}`);
      server.resetCount();
      const first = await page.evaluate(searchInPage, queries[0]);
      const transferred = server.count();
      if (first.results === 0) throw new Error(`The first query "${queries[0]}" found nothing in ${dir}`);
      firstTimes.push(first.ms);
      firstBytes.push(transferred.bytes);
      firstRequests.push(transferred.requests);
      resultCounts[queries[0]] = first.results;
      for (const query of queries.slice(1)) {
        const later = await page.evaluate(searchInPage, query);
        laterTimes.push(later.ms);
        resultCounts[query] = later.results;
      }
      await context.close();
    }
    const sortedLater = [...laterTimes].sort((a, b) => a - b);
    return {
      mode: 'api',
      browser: `Chromium ${browser.version()}`,
      runs,
      first: { ms: median(firstTimes), bytes: median(firstBytes), requests: median(firstRequests) },
      later: { ms: median(laterTimes), p95: sortedLater[Math.min(sortedLater.length - 1, Math.floor(sortedLater.length * 0.95))], count: laterTimes.length },
      resultCounts,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
