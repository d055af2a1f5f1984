/**
 * Calls `onText` for every string in an entry's data, however deeply nested, with the path to its field; top-level
 * fields that `exempt` names (ids, names, URLs: text a check must not read as prose) are skipped. The text checks
 * (spellings the site corrects, copied text) walk entries this one way.
 *
 * @example
 * visitTextFields({ summary: 'A', keyJudgments: [{ statement: 'B' }] }, undefined, (text, path) => …)
 * // ('A', ['summary']), ('B', ['keyJudgments', 0, 'statement'])
 */
export function visitTextFields(data: unknown, exempt: ((key: string) => boolean) | undefined, onText: (text: string, fieldPath: PropertyKey[]) => void): void {
  const visit = (value: unknown, fieldPath: PropertyKey[]) => {
    if (typeof value === 'string') {
      onText(value, fieldPath);
    } else if (Array.isArray(value)) {
      value.forEach((item, position) => visit(item, [...fieldPath, position]));
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, child] of Object.entries(value)) {
        if (fieldPath.length === 0 && exempt?.(key)) continue;
        visit(child, [...fieldPath, key]);
      }
    }
  };
  visit(data, []);
}
