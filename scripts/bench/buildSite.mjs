// Builds Briefbook or the baseline site (bench/baseline/) from a content root, cold (the content-layer cache is
// cleared), into a given folder, with its own cache folder so it never touches the project's dist/ or caches.
// It is `astro build --force --outDir OUT` through Astro's programmatic API, which the CLI calls too.
//
// Usage: node scripts/bench/buildSite.mjs --site briefbook|baseline --content DIR --out DIR [--cache DIR]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const siteRoots = { briefbook: projectRoot, baseline: path.join(projectRoot, 'bench/baseline') };

const options = {};
const argv = process.argv.slice(2);
for (let index = 0; index < argv.length; index += 2) options[argv[index].replace(/^--/, '')] = argv[index + 1];
if (!siteRoots[options.site] || !options.content || !options.out) {
  console.error('Usage: node scripts/bench/buildSite.mjs --site briefbook|baseline --content DIR --out DIR [--cache DIR]');
  process.exit(2);
}
const outDir = path.resolve(options.out);
// Astro puts its intermediate server build inside outDir only when outDir is inside the working directory;
// otherwise it shares ./.astro with any other build running, so keep it inside.
if (!outDir.startsWith(`${process.cwd()}${path.sep}`)) {
  console.error(`Expected --out inside the working directory (${process.cwd()}), got ${outDir}`);
  process.exit(2);
}
process.env.BRIEFBOOK_CONTENT = path.resolve(options.content);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro rewrites the project's .astro/ folder on every build, so builds of the project take turns (as npm run build
// does); the baseline has a root, and a .astro/, of its own.
const { acquireProjectLock } = await import('../lib/projectLock.mjs');
const release = options.site === 'briefbook' ? await acquireProjectLock(path.join(projectRoot, '.briefbook', 'astro.lock')) : () => {};
try {
  const { build } = await import('astro');
  await build({
    root: siteRoots[options.site],
    outDir,
    cacheDir: path.resolve(options.cache ?? path.join(path.dirname(outDir), `.cache-${path.basename(outDir)}`)),
    force: true,
  });
} finally {
  release();
}
