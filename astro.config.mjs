// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/search/build/pagefindIntegration.ts';
import { staticHeaders } from './src/integrations/staticHeaders.ts';
import { devServer } from './src/integrations/devServer.ts';
import { importSource } from './scripts/lib/importSource.mjs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import os from 'node:os';
import { buildWorkersFor, readEnv } from './src/config/env.ts';

// Astro caches parsed content between builds. A build of another content root (a fixture, a benchmark corpus)
// gets its own cache, so entries of one root never leak into, or clash with, another's.
const env = readEnv();
const contentRoot = env.content;
const cacheDir = contentRoot
  ? `./node_modules/.astro/content-${createHash('sha256').update(path.resolve(contentRoot)).digest('hex').slice(0, 12)}`
  : undefined;

const headers = staticHeaders();

// Pages render on several threads only where that wins (BRIEFBOOK_BUILD_WORKERS; see buildWorkersFor).
const buildWorkers = buildWorkersFor(env.buildWorkers, os.availableParallelism());

export default defineConfig({
  // BRIEFBOOK_SITE sets both: `https://example.org/briefs/` serves every page, asset and search file under /briefs/.
  site: env.site,
  base: env.base,
  trailingSlash: 'always',
  ...(cacheDir && { cacheDir }),
  // Two content entries with one id, or two routes with one URL, are an error, not a warning that silently drops one.
  prerenderConflictBehavior: 'error',
  // Scope component styles with a class rather than a data-astro-cid-* attribute: the same specificity, fewer bytes
  // on every element of every page.
  scopedStyleStrategy: 'class',
  // Several pages in flight on the one rendering thread: while one waits for its file to be written or its note's
  // module to load, another renders. One at a time left the thread idle about a tenth of page generation at 1,000
  // notes. With prerender threads Astro multiplies this by their number, so it stays at one there.
  build: { concurrency: buildWorkers > 1 ? 1 : 4 },
  // The search pass reads every built page once and hands each to the _headers pass, which runs after it.
  integrations: [devServer({ loadProblemsModule: () => importSource('src/devServer/contentProblemsResponse.ts') }), mdx(), sitemap(), pagefind({ onPage: headers.readPage }), headers],
  ...(buildWorkers > 1 && { experimental: { parallelPrerender: { workers: buildWorkers } } }),
  // A strict Content-Security-Policy in a <meta> on every page. Astro adds the hashes of its own scripts and
  // styles to script-src and style-src; everything else is denied unless listed here. Tested by tests/e2e/csp.spec.ts.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        // The self-hosted fonts (src/styles/fonts.css); no font comes from another origin.
        "font-src 'self'",
        // Pagefind fetches its index and its WebAssembly module from /pagefind/.
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search module; it does not allow eval() of scripts.
      // Pagefind's worker is not used, so no worker-src.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Shiki colours code with inline style attributes, which the policy forbids; briefings hold no code to colour.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // A font is always its own file: the small on-demand subsets (src/fonts, docs/fonts.md) would otherwise be
      // inlined into the stylesheet every page loads, and the policy's font-src 'self' refuses data: fonts.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, defaultHandler) {
          // Astro marks every MDX module with this directive; Rolldown warns once per note, which would bury
          // real warnings in a large briefing book. Known Astro issue withastro/astro#18087, harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          defaultHandler(warning);
        },
      },
    },
  },
});
