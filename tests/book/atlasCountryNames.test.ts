import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { atlasCountryNames } from '../../src/book/atlasCountryNames';

describe('atlasCountryNames', () => {
  it('lists exactly the country names of the basemap the maps draw (world-atlas countries-50m.json)', () => {
    const require = createRequire(import.meta.url);
    const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as {
      objects: { countries: { geometries: Array<{ properties?: { name?: string } }> } };
    };
    const names = [...new Set(topology.objects.countries.geometries.map((geometry) => geometry.properties?.name).filter((name): name is string => Boolean(name)))].sort();
    expect([...atlasCountryNames()]).toEqual(names);
  });
});
