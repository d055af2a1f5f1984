import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from '../config/env';
import { ContentValidationError } from './contentProblem';

/** Environment variable that points the build at another content folder (fixtures, benchmark corpora). */
export const contentRootVariable = 'BRIEFBOOK_CONTENT';

/** The folders every content root must have, one per collection, and the topics file. */
export const contentFolders = ['briefings', 'figures', 'events', 'entities', 'sources'] as const;
export const topicsFile = 'topics.yaml';

/**
 * The absolute path of the content folder: `$BRIEFBOOK_CONTENT` when set (absolute, or relative to `cwd`; inside
 * the project or anywhere else), otherwise `./content`.
 * Throws when the folder or one of its parts is missing, because Astro would otherwise build an empty
 * site with only a warning.
 */
export function resolveContentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const configured = readEnv(env).content;
  const root = path.resolve(cwd, configured ?? 'content');
  const origin = configured ? `${contentRootVariable}=${configured}` : 'the default ./content';
  const fail = (message: string) => new ContentValidationError([{ file: configured ?? 'content', message }]);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw fail(`Content folder not found: ${root} (from ${origin}). Expected a folder holding ${contentFolders.join('/, ')}/ and ${topicsFile}.`);
  }
  const missing = [...contentFolders.filter((name) => !existsSync(path.join(root, name))), ...(existsSync(path.join(root, topicsFile)) ? [] : [topicsFile])];
  if (missing.length > 0) {
    throw fail(`Content folder ${root} (from ${origin}) is missing ${missing.join(', ')}. Expected ${contentFolders.join('/, ')}/ and ${topicsFile}.`);
  }
  return root;
}
