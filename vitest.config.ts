/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets tests import `astro:content` helpers and render components with the Container API.
export default getViteConfig({
  test: {
    // Builds of fixture content roots live in vitest.builds.config.ts and run after these: a build rewrites the
    // project's .astro/ folder, which the component tests here read.
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/charts/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 60_000,
    // Fills the content store that `astro:content` reads under Vitest (see the file for why).
    globalSetup: ['tests/setup/syncContentStore.ts'],
    // Vitest empties CSS imports unless told otherwise; the standalone-SVG endpoint embeds the styles with `?raw`.
    css: { include: [/src\/styles\/.*\.css/] },
  },
});
