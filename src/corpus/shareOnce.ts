/**
 * A store for a value that two pages of one build both need, such as a briefing's rendered prose (its page and the
 * briefing book show it): the first `take` computes it and keeps it, the second gets the kept value and forgets it,
 * so each is computed once and held only until its second use.
 *
 * @example
 * const prose = shareOnce<string>();
 * await prose.take('note-1', () => render());  // renders and keeps
 * await prose.take('note-1', () => render());  // returns the kept HTML and drops it
 */
export function shareOnce<T>(uses = 2) {
  const kept = new Map<string, { value: Promise<T>; left: number }>();
  return {
    take(key: string, compute: () => Promise<T>): Promise<T> {
      const entry = kept.get(key);
      if (entry) {
        entry.left -= 1;
        if (entry.left <= 0) kept.delete(key);
        return entry.value;
      }
      const value = compute();
      if (uses > 1) kept.set(key, { value, left: uses - 1 });
      // A failed render is not kept: the next page renders again and reports its own error.
      value.catch(() => kept.delete(key));
      return value;
    },
    /** How many values are kept, for tests. */
    get size() {
      return kept.size;
    },
  };
}
