/**
 * Writes paragraph numbers as a reader expects them: sorted, without repeats, runs of three or more joined.
 *
 * @example formatParagraphs([14, 3]) // "¶3, 14"
 * @example formatParagraphs([9, 10, 11]) // "¶9–11"
 */
export function formatParagraphs(paragraphs: readonly number[]): string {
  const sorted = [...new Set(paragraphs)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    parts.push(end - start >= 2 ? `${sorted[start]}–${sorted[end]}` : sorted.slice(start, end + 1).join(', '));
    start = end + 1;
  }
  return `¶${parts.join(', ')}`;
}
