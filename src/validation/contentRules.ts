// The content rules that run before and beside the corpus cross-check, grouped by the stage of the check that runs
// them, so that the check pipeline (src/check/checkContent.ts) calls each stage with one line.
import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';
import { findDuplicateTitles } from './findDuplicateTitles';
import { findEmptyBriefings } from './findEmptyBriefings';
import { findExcessiveNesting } from './findExcessiveNesting';
import { findFarFutureDates } from './findFarFutureDates';
import { findInvisibleCharacters } from './findInvisibleCharacters';
import { findModuleSyntax } from './findModuleSyntax';
import { findReferenceLoops } from './findReferenceLoops';
import { findUnsafeLinks } from './findUnsafeLinks';
import type { MdastNode } from '../prose/walkMdast';

export { readContentText } from '../contentFiles/readContentText';
export { findSymlinks } from './findSymlinks';

/**
 * Problems in a file's text that must stop it before any parser sees it: characters that look like others,
 * and (for MDX) nesting deep enough to crash the compiler. `yamlLines` is how many lines from the top hold
 * YAML: all of a `.yaml` file, the front matter block of an `.mdx` file (0 when it has none).
 *
 * @example checkFileText('content/events/x.yaml', 'topic: diplomacy\u200b\n', Infinity) // [{ line: 1, message: 'Invisible character \\u200b …' }]
 */
export function checkFileText(file: string, text: string, yamlLines: number): ContentProblem[] {
  const characters = findInvisibleCharacters(file, text, (line) => line <= yamlLines);
  if (characters.length > 0) return characters;
  if (!Number.isFinite(yamlLines)) return [];
  // Front matter lines are blanked so that the lines of the prose keep their numbers.
  const prose = text.split('\n').map((line, index) => (index < yamlLines ? '' : line)).join('\n');
  return findExcessiveNesting(file, prose);
}

/** Problems in a note's parsed prose: code where prose belongs, and links a reader must not be sent to. */
export function checkProseTree(file: string, tree: MdastNode): ContentProblem[] {
  return [...findModuleSyntax(file, tree), ...findUnsafeLinks(file, tree)];
}

/** Problems across validated entries: loops, impossible dates, duplicate titles, empty briefings. */
export function checkCorpusRules(corpus: Corpus, today = new Date()): ContentProblem[] {
  return [...findReferenceLoops(corpus), ...findFarFutureDates(corpus, today), ...findDuplicateTitles(corpus), ...findEmptyBriefings(corpus)];
}
