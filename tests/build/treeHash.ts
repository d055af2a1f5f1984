import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A hash of every file's path and bytes under a folder: equal hashes mean byte-identical trees. */
export function hashTree(folder: string): string {
  const hash = createHash('sha256');
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(folder, relative)).sort()) {
      const child = path.join(relative, name);
      if (statSync(path.join(folder, child)).isDirectory()) walk(child);
      else hash.update(`${child}\0`).update(readFileSync(path.join(folder, child))).update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}
