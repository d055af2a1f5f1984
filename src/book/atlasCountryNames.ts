import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let names: string[] | undefined;

/**
 * The country names of the world-atlas basemap the locator maps draw (Natural Earth 1:50m), which a book's
 * `mapFocus` must be one of. Read once per process.
 *
 * @example atlasCountryNames().includes('Norway') // true
 */
export function atlasCountryNames(): string[] {
  if (names) return names;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as {
    objects: { countries: { geometries: Array<{ properties?: { name?: string } }> } };
  };
  names = [...new Set(topology.objects.countries.geometries.map((geometry) => geometry.properties?.name).filter((name): name is string => Boolean(name)))].sort();
  return names;
}
