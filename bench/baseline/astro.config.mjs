// @ts-check
// The benchmark's reference: a bare Astro 7 + MDX + Pagefind site over the same generated briefings/*.mdx that
// Briefbook builds. No schemas beyond the title, no cross-references, no data pages: what any Astro blog would do.
// It uses the repository's node_modules; build it with `node scripts/bench/buildSite.mjs --site baseline`.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Runs Pagefind's Node API over the built pages, as Briefbook's own integration does.
 * @returns {import('astro').AstroIntegration}
 */
function pagefind() {
  return {
    name: 'baseline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`Pagefind indexed ${added.page_count} pages`);
      },
    },
  };
}

export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, defaultHandler) {
          // The same filter as Briefbook's config: one harmless warning per MDX note (withastro/astro#18087), whose
          // printing would otherwise count against the baseline only.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          defaultHandler(warning);
        },
      },
    },
  },
});
