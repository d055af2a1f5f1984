import { resolveContentRoot } from '../contentFiles/contentRoot';
import { readEnv } from '../config/env';
import { ContentValidationError } from '../contentFiles/contentProblem';
import { readBookFile, type Book } from './readBookFile';

let loaded: Book | undefined;

/**
 * The book being built (its content root's book.yaml, with BRIEFBOOK_MARKING applied), read once per build.
 * Every page, layout, feed and map that names the book reads it here. A missing or invalid book.yaml throws
 * the same problems `npm run check` reports.
 */
export function loadBook(): Book {
  if (loaded) return loaded;
  const result = readBookFile(resolveContentRoot(), { marking: readEnv().marking });
  if (!result.ok) throw new ContentValidationError(result.problems);
  loaded = result.book;
  return loaded;
}
