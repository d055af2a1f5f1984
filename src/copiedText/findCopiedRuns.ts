import { wordShingles } from './wordShingles';

export interface CopiedRun {
  /** The ten words, as folded for comparison. */
  words: string;
}

/**
 * The runs of ten consecutive words in `text` whose hashes are in the source fingerprint, merged so that a
 * copied sentence is reported once, not once per overlapping run.
 *
 * @example findCopiedRuns(text, fingerprint) // [{ words: 'the harbour board announced …' }]
 */
export function findCopiedRuns(text: string, fingerprint: ReadonlySet<string>): CopiedRun[] {
  const runs: CopiedRun[] = [];
  let previousEnd = -1;
  let index = 0;
  for (const { words, hash } of wordShingles(text)) {
    if (fingerprint.has(hash)) {
      if (index <= previousEnd && runs.length > 0) {
        runs[runs.length - 1]!.words += ` ${words[words.length - 1]}`;
      } else {
        runs.push({ words: words.join(' ') });
      }
      previousEnd = index + words.length - 1;
    }
    index++;
  }
  return runs;
}
