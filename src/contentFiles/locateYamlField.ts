import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/**
 * The last text parsed, with its document: the check asks for several fields of one entry (and of one map file)
 * in a row, and parsing was most of what the whole check cost. One entry, so nothing of a large book is held.
 */
let lastParsed: { text: string; document: Document; lineCounter: LineCounter } | undefined;

function parseOnce(text: string): { document: Document; lineCounter: LineCounter } {
  if (lastParsed?.text !== text) {
    const lineCounter = new LineCounter();
    lastParsed = { text, document: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
  }
  return lastParsed;
}

/**
 * The 1-based line of a field in a YAML text, given its path as a schema reports it (`['citations', 0,
 * 'paragraphs']`). A field that is missing is placed at the nearest enclosing field that exists, so a
 * message can still point at the entry that lacks it; a missing top-level field that is there as a comment
 * (`# shortTitle: …`, as `npm run new` writes optional and still-to-write fields) is placed on that comment.
 *
 * @example
 * locateYamlField('label: Ships\ncitations:\n  - { source: s, paragraphs: [99] }\n', ['citations', 0, 'paragraphs']) // 3
 */
export function locateYamlField(text: string, path: readonly PropertyKey[]): number {
  const { document, lineCounter } = parseOnce(text);
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  for (const [depth, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(segment));
      if (!pair && depth === 0) {
        // A top-level field the scaffold left commented out (`# shortTitle: …`) is missing where that line is.
        const commented = new RegExp(`^#\\s*${String(segment).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`, 'm').exec(text);
        if (commented) return lineCounter.linePos(commented.index).line;
      }
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
