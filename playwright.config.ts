import { defineConfig } from '@playwright/test';
import { readEnv } from './src/config/env.ts';

const port = readEnv().testPort;
/** The second fixture book, built for a sub-path by scripts/serveFixtureBook.mjs (it builds only when out of date). */
const atlasPort = port + 1;
const atlasBase = '/atlas/';

/**
 * Browser tests run against the built site (`dist/`), served by scripts/serveStatic.mjs (astro preview allows only one server per project), in Debian's Chromium.
 * The tests under tests/e2e/atlas-book/ browse a second book (tests/fixtures/atlas-book) deployed under /atlas/.
 * The flags keep Chromium from reaching for the network, which is closed on the machines this runs on.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: readEnv().chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    { name: 'sample', testIgnore: 'atlas-book/**' },
    { name: 'atlas-book', testMatch: 'atlas-book/**/*.spec.ts', use: { baseURL: `http://127.0.0.1:${atlasPort}${atlasBase}` } },
  ],
  webServer: [
    {
      command: `node scripts/serveStatic.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serveFixtureBook.mjs ${atlasPort}`,
      url: `http://127.0.0.1:${atlasPort}${atlasBase}`,
      reuseExistingServer: false,
      // Includes one build of the small fixture book when it is out of date.
      timeout: 240_000,
    },
  ],
});
