/**
 * The class that colours series `index`: `chart-series-1` … `chart-series-4`, then round again (the shapes differ).
 *
 * @example seriesClass(5) // "chart-series-2"
 */
export function seriesClass(index: number): string {
  return `chart-series-${(index % 4) + 1}`;
}
