// Loads one of the project's TypeScript modules (src/…) in plain Node, through Vite's module runner, without
// starting Astro: for the tools that run now and then (`npm run new`, the schema reference, the PDF export, the dev
// server's problem page). `npm run check` and the build's check load theirs with Node's own type stripping
// (importSourceNatively.mjs), which starts in a fraction of the time. The schemas import `reference` from
// `astro:content`, a virtual module that only exists inside Astro's Vite setup; here it is astroContentShim.mjs,
// Astro's own implementation (`createReference` from astro/content/runtime, the same call Astro's generated module
// makes), so the schemas are the real ones.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const shimFile = fileURLToPath(new URL('./astroContentShim.mjs', import.meta.url));

/**
 * A Vite plugin that provides `astro:content`'s `reference` outside Astro; the plain Vitest project uses it too, so
 * tests of the schemas run without Astro's setup.
 * @returns {import('vite').Plugin}
 */
export function astroContentShim() {
  return {
    name: 'briefbook:astro-content',
    enforce: 'pre',
    resolveId: (id) => (id === 'astro:content' ? shimFile : undefined),
  };
}

/**
 * @template T
 * @param {string} modulePath path from the project root, e.g. 'src/check/checkContent.ts'
 * @returns {Promise<T>}
 */
export async function importSource(modulePath) {
  const { module } = await runnerImport(path.join(projectRoot, modulePath), {
    configFile: false,
    root: projectRoot,
    logLevel: 'silent',
    plugins: [astroContentShim()],
  });
  return module;
}
