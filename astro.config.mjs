// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: process.env.BRIEFBOOK_SITE ?? 'https://briefbook.example.org',
  trailingSlash: 'always',
  // Two content entries with one id are an error, not a warning that silently drops one of them.
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
