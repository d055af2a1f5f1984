#!/usr/bin/env node
// Runs queries against a built site's Pagefind index in Debian's Chromium and reports, per query, how long it took,
// how many bytes of /pagefind/ it fetched, and the top results: for tuning ranking by hand (docs/search.md, "Measuring").
// The benchmark measures search with scripts/bench/measureSearch.mjs instead.
//
//   node scripts/searchProbe.mjs [--dist dist] [--top 5] [--json] "query one" "query two" …
//
// The first query pays for loading Pagefind (script, WebAssembly, metadata); later ones only for the index chunks
// and result fragments they need, which is the difference the benchmark's "first" and "later" figures describe.
// Bytes are counted as served here (uncompressed) and as a static host that gzips text would send them: Pagefind's
// index files are gzipped already, so only its JavaScript and JSON shrink further.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pagefindSearchOptions } from '../src/search/client/pagefindSearchOptions.ts';
import { ensureChromium } from './ensureChromium.mjs';
import { serveStatic } from './serveStatic.mjs';

const textFile = /\.(js|json|css|html)(\?|$)/;

/**
 * @param {{ dist?: string, queries: string[], top?: number, options?: object }} settings
 * `loadMs` (first query only) is loading Pagefind until it can search; `searchMs` the query itself, index chunks
 * included; `totalMs` everything, with the top results' data.
 * @returns {Promise<Array<{ query: string, loadMs: number, searchMs: number, totalMs: number, bytes: number, gzipBytes: number, requests: number, count: number, top: Array<{ url: string, title: string, type?: string, excerpt: string }> }>>}
 */
export async function probeSearch({ dist = 'dist', queries, top = 5, options = pagefindSearchOptions }) {
  const server = await serveStatic(dist, 0);
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: ensureChromium({ install: false }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    /** @type {Array<Promise<{ url: string, bytes: number, gzipBytes: number }>>} */
    const fetched = [];
    page.on('requestfinished', (request) => {
      if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
      fetched.push(
        (async () => {
          const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          const gzipBytes = textFile.test(request.url()) ? gzipSync(body).length : body.length;
          return { url: request.url(), bytes: body.length, gzipBytes };
        })(),
      );
    });
    await page.goto(`${origin}/`);
    const report = [];
    for (const query of queries) {
      const before = fetched.length;
      const result = await page.evaluate(
        async ({ query, top, options }) => {
          const started = performance.now();
          let loadMs = 0;
          if (!window.__pagefind) {
            // @ts-ignore -- resolved by the browser against the served site
            window.__pagefind = await import('/pagefind/pagefind.js');
            await window.__pagefind.options(options);
            await window.__pagefind.init();
            // An empty search returns as soon as the WebAssembly is ready, without fetching any index.
            await window.__pagefind.search('');
            loadMs = performance.now() - started;
          }
          const pagefind = window.__pagefind;
          const searchStarted = performance.now();
          const search = await pagefind.search(query);
          const searched = performance.now();
          const data = await Promise.all(search.results.slice(0, top).map((item) => item.data()));
          return {
            loadMs,
            searchMs: searched - searchStarted,
            totalMs: performance.now() - started,
            count: search.results.length,
            top: data.map((item) => ({ url: item.url, title: item.meta.title, type: item.meta.type, excerpt: item.excerpt })),
          };
        },
        { query, top, options },
      );
      // Let the 'requestfinished' handlers for this query's fetches record their sizes.
      await page.waitForTimeout(50);
      const mine = await Promise.all(fetched.slice(before));
      report.push({
        query,
        ...result,
        requests: mine.length,
        files: mine.map((item) => ({ path: new URL(item.url).pathname, bytes: item.bytes, gzipBytes: item.gzipBytes })),
        bytes: mine.reduce((sum, item) => sum + item.bytes, 0),
        gzipBytes: mine.reduce((sum, item) => sum + item.gzipBytes, 0),
      });
    }
    return report;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const take = (flag) => {
    const at = args.indexOf(flag);
    return at < 0 ? undefined : args.splice(at, 2)[1];
  };
  const has = (flag) => {
    const at = args.indexOf(flag);
    if (at >= 0) args.splice(at, 1);
    return at >= 0;
  };
  const dist = take('--dist') ?? 'dist';
  const top = Number(take('--top') ?? 5);
  const json = has('--json');
  const report = await probeSearch({ dist, queries: args, top });
  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    for (const row of report) {
      console.log(`\n"${row.query}" — ${row.count} results, ${row.loadMs ? `${row.loadMs.toFixed(1)} ms loading, ` : ''}${row.searchMs.toFixed(1)} ms search, ${row.totalMs.toFixed(1)} ms with top ${top}, ${row.requests} requests, ${(row.bytes / 1024).toFixed(1)} kB (${(row.gzipBytes / 1024).toFixed(1)} kB gzipped)`);
      row.top.forEach((item, index) => console.log(`  ${index + 1}. ${item.url} [${item.type ?? '?'}] ${item.title}\n       ${item.excerpt.replace(/\s+/g, ' ').slice(0, 160)}`));
    }
  }
}
