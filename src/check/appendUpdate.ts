import { isMap, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { splitFrontmatter } from '../contentFiles/splitFrontmatter';

/** The longest update summary the briefing schema accepts. */
const summaryLimit = 400;

export interface AppendedUpdate {
  /** The whole file with the update added; every other byte as it was. */
  text: string;
  /** The file line the new update starts on, counted from 1. */
  line: number;
}

const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
};
const columnOf = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/**
 * Adds `{ date, summary }` as the last of a briefing's `updates`, editing the front matter as text so that its
 * comments, quoting, order and line breaks stay exactly as the author wrote them. The list is created after `asOf`
 * when the note has none; a list written in flow style (`updates: [ … ]`) is extended in flow style, a block list
 * with an item of the same form as its first. Throws, naming what to do, when the update would not pass the check:
 * no front matter, an empty or over-long summary, a day before the issue date or the last update.
 *
 * @example
 * appendUpdate('---\ntitle: T\ndate: 2025-05-12\nasOf: 2025-05-10\n…\n---\n', { date: '2025-06-22', summary: 'Judgment raised.' }).text
 * // '---\ntitle: T\ndate: 2025-05-12\nasOf: 2025-05-10\nupdates:\n  - date: 2025-06-22\n    summary: "Judgment raised."\n…'
 */
export function appendUpdate(file: string, { date, summary }: { date: string; summary: string }): AppendedUpdate {
  const oneLine = summary.replace(/\s+/g, ' ').trim();
  if (!oneLine) throw new Error('The update needs a summary: one sentence saying what changed, e.g. "The first judgment is raised to very likely."');
  if (oneLine.length > summaryLimit) throw new Error(`The summary is ${oneLine.length} characters long; an update's summary takes at most ${summaryLimit}. Say what changed in one sentence.`);
  const frontmatter = splitFrontmatter(file);
  if (!frontmatter) throw new Error('The file has no front matter (--- … ---) to add the update to.');
  const newline = file.includes('\r\n') ? '\r\n' : '\n';
  const { yaml } = frontmatter;
  const yamlStart = file.indexOf(yaml);
  const document = parseDocument(yaml);
  if (document.errors.length > 0) throw new Error(`The front matter is not valid YAML (${document.errors[0]!.message.split('\n')[0]}); fix it first (npm run check shows where).`);
  if (!isMap(document.contents)) throw new Error('The front matter is not a mapping of fields; fix it first (npm run check shows where).');
  const issued = document.get('date');
  if (typeof issued === 'string' && date < issued) throw new Error(`The briefing is issued on ${issued}, after today (${date}); an update cannot come before it.`);
  const quoted = JSON.stringify(oneLine);
  const pairs = document.contents.items as Pair<Node, Node | null>[];
  const pairOf = (key: string) => pairs.find((pair) => (pair.key as { value?: unknown } | null)?.value === key);
  const updates = pairOf('updates');

  let insertAt: number;
  let insert: string;
  if (!updates || updates.value === null || (isSeq(updates.value) && updates.value.items.length === 0)) {
    // A new list, after asOf (or after the last field) and in block style, replacing `updates:` or `updates: []` if any.
    const item = `updates:${newline}  - date: ${date}${newline}    summary: ${quoted}${newline}`;
    if (updates) {
      const start = updates.key!.range![0];
      const end = lineEnd(yaml, updates.value?.range?.[1] ?? updates.key!.range![1]);
      return finish(file, yamlStart + start, yamlStart + end, item);
    }
    const after = pairOf('asOf') ?? pairs[pairs.length - 1];
    insertAt = after ? lineEnd(yaml, (after.value ?? after.key)!.range![1] - 1) : 0;
    insert = item;
  } else if (!isSeq(updates.value)) {
    throw new Error('`updates` is not a list; write it as a list of { date, summary } first.');
  } else {
    const list = updates.value;
    const last = list.items[list.items.length - 1] as Node & { get?: (key: string) => unknown };
    const lastDate = isMap(last) ? last.get('date') : undefined;
    if (typeof lastDate === 'string' && date < lastDate) throw new Error(`The last update is dated ${lastDate}, after today (${date}); updates are listed oldest first.`);
    const first = list.items[0] as Node;
    const flowItem = `{ date: ${date}, summary: ${quoted} }`;
    if (list.flow) return finish(file, yamlStart + last.range![1], yamlStart + last.range![1], `, ${flowItem}`);
    const dash = yaml.lastIndexOf('-', first.range![0]);
    const indent = ' '.repeat(columnOf(yaml, dash));
    const valueIndent = ' '.repeat(columnOf(yaml, first.range![0]));
    insertAt = lineEnd(yaml, last.range![1] - 1);
    insert = isMap(first) && first.flow ? `${indent}- ${flowItem}${newline}` : `${indent}- date: ${date}${newline}${valueIndent}summary: ${quoted}${newline}`;
  }
  return finish(file, yamlStart + insertAt, yamlStart + insertAt, insert);
}

function finish(file: string, from: number, to: number, insert: string): AppendedUpdate {
  const text = file.slice(0, from) + insert + file.slice(to);
  const line = file.slice(0, from).split('\n').length;
  return { text, line };
}
