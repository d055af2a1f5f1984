// Browser tests drive Debian's Chromium, because browser downloads from the internet are not available on the
// machines this project is built on. This makes `npm test` work on a fresh machine: it installs the package
// when it can (root with apt-get), and otherwise says exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readEnv } from '../src/config/env.ts';

export const chromiumPath = readEnv().chromiumPath;

export function ensureChromium({ install = true } = {}) {
  if (existsSync(chromiumPath)) return chromiumPath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium not found at ${chromiumPath}; installing Debian's chromium package…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(chromiumPath)) return chromiumPath;
  }
  console.error(
    `Chromium is needed at ${chromiumPath} for the browser tests and PDF export.\n` +
      `Install it with:  sudo apt-get install -y chromium\n` +
      `or point CHROMIUM_PATH at another Chromium or Chrome binary.`,
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
