import { readFileSync } from 'node:fs';
import type { ContentProblem } from './contentProblem';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a content file as UTF-8, refusing one that is not: a lenient read turns every bad byte into U+FFFD,
 * and the site would publish the replacement characters without a word. The problem names the first bad
 * byte by its offset and line, since an editor can jump to either.
 *
 * @example
 * readContentText('/site/content/figures/x.yaml', 'content/figures/x.yaml')
 * // { ok: false, problem: { file: 'content/figures/x.yaml', line: 3, message: 'Not UTF-8: byte 0xE9 at offset 41 …' } }
 */
export function readContentText(absolute: string, file: string): { ok: true; text: string } | { ok: false; problem: ContentProblem } {
  const bytes = readFileSync(absolute);
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    const hex = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      problem: {
        file,
        line,
        message: `Not UTF-8: byte ${hex} at offset ${offset} (line ${line}) is not valid UTF-8, so the text would be published with � in its place. Expected the file saved as UTF-8 (in most editors: "Save with encoding" → UTF-8); a Latin-1 or Windows-1252 file needs converting, e.g. iconv -f windows-1252 -t utf-8.`,
      },
    };
  }
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** The length of the well-formed UTF-8 sequence at `index` (RFC 3629, table 3-7 of Unicode), or 0. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  const continuation = (at: number, low = 0x80, high = 0xbf) => index + at < bytes.length && bytes[index + at]! >= low && bytes[index + at]! <= high;
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const [low, high] = first === 0xe0 ? [0xa0, 0xbf] : first === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const [low, high] = first === 0xf0 ? [0x90, 0xbf] : first === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
