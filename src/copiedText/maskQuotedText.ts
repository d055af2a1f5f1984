/**
 * Blanks the text between double quotation marks (straight "…" or curly “…”), keeping every other character
 * and every line break where it was, so that a search over the result skips words the author is quoting.
 * Single quotes are left alone: ’ is also the apostrophe.
 *
 * @example maskQuotedText('He wrote "Elison" twice') // 'He wrote "      " twice'
 */
export function maskQuotedText(text: string): string {
  let open: string | undefined;
  let result = '';
  for (const character of text) {
    if (open === undefined && (character === '"' || character === '“')) {
      open = character === '“' ? '”' : '"';
      result += character;
    } else if (open !== undefined && character === open) {
      open = undefined;
      result += character;
    } else {
      result += open !== undefined && character !== '\n' ? ' '.repeat(character.length) : character;
    }
  }
  return result;
}
