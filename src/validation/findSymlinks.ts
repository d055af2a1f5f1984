import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { displayPath } from '../contentFiles/displayPath';

/**
 * Symbolic links anywhere in the content root. Both the check and the build refuse them rather than follow
 * them: the checker reads only regular files, Astro's loader follows links, so a link would make the two
 * disagree, and a link can publish a file from outside the content root (a key, another project's notes).
 * Dot-folders (`.git`) are not content and are skipped.
 *
 * @example
 * findSymlinks('/site/content') // [{ file: 'content/figures/x.yaml', message: 'Symbolic link (to ../../secret.yaml) …' }]
 */
export function findSymlinks(root: string, cwd = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return; // A missing root is reported where the content root is resolved.
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      const absolute = path.join(folder, name);
      const stats = lstatSync(absolute);
      if (stats.isSymbolicLink()) {
        problems.push({
          file: displayPath(absolute, cwd),
          message: `Symbolic link (to ${readlinkSync(absolute)}): the content folder must hold real files, so that the check and the build read the same thing and nothing from outside the folder is published. Expected a copy of the file here instead of the link.`,
        });
      } else if (stats.isDirectory()) {
        walk(absolute);
      }
    }
  };
  walk(root);
  return problems;
}
