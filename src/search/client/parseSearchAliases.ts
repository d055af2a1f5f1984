/** One entity in a page's `aliases` search metadata. */
export interface SearchAlias {
  name: string;
  others: string[];
}

/**
 * Reads back the `aliases` metadata written by `buildSearchAliases`.
 *
 * @example
 * parseSearchAliases('Mara Ellison: Ellison, Mara Elison; Northport')
 * // [{ name: 'Mara Ellison', others: ['Ellison', 'Mara Elison'] }, { name: 'Northport', others: [] }]
 */
export function parseSearchAliases(text: string | undefined): SearchAlias[] {
  if (!text) return [];
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      if (colon < 0) return { name: part, others: [] };
      return {
        name: part.slice(0, colon).trim(),
        others: part
          .slice(colon + 1)
          .split(',')
          .map((other) => other.trim())
          .filter(Boolean),
      };
    });
}
