/**
 * The 32-bit FNV-1a hash of a string, over its code points: short, fast and stable across runs and machines. Not
 * for anything an attacker chooses to collide. Plain TypeScript with no imports, so Node tools can import it as is.
 *
 * @example fnv1a('') // 2166136261
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
