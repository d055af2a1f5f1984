// Names the note behind an error thrown while a page is rendered. An MDX expression ({…}) runs when the page
// that shows the note is prerendered, so Astro blames that page (src/pages/book.astro) and its stack points
// into a bundled chunk. The chunk of a compiled note carries the note's path (Astro's MDX integration exports
// it as `file`), which leads back to the author's file and, by the code at the failing column, to its line.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `file:///…/chunks/x.mjs:20:87` frames of a stack, as { file, line, column }. */
function framesOf(stack) {
  return [...String(stack ?? '').matchAll(/\((file:\/\/[^)\s]+?\.m?js):(\d+):(\d+)\)|at (file:\/\/[^\s]+?\.m?js):(\d+):(\d+)/g)].map((match) => ({
    file: fileURLToPath(match[1] ?? match[4]),
    line: Number(match[2] ?? match[5]),
    column: Number(match[3] ?? match[6]),
  }));
}

/**
 * The note (absolute path of an `.mdx` file) and, when it can be found, the line whose expression threw, or
 * undefined when the error did not come from a note's code.
 *
 * @param {{ stack?: string }} error
 * @returns {{ file: string, line?: number } | undefined}
 */
export function locateMdxRuntimeError(error) {
  for (const frame of framesOf(error?.stack)) {
    if (!existsSync(frame.file)) continue;
    const chunk = readFileSync(frame.file, 'utf8');
    const note = /"((?:[^"\\]|\\.)+\.mdx)"/.exec(chunk)?.[1];
    if (!note || !existsSync(note)) continue;
    return { file: note, line: lineOfCode(readFileSync(note, 'utf8'), chunk.split('\n')[frame.line - 1] ?? '', frame.column) };
  }
  return undefined;
}

/** The words (identifiers, numbers) of a line of code, in order. */
const wordsOf = (text) => text.match(/[\w$]+/g) ?? [];

/**
 * The one line of the note that holds the code at `column` of the chunk's line, or undefined if not one. The
 * bundler respaces and rewraps code but keeps its words, so the words leading up to the failing column (up to
 * six of them, at least two) are looked for, in order and side by side, in each line of the note.
 */
function lineOfCode(note, chunkLine, column) {
  const upToFailure = wordsOf(chunkLine.slice(0, column - 1) + (/^[\w$]+/.exec(chunkLine.slice(column - 1))?.[0] ?? ''));
  const noteLines = note.split('\n').map(wordsOf);
  for (let count = Math.min(6, upToFailure.length); count >= 2; count -= 1) {
    const wanted = upToFailure.slice(-count).join(' ');
    const lines = noteLines.flatMap((words, index) => (` ${words.join(' ')} `.includes(` ${wanted} `) ? [index + 1] : []));
    if (lines.length === 1) return lines[0];
  }
  return undefined;
}
