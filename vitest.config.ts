/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import { astroTests } from './vitest.unit.config.ts';

/**
 * The content root the 'astro' project reads: the invented fixture book, so that these generator tests assert what
 * the generator does with any book and never lean on the sample book's facts (those are checked in tests/content/).
 */
const fixtureBook = 'tests/fixtures/atlas-book';

// Two projects: 'unit' (plain Vitest, vitest.unit.config.ts) and 'astro', the tests that need Astro itself: the
// Container API (components), `astro:content`'s collections (the fixture book as Astro loads it), endpoints under
// src/pages. Builds of fixture content roots live in vitest.builds.config.ts and run after both: a build rewrites
// the project's .astro/ folder, which the tests of the 'astro' project read.
export default defineConfig({
  test: {
    projects: [
      './vitest.unit.config.ts',
      // Astro's Vite config lets tests import `astro:content` helpers and render components with the Container API.
      // Astro reads BRIEFBOOK_CONTENT while it loads its config (the per-root cacheDir, the content loaders), in this
      // process; the variable is set only for that load so that the 'unit' project, loaded alongside, keeps the default.
      withContentRoot(fixtureBook, getViteConfig({
        test: {
          name: 'astro',
          include: astroTests,
          // The test files (and tests/setup/syncContentStore.ts, which syncs this root) read the same content root.
          env: { BRIEFBOOK_CONTENT: fixtureBook },
          testTimeout: 60_000,
          // Fills the content store that `astro:content` reads under Vitest (see the file for why).
          globalSetup: ['tests/setup/syncContentStore.ts'],
          // Vitest empties CSS imports unless told otherwise; the standalone-SVG endpoint embeds the styles with `?raw`.
          css: { include: [/src\/styles\/.*\.css/] },
        },
      })),
    ],
  },
});

type ViteConfigFunction = ReturnType<typeof getViteConfig>;

/** Runs Astro's config loading with BRIEFBOOK_CONTENT set to `root`, restoring the environment afterwards. */
function withContentRoot(root: string, load: ViteConfigFunction): ViteConfigFunction {
  return async (...args) => {
    const previous = process.env.BRIEFBOOK_CONTENT;
    process.env.BRIEFBOOK_CONTENT = root;
    try {
      return await load(...args);
    } finally {
      if (previous === undefined) delete process.env.BRIEFBOOK_CONTENT;
      else process.env.BRIEFBOOK_CONTENT = previous;
    }
  };
}
