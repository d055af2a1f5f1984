/**
 * How much one square of a unit chart stands for: the smallest power of ten that keeps the chart to at most
 * `maxUnits` squares. Powers of ten only, so the key reads as a round number ("each square = 1,000").
 *
 * @example chooseUnitSize(63_000) // 1000 (63 squares)
 * @example chooseUnitSize(10_000) // 100 (100 squares)
 * @example chooseUnitSize(400e9) // 1e10 (40 squares of $10 billion)
 * @example chooseUnitSize(15) // 1
 */
export function chooseUnitSize(value: number, maxUnits = 100): number {
  let size = 1;
  while (Math.abs(value) / size > maxUnits) size *= 10;
  return size;
}
