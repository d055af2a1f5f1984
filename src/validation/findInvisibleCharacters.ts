import type { ContentProblem } from '../contentFiles/contentProblem';
import { curlyQuotes, invisibleCharacters, nameCharacter, showInvisible } from './showInvisible';

const invisiblePattern = new RegExp(`[${[...invisibleCharacters.keys()].join('')}]`, 'u');
// A non-breaking space inside a tag is whitespace to MDX and harmless.
const invisibleExceptNbspPattern = new RegExp(`[${[...invisibleCharacters.keys()].filter((character) => character !== '\u00a0').join('')}]`, 'u');
const curlyPattern = new RegExp(`[${[...curlyQuotes.keys()].join('')}]`, 'u');
/** An MDX attribute opened with a look-alike quote: `p=“3”`, `by=‘mara’`. */
const curlyAttributePattern = new RegExp(`<[A-Za-z][\\w.]*(?:\\s+[\\w:-]+(?:=(?:"[^"]*"|'[^']*'|\\{[^}]*\\}))?)*\\s+([\\w:-]+)=(${curlyPattern.source})`, 'u');

const markupPattern = /<[A-Za-z][^>]*>?|\{[^}]*\}?/g;

/** The first invisible character (other than a non-breaking space) inside a tag or an expression on a line. */
function invisibleInMarkup(line: string): { 0: string; index: number } | undefined {
  for (const markup of line.matchAll(markupPattern)) {
    const match = invisibleExceptNbspPattern.exec(markup[0]);
    if (match) return { 0: match[0], index: markup.index + match.index };
  }
  return undefined;
}

/** The part of a line to quote in a message: the word around the character, with invisibles shown. */
function excerptAround(line: string, index: number): string {
  const start = Math.max(line.lastIndexOf(' ', index - 1) + 1, index - 30);
  let end = line.indexOf(' ', index + 1);
  if (end === -1 || end > index + 30) end = Math.min(line.length, index + 30);
  return showInvisible(line.slice(start, end));
}

/**
 * Characters that look like something else where the difference matters, reported with the character shown as
 * `\uXXXX` and what to type instead:
 * - invisible characters (zero-width spaces, direction marks, a byte-order mark inside the file) anywhere in a
 *   YAML file or front matter, where they silently change ids, names and values (`diplomacy\u200b` is not
 *   the topic `diplomacy`), and in MDX outside plain prose lines;
 * - non-breaking spaces in the indentation of YAML (YAML then sees no indentation at all);
 * - curly quotes opening an MDX attribute value (`p=“3”`), which MDX cannot read.
 * `yamlLines` are the 1-based lines of the file that hold YAML (all of a `.yaml` file, the front matter of MDX).
 * A byte-order mark at the very start of the file is allowed: editors on Windows write one.
 *
 * @example
 * findInvisibleCharacters('content/events/x.yaml', 'topic: diplomacy\u200b\n', () => true)
 * // [{ file: 'content/events/x.yaml', line: 1, message: 'Invisible character \\u200b (zero-width space) in "diplomacy\\u200b" …' }]
 */
export function findInvisibleCharacters(file: string, text: string, isYamlLine: (line: number) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = text.replace(/^\ufeff/, '').split('\n');
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const yaml = isYamlLine(lineNumber);
    const indentation = /^[ \t\u00a0]*/.exec(line)![0];
    if (yaml && indentation.includes('\u00a0')) {
      problems.push({
        file,
        line: lineNumber,
        message: `Non-breaking space (\\u00a0) in the indentation of "${showInvisible(line.slice(0, indentation.length + 20))}": YAML does not count it as indentation, so the field moves to the wrong level. Expected ordinary spaces; retype the indentation.`,
      });
      return;
    }
    const curly = yaml ? undefined : curlyAttributePattern.exec(line);
    if (curly) {
      const quote = curly[2]!;
      problems.push({
        file,
        line: lineNumber,
        field: undefined,
        message: `Curly quote ${nameCharacter(quote)} around the value of the attribute ${curly[1]} in "${showInvisible(line.slice(curly.index, curly.index + curly[0].length + 20).trim())}": MDX reads only straight quotes there. Expected ${curlyQuotes.get(quote)!.instead} (turn off "smart quotes" in the editor).`,
      });
      return;
    }
    // In prose a stray invisible character is harmless to the build; in data, and inside a component tag or an
    // expression, it changes what is referenced or breaks the syntax.
    const match = yaml ? invisiblePattern.exec(line) : invisibleInMarkup(line);
    if (!match) return;
    const { instead } = invisibleCharacters.get(match[0])!;
    problems.push({
      file,
      line: lineNumber,
      message: `Invisible character ${nameCharacter(match[0])} in "${excerptAround(line, match.index)}" (shown here as ${nameCharacter(match[0]).split(' ')[0]}). It changes the text without showing: "diplomacy\\u200b" is not "diplomacy". Expected ${instead}; in most editors, delete the characters around it and retype them.`,
    });
  });
  return problems;
}
