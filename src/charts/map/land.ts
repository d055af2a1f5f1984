import { geoContains } from 'd3-geo';
import { boundsOf } from './frame';
import type { CountryFeature } from './mapData';

/** Answers of `onLand` per basemap and point. */
const landCache = new WeakMap<readonly CountryFeature[], Map<string, boolean>>();

/**
 * Whether a point is on land, and whether it is open sea, over a basemap's countries. Whether a point is on land
 * does not change from map to map; the answers are kept per basemap (landCache), because testing points against
 * 1:50m coastlines is most of the work of drawing a map.
 */
export function landTests(countries: readonly CountryFeature[]) {
  const countryBounds = boundsOf(countries);
  const landAt = landCache.get(countries) ?? new Map<string, boolean>();
  landCache.set(countries, landAt);
  const onLand = (lon: number, lat: number) => {
    const key = `${lon},${lat}`;
    let land = landAt.get(key);
    if (land === undefined) {
      land = countryBounds.some(
        ({ country, bounds: [[x0, y0], [x1, y1]] }) => (x0 > x1 || (lon >= x0 && lon <= x1)) && lat >= y0 && lat <= y1 && geoContains(country, [lon, lat]),
      );
      landAt.set(key, land);
    }
    return land;
  };
  // A sea is a point with no land within about 20 km (a coastal base that the 1:50m coastline leaves offshore is not).
  const isOpenWater = (lon: number, lat: number) =>
    [[0, 0], [0.2, 0], [-0.2, 0], [0, 0.2], [0, -0.2], [0.14, 0.14], [-0.14, 0.14], [0.14, -0.14], [-0.14, -0.14]].every(([dx, dy]) => !onLand(lon + dx!, lat + dy!));
  return { onLand, isOpenWater };
}
