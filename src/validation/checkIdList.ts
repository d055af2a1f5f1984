import { splitIdList, type AttributeContract } from '../prose/componentContract';
import type { AttributeValue } from '../prose/scanMdxComponents';

const describe = (value: AttributeValue) => (typeof value === 'object' && !Array.isArray(value) ? `{${value.expression}}` : JSON.stringify(value));

/**
 * Checks an attribute that names several entries: ids separated by commas (`events="a, b"`) or a list of ids in
 * quotes (`ids={["a", "b"]}`), at least `min` of them, each known, and, for figures put on one scale (`oneUnit`),
 * all counting the same unit. Returns what is wrong, or undefined.
 *
 * @example
 * checkIdList({ kind: 'figure', required: true, list: true, oneUnit: true }, ['calls', 'boats'], lookUp, units)
 * // 'Figures of different units cannot share one scale: "calls" counts calls, "boats" counts boats. …'
 */
export function checkIdList(
  rule: Extract<AttributeContract, { list?: boolean }>,
  value: AttributeValue,
  lookUp: (id: string) => string | undefined,
  figureUnits: ReadonlyMap<string, string>,
): string | undefined {
  const listed = typeof value === 'string' ? splitIdList(value) : Array.isArray(value) && value.every((id) => typeof id === 'string') ? (value as string[]) : [];
  if (listed.length === 0) return `Expected ids in quotes separated by commas, or a list like {["first-id", "second-id"]}, got ${describe(value)}.`;
  if (rule.min !== undefined && listed.length < rule.min) return `Expected at least ${rule.min} ids, got ${listed.length}.`;
  const unknown = listed.map(lookUp).find(Boolean);
  if (unknown || !rule.oneUnit) return unknown;
  if (new Set(listed.map((id) => figureUnits.get(id))).size === 1) return undefined;
  const counts = listed.map((id) => `"${id}" counts ${figureUnits.get(id)}`).join(', ');
  return `Figures of different units cannot share one scale: ${counts}. Expected figures of one unit; show the others with <FigureValue> or their own <FigureChart>.`;
}
