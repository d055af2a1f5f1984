/**
 * Estimates the width of a line of chart text without a DOM, so labels can be wrapped and kept apart at build time.
 *
 * The widths are those of DejaVu Sans, measured in Chromium: the widest of the fonts in the `--font-ui` stack, so a
 * label that fits with these widths also fits in Segoe UI, Roboto or San Francisco. Unknown characters count as
 * wide as an "M".
 */
const characters = "0123456789 !\"#$%&'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—’‘“”·¶→↑↓←≈…éçüöş×÷≤≥€°′";
/** Advance widths in hundredths of an em, in the order of `characters`. */
const normalWidths = [64,64,64,64,64,64,64,64,64,64,32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84,50,100,32,32,52,52,32,64,84,84,84,84,84,100,62,55,63,61,52,84,84,84,84,64,50,23];
const boldWidths = [70,70,70,70,70,70,70,70,70,70,35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84,50,100,38,38,66,66,38,64,84,84,84,84,84,100,68,59,71,69,60,84,84,84,84,70,50,26];

const tables = {
  normal: new Map([...characters].map((character, index) => [character, normalWidths[index]! / 100])),
  bold: new Map([...characters].map((character, index) => [character, boldWidths[index]! / 100])),
};

/**
 * The width of `text` in user units at `fontSize`.
 *
 * @example measureText("2015", 14) // 35.84 (four digits of 0.64 em)
 */
export function measureText(text: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  const table = bold ? tables.bold : tables.normal;
  let ems = 0;
  for (const character of text) ems += table.get(character) ?? 1;
  return ems * fontSize;
}
