// The browser tests' second site: the fixture book tests/fixtures/atlas-book, built for a sub-path and served
// there, so that a book other than the sample, deployed under a base path, is browsed in Chromium.
//
//   node scripts/serveFixtureBook.mjs <port>
//   node scripts/serveFixtureBook.mjs --build-only     (`npm test`'s build step: build it if out of date, serve nothing)
//
// It builds into .briefbook/e2e-atlas only when that build is older than the generator or the fixture (src/,
// scripts/, public/, astro.config.mjs, package-lock.json, the fixture book), so a run of one browser test does
// not pay for a build it already has.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './lib/importSource.mjs';
import { serveStatic } from './serveStatic.mjs';

export const fixtureBook = { content: 'tests/fixtures/atlas-book', site: 'https://example.org/atlas/', outDir: '.briefbook/e2e-atlas' };

/** The newest modification time of a file or of anything under a folder. */
function newest(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), stat.mtimeMs);
}

const buildOnly = process.argv[2] === '--build-only';
const port = Number(process.argv[2]);
const outDir = path.join(projectRoot, fixtureBook.outDir);
const stamp = path.join(outDir, '.built-from');
const inputs = ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json', fixtureBook.content].map((name) => path.join(projectRoot, name));
if (!existsSync(stamp) || newest(stamp) < Math.max(...inputs.map(newest))) {
  console.log(`Building ${fixtureBook.content} for ${fixtureBook.site} into ${fixtureBook.outDir}/…`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', fixtureBook.outDir], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, BRIEFBOOK_CONTENT: fixtureBook.content, BRIEFBOOK_SITE: fixtureBook.site },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stamp, `${fixtureBook.content} for ${fixtureBook.site}\n`);
}
if (buildOnly) process.exit(0);
await serveStatic(outDir, port, { base: new URL(fixtureBook.site).pathname });
console.log(`Serving ${fixtureBook.outDir} at http://127.0.0.1:${port}${new URL(fixtureBook.site).pathname}`);
