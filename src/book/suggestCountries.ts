import { closestMatch } from '../contentFiles/closestMatch';

/**
 * Country names close to one that is not on the basemap, best first: the nearest spelling (ignoring case),
 * then the names that contain what was typed ("Korea" → "North Korea", "South Korea"), at most `limit`.
 *
 * @example suggestCountries('Norwey', ['Norway', 'Sweden']) // ['Norway']
 */
export function suggestCountries(wanted: string, names: readonly string[], limit = 5): string[] {
  const folded = wanted.trim().toLowerCase();
  const byFolded = new Map(names.map((name) => [name.toLowerCase(), name]));
  const nearest = closestMatch(folded, byFolded.keys());
  const containing = folded.length >= 3 ? names.filter((name) => name.toLowerCase().includes(folded) || folded.includes(name.toLowerCase())) : [];
  return [...new Set([...(nearest ? [byFolded.get(nearest)!] : []), ...containing])].slice(0, limit);
}
