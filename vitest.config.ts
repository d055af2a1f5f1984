/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import { astroTests } from './vitest.unit.config.ts';

// Two projects: 'unit' (plain Vitest, vitest.unit.config.ts) and 'astro', the tests that need Astro itself: the
// Container API (components), `astro:content`'s collections (the sample book as Astro loads it), endpoints under
// src/pages. Builds of fixture content roots live in vitest.builds.config.ts and run after both: a build rewrites
// the project's .astro/ folder, which the tests of the 'astro' project read.
export default defineConfig({
  test: {
    projects: [
      './vitest.unit.config.ts',
      // Astro's Vite config lets tests import `astro:content` helpers and render components with the Container API.
      getViteConfig({
        test: {
          name: 'astro',
          include: astroTests,
          testTimeout: 60_000,
          // Fills the content store that `astro:content` reads under Vitest (see the file for why).
          globalSetup: ['tests/setup/syncContentStore.ts'],
          // Vitest empties CSS imports unless told otherwise; the standalone-SVG endpoint embeds the styles with `?raw`.
          css: { include: [/src\/styles\/.*\.css/] },
        },
      }),
    ],
  },
});
