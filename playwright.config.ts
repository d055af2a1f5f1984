import { defineConfig } from '@playwright/test';
import { readEnv } from './src/config/env.ts';

const port = readEnv().testPort;

/**
 * Browser tests run against the built site (`dist/`), served by scripts/serveStatic.mjs (astro preview allows only one server per project), in Debian's Chromium.
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
  webServer: {
    command: `node scripts/serveStatic.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
