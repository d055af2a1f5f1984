/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Tests that run whole builds of fixture content roots (bad input, atomic output, escaping, scaffolding).
// They run as their own step, after the other Vitest tests, because every Astro build rewrites the project's
// .astro/ folder, which the component tests read; scripts/build.mjs also runs one Astro build at a time.
export default getViteConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    // Two files at a time: on a two-core machine Vitest would otherwise run them one by one. Their Astro builds still
    // take turns (scripts/lib/projectLock.mjs); what overlaps is everything else, above all the broken fixtures'
    // builds, which stop at the content check before Astro starts.
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
