/** An attribute value as written: a string, a number, a list of numbers, `true`, or any other expression as raw text. */
export type AttributeValue = string | number | number[] | string[] | boolean | { expression: string };

/** One use of a capitalised (component) tag in MDX prose. */
export interface ComponentUsage {
  name: string;
  attributes: Record<string, AttributeValue>;
  /** 1-based line in the text scanned. */
  line: number;
  /** Offset of the `<` in the text scanned. */
  start: number;
  /** Offset just past the element: its closing tag, or the tag itself when self-closing. */
  end: number;
  /** Text between the opening and closing tag; "" for self-closing tags. */
  children: string;
}

const openingTag = /<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z][\w-]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
const attribute = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

/** A paragraph attribute's value as written: one number or a list of numbers (`p={4}`, `p={[4, 12]}`). */
export const isNumberOrNumbers = (value: AttributeValue | undefined): value is number | number[] =>
  typeof value === 'number' || (Array.isArray(value) && value.every((item) => typeof item === 'number'));

function parseExpression(expression: string): AttributeValue {
  const trimmed = expression.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^\[\s*(-?\d+\s*(,\s*-?\d+\s*)*)?\]$/.test(trimmed)) {
    const inner = trimmed.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((part) => Number(part.trim()));
  }
  // A list of ids in quotes: ids={["a", "b"]}.
  if (/^\[\s*(["'])[^"']*\1(\s*,\s*(["'])[^"']*\3)*\s*,?\s*\]$/.test(trimmed)) {
    return [...trimmed.matchAll(/["']([^"']*)["']/g)].map((match) => match[1]!);
  }
  const quoted = /^(["'`])(.*)\1$/s.exec(trimmed);
  if (quoted) return quoted[2]!;
  return { expression: trimmed };
}

function parseAttributes(text: string): Record<string, AttributeValue> {
  const attributes: Record<string, AttributeValue> = {};
  for (const match of text.matchAll(attribute)) {
    const [, name, doubleQuoted, singleQuoted, expression] = match;
    attributes[name!] =
      doubleQuoted ?? singleQuoted ?? (expression !== undefined ? parseExpression(expression) : true);
  }
  return attributes;
}

/**
 * Blanks fenced code blocks and inline code, keeping offsets and line numbers, so examples in code are not read as uses.
 *
 * @example blankCodeSpans('Use `<Cite p={1} />` here') // 'Use                    here'
 */
export function blankCodeSpans(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]*`/g, blank);
}

/**
 * Finds every use of a component in MDX prose, in document order, with its literal attributes, so that the
 * build can check ids and paragraph numbers (and list a briefing's citations) before anything renders.
 * Only literal values are understood; anything else comes back as `{ expression }`.
 *
 * @example
 * scanMdxComponents('Over <FigureValue id="ships" /> registered <Cite p={[1, 2]} />.')
 * // [{ name: 'FigureValue', attributes: { id: 'ships' }, … }, { name: 'Cite', attributes: { p: [1, 2] }, … }]
 */
export function scanMdxComponents(body: string): readonly ComponentUsage[] {
  let usages = scanned.get(body);
  if (!usages) {
    // A bound on what is kept, for the dev server, which sees a new text on every edit of a note.
    if (scanned.size >= scannedLimit) scanned.clear();
    usages = scan(body);
    scanned.set(body, usages);
  }
  return usages;
}

/**
 * The uses found in each text so far. A briefing's prose is scanned by the content check, for its citations, for the
 * entities it mentions and for the charts it places, each on every page that shows it: about a tenth of a second for
 * each pass over 1,000 notes. The uses are shared, so no caller changes them.
 */
const scanned = new Map<string, readonly ComponentUsage[]>();
const scannedLimit = 20_000;

function scan(body: string): readonly ComponentUsage[] {
  const text = blankCodeSpans(body);
  const usages: ComponentUsage[] = [];
  // Lines are counted on from the previous use, not from the start of the text for each.
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(openingTag)) {
    const [whole, name, attributeText, selfClosing] = match;
    const start = match.index;
    let end = start + whole.length;
    let children = '';
    if (!selfClosing) {
      const closing = text.indexOf(`</${name}>`, end);
      if (closing !== -1) {
        children = body.slice(end, closing);
        end = closing + name!.length + 3;
      }
    }
    for (let newline = text.indexOf('\n', counted); newline !== -1 && newline < start; newline = text.indexOf('\n', newline + 1)) line += 1;
    counted = start;
    usages.push({ name: name!, attributes: parseAttributes(attributeText ?? ''), line, start, end, children });
  }
  return usages;
}
