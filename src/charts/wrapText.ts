import { measureText } from './measureText';

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces (and after hyphens or dashes when a word alone is too
 * long). Nothing is cut: a chart label that does not fit on one line takes more lines, never loses words.
 *
 * @example wrapText('Russia intervenes militarily in Syria', 120, 14) // ['Russia intervenes', 'militarily in Syria']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, { bold = false }: { bold?: boolean } = {}): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => splitLongWord(word, maxWidth, fontSize, bold));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measureText(candidate, fontSize, { bold }) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A word wider than the line is split after its hyphens or dashes; a word without them stays whole and overflows. */
function splitLongWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  if (measureText(word, fontSize, { bold }) <= maxWidth) return [word];
  const pieces = word.split(/(?<=[-–—])/);
  return pieces.length > 1 ? pieces : [word];
}
