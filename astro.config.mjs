// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import path from 'node:path';

// Astro caches parsed content between builds. A build of another content root (a fixture, a benchmark corpus)
// gets its own cache, so entries of one root never leak into, or clash with, another's.
const contentRoot = process.env.BRIEFBOOK_CONTENT;
const cacheDir = contentRoot
  ? `./node_modules/.astro/content-${createHash('sha256').update(path.resolve(contentRoot)).digest('hex').slice(0, 12)}`
  : undefined;

export default defineConfig({
  site: process.env.BRIEFBOOK_SITE ?? 'https://briefbook.example.org',
  trailingSlash: 'always',
  ...(cacheDir && { cacheDir }),
  // Two content entries with one id, or two routes with one URL, are an error, not a warning that silently drops one.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap()],
  vite: {
    build: {
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
