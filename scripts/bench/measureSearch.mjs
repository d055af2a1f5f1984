// Measures search in Chromium over a built site: how long the first query takes (loading Pagefind included) and how
// many bytes it transfers, and how long later queries take. Runs Debian's Chromium through playwright-core.
//
// Two ways, reported separately:
// - "api": Pagefind's JS API in a blank page of the site (both Briefbook and the baseline): import pagefind.js, set
//   the site's search options, search, and load the first result's data. This is the search engine's own latency.
// - "ui" (when the site's pages have a search field, `[data-header-search]`): on a briefing page, focus the header
//   search field and type the query, timed until the results list is rendered. This includes the field's deliberate
//   pause after typing (so that a fast typist does not search every letter).
import { chromium } from 'playwright-core';
import { serveStatic } from '../serveStatic.mjs';
import { readEnv } from '../../src/config/env.ts';

const benchPage = '/__bench/search.html';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const searchField = '[data-header-search] input[type="search"]';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))];
};

/**
 * One query through Pagefind's JS API, timed in the page: load Pagefind if needed, search, and load the first
 * result's data (its URL, title and excerpt), which is what a results list shows first.
 */
async function searchInPage({ query, options }) {
  const start = performance.now();
  const bench = /** @type {any} */ (window);
  if (!bench.pagefind) {
    bench.pagefind = await import('/pagefind/pagefind.js');
    await bench.pagefind.options(options);
  }
  const search = await bench.pagefind.search(query);
  const first = search.results.length > 0 ? await search.results[0].data() : undefined;
  return { ms: performance.now() - start, results: search.results.length, url: first?.url };
}

/**
 * Types a query into the header search field (focusing it first, which starts loading Pagefind) and resolves when
 * the results list has been rendered, with the time since the input event.
 */
async function typeInPage({ selector, query }) {
  const input = /** @type {HTMLInputElement} */ (document.querySelector(selector));
  const form = /** @type {HTMLFormElement} */ (input.closest('form'));
  const listbox = /** @type {HTMLElement} */ (form.querySelector('[data-listbox]'));
  const message = /** @type {HTMLElement} */ (form.querySelector('[data-message]'));
  return new Promise((resolve, reject) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      const options = listbox.querySelectorAll('[role="option"]').length;
      if (options === 0 && (message.hidden || !message.textContent)) return;
      observer.disconnect();
      resolve({ ms: performance.now() - start, options, message: message.hidden ? '' : message.textContent });
    });
    observer.observe(form, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
    setTimeout(() => reject(new Error(`No results rendered for "${query}" within 10 s`)), 10_000);
    if (document.activeElement !== input) input.focus();
    start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/**
 * Search latency and transfer for the site in `dir`, measured `runs` times, each in a fresh browser context (an
 * empty cache) for the first query.
 *
 * @example await measureSearch({ dir: '.bench/out/briefbook-1000', queries: ['harbour', 'convoy'], uiPage: '/briefings/x/' })
 * // { browser, api: { first: { ms, bytes, requests }, later: { ms, p95 } }, ui?: { … }, resultCounts }
 */
export async function measureSearch({ dir, queries, runs = 5, searchOptions = {}, uiPage, executablePath = readEnv().chromiumPath }) {
  const server = await serveStatic(dir, 0, {
    gzip: true,
    extraPages: { [benchPage]: '<!doctype html><html lang="en"><title>Search benchmark</title><link rel="icon" href="data:,"><body></body></html>' },
  });
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const collect = () => ({ firstMs: [], firstBytes: [], firstRequests: [], laterMs: [] });
  const summarize = (samples) =>
    samples.firstMs.length === 0
      ? undefined
      : {
          first: { ms: median(samples.firstMs), bytes: median(samples.firstBytes), requests: median(samples.firstRequests) },
          later: { ms: median(samples.laterMs), p95: percentile95(samples.laterMs), count: samples.laterMs.length },
        };
  try {
    const api = collect();
    const ui = collect();
    const resultCounts = {};
    for (let run = 0; run < runs; run += 1) {
      let context = await browser.newContext();
      let page = await context.newPage();
      await page.goto(`${server.url}${benchPage}`);
      server.resetCount();
      const first = await page.evaluate(searchInPage, { query: queries[0], options: searchOptions });
      const transferred = server.count();
      if (first.results === 0) throw new Error(`The first query "${queries[0]}" found nothing in ${dir}`);
      api.firstMs.push(first.ms);
      api.firstBytes.push(transferred.bytes);
      api.firstRequests.push(transferred.requests);
      resultCounts[queries[0]] = first.results;
      for (const query of queries.slice(1)) {
        const later = await page.evaluate(searchInPage, { query, options: searchOptions });
        api.laterMs.push(later.ms);
        resultCounts[query] = later.results;
      }
      await context.close();

      if (!uiPage) continue;
      context = await browser.newContext();
      page = await context.newPage();
      await page.goto(`${server.url}${uiPage}`, { waitUntil: 'load' });
      if ((await page.locator(searchField).count()) === 0) throw new Error(`No search field (${searchField}) on ${uiPage}`);
      server.resetCount();
      const typed = await page.evaluate(typeInPage, { selector: searchField, query: queries[0] });
      const typedTransfer = server.count();
      if (typed.options === 0) throw new Error(`Typing "${queries[0]}" on ${uiPage} listed no results (${typed.message})`);
      ui.firstMs.push(typed.ms);
      ui.firstBytes.push(typedTransfer.bytes);
      ui.firstRequests.push(typedTransfer.requests);
      for (const query of queries.slice(1)) ui.laterMs.push((await page.evaluate(typeInPage, { selector: searchField, query })).ms);
      await context.close();
    }
    return { browser: `Chromium ${browser.version()}`, runs, api: summarize(api), ui: summarize(ui), resultCounts };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
