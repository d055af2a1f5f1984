import { fnv1a } from '../copiedText/fnv1a';

/**
 * A short, stable name for a set of ids (FNV-1a of the sorted list, base 36), so that a chart of a list of events or
 * places gets a file name of sensible length, whatever order the author listed them in.
 *
 * @example hashIds(['b', 'a']) === hashIds(['a', 'b']) // true
 */
export function hashIds(ids: readonly string[]): string {
  return fnv1a([...ids].sort().join(',')).toString(36);
}
