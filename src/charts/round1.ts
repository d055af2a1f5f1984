/**
 * Rounds to one decimal: enough for SVG on screen and in print, and it keeps files small and snapshots stable.
 *
 * @example round1(12.3456) // 12.3
 */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
