// Loads one of the project's TypeScript modules (src/…) with Node's own type stripping, for the scripts that run
// on every edit (`npm run check` and the build's check thread). Vite's module runner (importSource.mjs) costs about
// half a second of start-up and transforms before the first line of the check runs; Node strips the types as it
// reads each file. What Vite's resolution gives the source, and Node does not, is supplied by one synchronous hook:
// - extensionless relative imports (`from './checkContent'`) resolve to the `.ts` (or `/index.ts`) file;
// - `astro:content` resolves to astroContentShim.mjs, Astro's own `reference`, as in importSource.mjs;
// - `import.meta.env` is what Vite defines for a script run outside Astro (base `/`, development);
// - JSON imports need no `with { type: 'json' }`.
// Only modules of this project outside node_modules are touched. Node strips types but does not transform them:
// the source must be erasable TypeScript (no enums, namespaces or parameter properties; tsconfig's
// erasableSyntaxOnly holds it to that).
// Node's compile cache keeps the stripped and compiled code of every module between runs (keyed by content, so an
// edited file is compiled afresh): about half of what loading costs. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { enableCompileCache, registerHooks } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Not imported from importSource.mjs, which loads Vite.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const projectUrl = pathToFileURL(`${projectRoot}/`).href;
const nodeModulesUrl = `${projectUrl}node_modules/`;
const shimUrl = new URL('./astroContentShim.mjs', import.meta.url).href;
/** The order Vite tries (resolve.extensions), then a folder's index. */
const candidateSuffixes = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json', '/index.ts', '/index.js'];
/** What Vite replaces `import.meta.env` with when it runs a module outside Astro (importSource.mjs). */
const viteEnv = '{ BASE_URL: "/", MODE: "development", DEV: true, PROD: false, SSR: true }';

const isOwnModule = (url) => url !== undefined && url.startsWith(projectUrl) && !url.startsWith(nodeModulesUrl);

const isFile = (file) => existsSync(file) && statSync(file).isFile();

let registered = false;
function registerSourceHooks() {
  if (registered) return;
  registered = true;
  enableCompileCache(path.join(projectRoot, 'node_modules/.cache/briefbook-compile'));
  registerHooks({
    resolve(specifier, context, nextResolve) {
      // Handed on resolved rather than short-circuited, so that a hook registered before (tests/architecture/
      // recordLoads.mjs) still sees every module.
      if (specifier === 'astro:content') return nextResolve(shimUrl, context);
      if (isOwnModule(context.parentURL) && (specifier.startsWith('./') || specifier.startsWith('../'))) {
        const target = fileURLToPath(new URL(specifier, context.parentURL));
        if (!isFile(target)) {
          const found = candidateSuffixes.map((suffix) => target + suffix).find(isFile);
          if (found) return nextResolve(pathToFileURL(found).href, context);
        }
      }
      return nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
      if (!isOwnModule(url)) return nextLoad(url, context);
      if (url.endsWith('.json')) {
        return { format: 'module', source: `export default ${readFileSync(fileURLToPath(url), 'utf8')};`, shortCircuit: true };
      }
      const loaded = nextLoad(url, context);
      if (loaded.format !== 'module-typescript' && loaded.format !== 'module') return loaded;
      const source = String(loaded.source);
      if (!source.includes('import.meta.env')) return loaded;
      // On the first line, so that every line number (stack traces, coverage) stays the file's own.
      return { ...loaded, source: `import.meta.env ??= ${viteEnv};${source}` };
    },
  });
}

/**
 * @template T
 * @param {string} modulePath path from the project root, e.g. 'src/check/contentCheck.ts'
 * @returns {Promise<T>}
 */
export async function importSourceNatively(modulePath) {
  registerSourceHooks();
  return import(pathToFileURL(path.join(projectRoot, modulePath)).href);
}
