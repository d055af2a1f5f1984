import type { ContentProblem } from '../contentFiles/contentProblem';

/**
 * How deeply prose may nest: block quotes and lists inside each other, brackets, braces and parentheses inside
 * each other, component tags inside each other, runs of emphasis markers. A briefing needs a handful of
 * levels; the MDX compiler and the bundler recurse once per level, and a line of a few thousand `>` crashed
 * the build with a segmentation fault and no message. 32 leaves authors far more than they need while
 * staying orders of magnitude below the depth that crashes.
 */
export const maxNestingDepth = 32;

/**
 * Opening and closing of what nests inline, as UTF-16 code units: `[`, `(`, `{` and `]`, `)`, `}`; a closing without
 * an opening is ignored. The line is read by code unit (these are ASCII, never half of a surrogate pair): reading it
 * by character through a Set was a tenth of `npm run check` at 1,000 notes.
 */
const openingCodes = [0x5b, 0x28, 0x7b];
const closingCodes = [0x5d, 0x29, 0x7d];

/** The number of block quote and list markers a line starts with (`> > - >` is four), and its indentation levels. */
function containerDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const indentation = /^[ \t]*/.exec(rest)![0];
    // Two columns of indentation are the least a nested list item needs.
    depth += Math.floor(indentation.replace(/\t/g, '    ').length / 2);
    rest = rest.slice(indentation.length);
    const marker = /^(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/.exec(rest);
    if (!marker) return depth;
    depth += 1;
    rest = rest.slice(marker[0].length);
  }
}

/**
 * Lines of MDX prose that nest deeper than {@link maxNestingDepth}, one problem per file (the first such line),
 * found with plain string scanning so that nothing recursive ever sees the text. The check runs this before
 * parsing the MDX, and the build runs the check before Astro compiles anything.
 *
 * @example
 * findExcessiveNesting('content/briefings/x.mdx', '>'.repeat(3000) + ' deep') // [{ line: 1, message: 'Nested 3000 levels deep …' }]
 */
export function findExcessiveNesting(file: string, mdx: string): ContentProblem[] {
  const lines = mdx.split('\n');
  let inlineDepth = 0;
  let tagDepth = 0;
  let inFence = false;
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    // A blank line ends a paragraph, and with it any bracket left open.
    if (line.trim() === '') {
      inlineDepth = 0;
      continue;
    }
    let deepest = containerDepth(line);
    let what = 'block quotes and lists';
    if (!inFence) {
      for (let position = 0; position < line.length; position += 1) {
        const code = line.charCodeAt(position);
        if (openingCodes.includes(code)) inlineDepth += 1;
        else if (closingCodes.includes(code)) inlineDepth = Math.max(0, inlineDepth - 1);
        if (inlineDepth > deepest) [deepest, what] = [inlineDepth, 'brackets, braces and parentheses'];
      }
      for (const tag of line.matchAll(/<(\/?)[A-Za-z][\w.:-]*(?:\s[^<>]*?)?(\/?)>/g)) {
        if (tag[1]) tagDepth = Math.max(0, tagDepth - 1);
        else if (!tag[2]) tagDepth += 1;
        if (tagDepth > deepest) [deepest, what] = [tagDepth, 'tags'];
      }
      // A line of only markers and spaces is a thematic break, not emphasis.
      if (!/^[\s*_\-]+$/.test(line)) {
        const longestRun = Math.max(0, ...[...line.matchAll(/[*_~]+/g)].map((run) => run[0].length));
        if (longestRun > deepest) [deepest, what] = [longestRun, 'emphasis markers (*, _, ~) in a row'];
      }
    }
    if (deepest > maxNestingDepth) {
      return [
        {
          file,
          line: index + 1,
          message: `Nested ${deepest} levels deep (${what}); the site builds prose nested at most ${maxNestingDepth} levels, since deeper nesting crashes the MDX compiler. Expected flatter prose: fewer levels of quotes or lists, or brackets closed where they open.`,
        },
      ];
    }
  }
  return [];
}
