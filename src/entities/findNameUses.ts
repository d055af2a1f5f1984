import { maskQuotedText } from '../copiedText/maskQuotedText';

/** A name to look for, and what it stands for. */
export interface WatchedName {
  /** The words as they would appear in text. */
  name: string;
  entityId: string;
}

export interface NameUse extends WatchedName {
  /** Offset of the first character in the text searched. */
  index: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds whole-word uses of the given names outside quotation marks, in text order. Matching is case-sensitive
 * (names are capitalised; "north port" the phrase is not "North Port" the spelling), and a name glued to more letters
 * does not count ("Ellis" is not found in "Ellison").
 *
 * @example
 * findNameUses('Elison met "Elison".', [{ name: 'Elison', entityId: 'mara-ellison' }])
 * // [{ name: 'Elison', entityId: 'mara-ellison', index: 0 }]
 */
export function findNameUses(text: string, names: readonly WatchedName[]): NameUse[] {
  if (names.length === 0) return [];
  const { byName, pattern } = matcherFor(names);
  return [...maskQuotedText(text).matchAll(pattern)].map((match) => ({ ...byName.get(match[0])!, index: match.index }));
}

/**
 * The check searches every text field and every prose run of a book for the same list of names: the pattern is
 * built once per list (by identity), not once per text (at 1,000 notes, building it again each time was about a
 * tenth of `npm run check`). matchAll works on a copy of the pattern, so sharing it is safe.
 */
const matchers = new WeakMap<readonly WatchedName[], { byName: Map<string, WatchedName>; pattern: RegExp }>();

function matcherFor(names: readonly WatchedName[]) {
  let matcher = matchers.get(names);
  if (!matcher) {
    const byName = new Map(names.map((entry) => [entry.name, entry]));
    // Longest first, so "Mara Elison" is reported once rather than also as "Elison".
    const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    matcher = { byName, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu') };
    matchers.set(names, matcher);
  }
  return matcher;
}
