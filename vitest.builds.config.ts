/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Tests that run whole builds of fixture content roots (bad input, atomic output, escaping, scaffolding).
// They run as their own step, after the other Vitest tests, because every Astro build rewrites the project's
// .astro/ folder, which the component tests read; scripts/build.mjs also runs one Astro build at a time.
export default getViteConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
