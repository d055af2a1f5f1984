import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/**
 * The 1-based line of a field in a YAML text, given its path as a schema reports it (`['citations', 0,
 * 'paragraphs']`). A field that is missing is placed at the nearest enclosing field that exists, so a
 * message can still point at the entry that lacks it.
 *
 * @example
 * locateYamlField('label: Sorties\ncitations:\n  - { source: s, paragraphs: [99] }\n', ['citations', 0, 'paragraphs']) // 3
 */
export function locateYamlField(text: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = (node as Node | null)?.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset).line;
}
