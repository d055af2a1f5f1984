import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentCollections } from './contentCollections';
import type { ContentProblem } from './contentProblem';
import { displayPath } from './displayPath';
import { fingerprintExtension, parseFingerprint, type Fingerprint } from '../copiedText/sourceFingerprint';

/** A source's fingerprint as read from the content root. */
export interface SourceFingerprint {
  sourceId: string;
  fingerprint: Fingerprint;
}

/**
 * Reads every `sources/<id>.fingerprint` of a content root (written by `npm run new -- source`). A fingerprint
 * that cannot be read, or whose source has no YAML, is a problem: the copied-text check would otherwise pass
 * for the wrong reason.
 */
export function readFingerprints(root: string, cwd = process.cwd()): { fingerprints: SourceFingerprint[]; problems: ContentProblem[] } {
  const { folder, extension } = contentCollections.sources;
  const directory = path.join(root, folder);
  const fingerprints: SourceFingerprint[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(directory)) return { fingerprints, problems };
  for (const name of readdirSync(directory).filter((entry) => entry.endsWith(fingerprintExtension) && !entry.startsWith('.')).sort()) {
    const sourceId = name.slice(0, -fingerprintExtension.length);
    const file = displayPath(path.join(directory, name), cwd);
    if (!existsSync(path.join(directory, `${sourceId}${extension}`))) {
      problems.push({ file, message: `A fingerprint for no source: there is no ${folder}/${sourceId}${extension}. Expected the fingerprint to sit beside its source's YAML, with the same name; rename it or delete it.` });
      continue;
    }
    const parsed = parseFingerprint(readFileSync(path.join(directory, name), 'utf8'));
    if (parsed.ok) fingerprints.push({ sourceId, fingerprint: parsed.fingerprint });
    else problems.push({ file, line: parsed.line, message: parsed.message });
  }
  return { fingerprints, problems };
}
