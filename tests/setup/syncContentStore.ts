import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Vitest runs Astro's Vite config in "serve" mode, where `astro:content` reads the dev data store
 * (`.astro/data-store.json`). Only `astro dev` writes that file; `astro sync` writes the build copy under
 * `node_modules/.astro/`. Without this step, `getCollection` in tests sees empty collections (or stale ones
 * from an old dev session), so sync once before the tests and copy the fresh store to where they read it.
 */
export default function syncContentStore(): void {
  const root = process.cwd();
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: root, stdio: 'pipe' });
  const built = path.join(root, 'node_modules/.astro/data-store.json');
  if (!existsSync(built)) throw new Error(`astro sync did not write ${built}; cannot give the tests the content`);
  mkdirSync(path.join(root, '.astro'), { recursive: true });
  copyFileSync(built, path.join(root, '.astro/data-store.json'));
}
