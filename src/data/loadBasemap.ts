import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Basemap, CountryFeature } from '../charts/map/locatorMap';
import { loadBook } from '../book/loadBook';

let cached: Basemap | undefined;

/**
 * Reads the country outlines for locator maps from the world-atlas package (Natural Earth 1:50m, and 1:110m for
 * maps of a wider region), once per build.
 * Only the build reads it: the pages get the projected, clipped paths, never the file. The maps centre on the
 * book's `mapFocus`; a book without one has its maps fitted to `areaOf()`, the places it marks.
 */
export function loadBasemap(areaOf: () => ReadonlyArray<{ lat: number; lon: number }> = () => []): Basemap {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = (name: string) => {
    const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    return feature(topology, topology.objects.countries).features as CountryFeature[];
  };
  const focus = loadBook().mapFocus;
  cached = {
    countries: read('countries-50m.json'),
    coarseCountries: read('countries-110m.json'),
    ...(focus ? { focus } : { area: areaOf() }),
    attribution: `Natural Earth 1:50m (public domain), via the world-atlas package; lines as Natural Earth draws them de facto${
      // The one de facto line a reader of a map around the Levant would otherwise take for a mistake.
      ['Syria', 'Israel', 'Lebanon', 'Jordan'].includes(focus ?? '') ? ', so the Israeli-held Golan Heights fall inside Israel’s outline' : ''
    }`,
  };
  return cached;
}
