import path from 'node:path';
import { checkContent } from '../../src/check/checkContent';
import { formatProblems } from '../../src/contentFiles/contentProblem';
import type { Corpus } from '../../src/corpus/corpus';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Reads and validates a content folder exactly as `npm run check` does (same parser, same schemas), for tests
 * that need the content as plain data without a build. Throws the formatted problems if the content is bad.
 */
export async function readCorpusFromDisk(root = path.join(projectRoot, 'content')): Promise<Corpus> {
  const { problems, corpus } = await checkContent({ env: { BRIEFBOOK_CONTENT: root }, cwd: projectRoot, editorial: false });
  if (problems.length > 0 || !corpus) throw new Error(formatProblems(problems));
  return corpus;
}
