// Astro writes the content module map and data store of every build to the project's `.astro/` folder, whatever
// the outDir, so two builds of different content roots at once (the fixture tests, a benchmark, a developer's
// own build) can read each other's files. Builds therefore take this lock and run one at a time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './isProcessAlive.mjs';

/**
 * Waits until no other live process holds the lock folder, then takes it. Returns the function that releases it.
 * A lock left by a process that died is taken over.
 */
export async function acquireProjectLock(lockDir, { pollMs = 200, onWait = () => {} } = {}) {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(readFileSync(path.join(lockDir, 'pid'), 'utf8'));
    } catch {
      // The holder has made the folder but not yet written its pid; wait for it.
    }
    if (Number.isInteger(holder) && holder > 0 && !isProcessAlive(holder)) {
      rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!waited) onWait(holder);
    waited = true;
    await sleep(pollMs);
  }
}
