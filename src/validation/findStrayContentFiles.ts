import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collectionReadme, contentCollections } from '../contentFiles/contentCollections';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { displayPath } from '../contentFiles/displayPath';
import { fingerprintExtension } from '../copiedText/sourceFingerprint';

/**
 * Files in a collection folder that the build would silently skip: another extension (`.yml`, `.md`,
 * `.MDX`) or a sub-folder. A note saved with the wrong extension must not make a smaller site without a word.
 * Dotfiles (`.gitkeep`, `.DS_Store`), a folder's README.md and sources' fingerprints (`sources/<id>.fingerprint`,
 * which the content check reads) are ignored. Paths in the problems are relative to `cwd`.
 *
 * @example
 * findStrayContentFiles('/site/content') // [{ file: 'content/figures/ships.yml', message: 'Not read: …' }]
 */
export function findStrayContentFiles(root: string, cwd = process.cwd()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of Object.values(contentCollections)) {
    if (collection.layout !== 'folder') continue;
    const folder = path.join(root, collection.folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue; // A missing folder is reported where the content root is resolved.
    }
    for (const entry of entries) {
      // The one-line README `npm run new -- book` leaves in each folder is a note to authors, not content.
      if (entry.name.startsWith('.') || (entry.isFile() && entry.name === collectionReadme)) continue;
      const file = displayPath(path.join(folder, entry.name), cwd);
      if (entry.isDirectory()) {
        problems.push({ file, message: `Not read: the build reads only files directly in ${collection.folder}/, not sub-folders. Expected ${collection.extension} files in ${collection.folder}/ itself.` });
      } else if (!entry.name.endsWith(collection.extension) && !(collection === contentCollections.sources && entry.name.endsWith(fingerprintExtension))) {
        const rename = `${entry.name.replace(/\.[^.]*$/, '')}${collection.extension}`;
        const clash = entries.some((other) => other.name === rename);
        problems.push({
          file,
          message: clash
            ? `Not read: only ${collection.extension} files count in ${collection.folder}/, and ${rename} already exists, so the two would claim the id "${rename.slice(0, -collection.extension.length)}". Expected one file per id; merge them and delete this one.`
            : `Not read: only ${collection.extension} files count in ${collection.folder}/. Expected a ${collection.extension} file; rename it to ${rename} or move it out of the content folder.`,
        });
      }
    }
  }
  return problems;
}
