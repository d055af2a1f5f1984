/**
 * The source a citation without `source=` refers to: the only one there is. With several, the author must
 * say which, and the content check reports the line that does not.
 */
export function defaultSourceId(sourceIds: readonly string[]): string {
  if (sourceIds.length === 1) return sourceIds[0]!;
  throw new Error(`A citation gives no source, and there are ${sourceIds.length} sources (${sourceIds.join(', ')}). Add source="…".`);
}
