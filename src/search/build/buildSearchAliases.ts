import type { EntityData } from '../../schemas/entity';
import { normalizeName } from '../../entities/normalizeName';

export type NamedEntity = Pick<EntityData, 'name' | 'shortName' | 'aliases' | 'variantSpellings' | 'otherNames'>;

/** Characters that separate the parts of the alias text; they are dropped from names so the text stays parseable. */
const separators = /[;:,]/g;

function clean(name: string): string {
  return name.replace(separators, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Writes the `aliases` search metadata of a page: for each entity the page is about or mentions, its name and every
 * other name a reader might search for (short name, aliases, the source's spellings, other common names), so that
 * "Mara Elison" or "Northport Docks" finds the page although its text only uses our canonical spelling.
 *
 * Entities are separated by "; ", a name from its other names by ": ", other names by ", " — the format
 * `parseSearchAliases` reads back to explain a match. Names repeated in another form (case, accents) are dropped.
 *
 * @example
 * buildSearchAliases([{ name: 'Mara Ellison', shortName: 'Ellison', aliases: [], variantSpellings: ['Mara Elison'], otherNames: [] }])
 * // "Mara Ellison: Ellison, Mara Elison"
 */
export function buildSearchAliases(entities: readonly NamedEntity[]): string {
  const seenEntities = new Set<string>();
  const parts: string[] = [];
  for (const entity of entities) {
    const name = clean(entity.name);
    if (!name || seenEntities.has(normalizeName(name))) continue;
    seenEntities.add(normalizeName(name));
    const seen = new Set([normalizeName(name)]);
    const others: string[] = [];
    for (const other of [entity.shortName, ...entity.aliases, ...entity.variantSpellings, ...entity.otherNames]) {
      const cleaned = other ? clean(other) : '';
      const key = normalizeName(cleaned);
      if (!cleaned || seen.has(key)) continue;
      seen.add(key);
      others.push(cleaned);
    }
    parts.push(others.length > 0 ? `${name}: ${others.join(', ')}` : name);
  }
  return parts.join('; ');
}
