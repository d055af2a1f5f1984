import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Vitest runs Astro's Vite config in "serve" mode, where `astro:content` reads the dev data store
 * (`.astro/data-store.json`). Only `astro dev` writes that file; `astro sync` writes the build copy into Astro's
 * cacheDir. Without this step, `getCollection` in tests sees empty collections (or stale ones from an old dev
 * session or another content root), so sync the project's content root once before the tests and copy the fresh
 * store to where they read it.
 */
export default function syncContentStore(project: TestProject): void {
  const root = process.cwd();
  const contentRoot = project.config.env.BRIEFBOOK_CONTENT;
  if (!contentRoot) throw new Error(`The '${project.name}' project sets no BRIEFBOOK_CONTENT in its test.env; cannot tell which content root to sync`);
  const env = { ...process.env, BRIEFBOOK_CONTENT: contentRoot };
  execFileSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: root, stdio: 'pipe', env });
  const built = path.join(cacheDirOf(path.resolve(root, contentRoot)), 'data-store.json');
  if (!existsSync(built)) throw new Error(`astro sync of ${contentRoot} did not write ${built}; cannot give the tests the content`);
  mkdirSync(path.join(root, '.astro'), { recursive: true });
  copyFileSync(built, path.join(root, '.astro/data-store.json'));
}

/** Astro's cacheDir for a content root given by BRIEFBOOK_CONTENT, as astro.config.mjs names it (one cache per root). */
function cacheDirOf(absoluteContentRoot: string): string {
  const key = createHash('sha256').update(absoluteContentRoot).digest('hex').slice(0, 12);
  return path.join(process.cwd(), 'node_modules/.astro', `content-${key}`);
}
