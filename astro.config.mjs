// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.BRIEFBOOK_SITE ?? 'https://briefbook.example.org',
  trailingSlash: 'always',
  // Two content entries with one id are an error, not a warning that silently drops one of them.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap(), pagefind()],
  // A strict Content-Security-Policy in a <meta> of every page: Astro hashes the scripts and styles it emits, nothing
  // else runs. Pagefind compiles WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval'); its worker is not
  // used, so no worker-src is needed. Provisional until the quality gates settle the final policy.
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  // Shiki colours code with inline styles, which the policy blocks; briefings carry no code blocks.
  markdown: { syntaxHighlight: false },
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
