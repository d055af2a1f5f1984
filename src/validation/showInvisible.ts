/**
 * Characters an author cannot see or cannot tell apart from the ones they meant, each with its name and what to
 * type instead. Messages print them as `\uXXXX` so that "diplomacy\u200b" is visibly not "diplomacy".
 */
export const invisibleCharacters: ReadonlyMap<string, { name: string; instead: string }> = new Map([
  ['\u00a0', { name: 'non-breaking space', instead: 'an ordinary space' }],
  ['\u00ad', { name: 'soft hyphen', instead: 'nothing (delete it)' }],
  ['\u180e', { name: 'Mongolian vowel separator', instead: 'nothing (delete it)' }],
  ['\u200b', { name: 'zero-width space', instead: 'nothing (delete it)' }],
  ['\u200c', { name: 'zero-width non-joiner', instead: 'nothing (delete it)' }],
  ['\u200d', { name: 'zero-width joiner', instead: 'nothing (delete it)' }],
  ['\u200e', { name: 'left-to-right mark', instead: 'nothing (delete it)' }],
  ['\u200f', { name: 'right-to-left mark', instead: 'nothing (delete it)' }],
  ['\u2028', { name: 'line separator', instead: 'an ordinary line break' }],
  ['\u2029', { name: 'paragraph separator', instead: 'an ordinary line break' }],
  ['\u202a', { name: 'left-to-right embedding', instead: 'nothing (delete it)' }],
  ['\u202b', { name: 'right-to-left embedding', instead: 'nothing (delete it)' }],
  ['\u202c', { name: 'pop directional formatting', instead: 'nothing (delete it)' }],
  ['\u202d', { name: 'left-to-right override', instead: 'nothing (delete it)' }],
  ['\u202e', { name: 'right-to-left override', instead: 'nothing (delete it)' }],
  ['\u2060', { name: 'word joiner', instead: 'nothing (delete it)' }],
  ['\u2066', { name: 'left-to-right isolate', instead: 'nothing (delete it)' }],
  ['\u2067', { name: 'right-to-left isolate', instead: 'nothing (delete it)' }],
  ['\u2068', { name: 'first strong isolate', instead: 'nothing (delete it)' }],
  ['\u2069', { name: 'pop directional isolate', instead: 'nothing (delete it)' }],
  ['\ufeff', { name: 'zero-width no-break space (byte-order mark)', instead: 'nothing (delete it)' }],
]);

/** Look-alikes of the quotation marks that syntax needs (YAML values, MDX attributes). */
export const curlyQuotes: ReadonlyMap<string, { name: string; instead: string }> = new Map([
  ['\u201c', { name: 'left double quotation mark', instead: 'a straight double quote (")' }],
  ['\u201d', { name: 'right double quotation mark', instead: 'a straight double quote (")' }],
  ['\u2018', { name: 'left single quotation mark', instead: "a straight single quote (')" }],
  ['\u2019', { name: 'right single quotation mark', instead: "a straight single quote (')" }],
  ['\u00ab', { name: 'left guillemet', instead: 'a straight double quote (")' }],
  ['\u00bb', { name: 'right guillemet', instead: 'a straight double quote (")' }],
]);

const codePoint = (character: string) => `\\u${character.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/**
 * Text with every invisible character and curly quote written as its `\uXXXX` escape.
 *
 * @example showInvisible('diplomacy\u200b') // 'diplomacy\\u200b'
 */
export function showInvisible(text: string): string {
  return [...text].map((character) => (invisibleCharacters.has(character) || curlyQuotes.has(character) ? codePoint(character) : character)).join('');
}

/** `\u200b (zero-width space)`: the escape and the name of one character, for messages. */
export function nameCharacter(character: string): string {
  const known = invisibleCharacters.get(character) ?? curlyQuotes.get(character);
  return `${codePoint(character)}${known ? ` (${known.name})` : ''}`;
}
