import widths from '../fonts/chartTextWidths.json';

/**
 * Estimates the width of a line of chart text without a DOM, so labels can be wrapped and kept apart at build time.
 *
 * The widths are the advance widths of the face charts are drawn in, Source Sans 3 (regular, and the 600 face that
 * bold text gets), read from the site's own font files by `npm run fonts` (src/fonts/chartTextWidths.json), for
 * every character of the every-page and Latin Extended subsets. Before the face has loaded, and in a standalone
 * SVG, text is drawn in a fallback resized to the same average width (docs/fonts.md). Kerning is left out; a
 * character the faces do not have counts as wide as an em.
 */
const tables = {
  normal: new Map(Object.entries(widths.normal).map(([character, width]) => [character, width / 1000])),
  bold: new Map(Object.entries(widths.bold).map(([character, width]) => [character, width / 1000])),
};

/**
 * The width of `text` in user units at `fontSize`.
 *
 * @example measureText("2015", 14) // 27.832 (four figures of 0.497 em)
 */
export function measureText(text: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  const table = bold ? tables.bold : tables.normal;
  let ems = 0;
  for (const character of text) ems += table.get(character) ?? 1;
  return ems * fontSize;
}
