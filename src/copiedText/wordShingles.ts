import { createHash } from 'node:crypto';

/** How many consecutive words make a copied run. */
export const shingleLength = 10;

/**
 * Splits text into lower-case words, ignoring punctuation and apostrophes, so that copying cannot hide
 * behind typography ("Northport's" and "Northport’s" are one word, "12,000" is "12 000").
 *
 * @example toWords("Northport’s 12,000 ships.") // ["northports", "12", "000", "ships"]
 */
export function toWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .match(/[a-z0-9]+/g) ?? [];
}

/** A short stable hash of one run of words. */
export function hashShingle(words: readonly string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

/**
 * Every run of `length` consecutive words in the text, each with its hash.
 *
 * @example [...wordShingles('a b c', 2)] // [{ words: ['a', 'b'], hash: '…' }, { words: ['b', 'c'], hash: '…' }]
 */
export function* wordShingles(text: string, length = shingleLength) {
  const words = toWords(text);
  for (let start = 0; start + length <= words.length; start++) {
    const run = words.slice(start, start + length);
    yield { words: run, hash: hashShingle(run) };
  }
}
