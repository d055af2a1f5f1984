/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { astroContentShim } from './scripts/lib/importSource.mjs';

/**
 * Tests that need Astro itself (see vitest.config.ts); every other Vitest test is a plain unit test and runs here,
 * without Astro's Vite setup or `astro sync`, so this project starts in seconds. `npm run test:fast` runs it alone
 * (with this file as the config, so Astro's project is not even set up); `npm test` runs it inside vitest.config.ts.
 */
export const astroTests = ['tests/components/**/*.test.ts', 'tests/unit/downloads.test.ts', 'tests/charts/chartsMatchContent.test.ts'];

export default defineConfig({
  // The schemas import `reference` from `astro:content`; the shim `npm run check` uses provides it (astroContentShim.mjs).
  plugins: [astroContentShim()],
  test: {
    name: 'unit',
    // Tests mirror src/: a module's test sits in the folder named after the module's concept.
    // Every test file outside the other tiers, so a test in a new folder runs without being listed here.
    include: ['tests/**/*.test.ts'],
    exclude: [...astroTests, 'tests/build/**', 'tests/e2e/**', 'tests/fixtures/**', '**/node_modules/**'],
    testTimeout: 60_000,
    // The tests here are pure: no mocks of modules, no environment changes, no global state but caches that the build
    // shares between pages in the same way. Without isolation each worker imports d3, the schemas and the basemap once
    // instead of once per test file, which was two thirds of this tier's time (36 s against 13 s, 2 cores under load).
    isolate: false,
    // `npm run test:coverage`: what the plain tests cover of the code they can reach (components and pages are
    // covered by the 'astro' project and the browser tests). The thresholds sit just under what was measured, so
    // they catch a change that drops tests, not the ordinary drift of a refactoring.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/pages/**', 'src/**/*.d.ts'],
      reporter: ['text-summary'],
      // Measured at 67 % of statements and lines, 61 % of branches, 62 % of functions (30 November 2026).
      thresholds: { statements: 65, lines: 65, branches: 59, functions: 60 },
    },
  },
});
