import { geoBounds, geoContains } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { boundsOf } from './frame';
import type { CountryFeature } from './mapData';

type Piece = { shape: GeoPermissibleObjects; bounds: [[number, number], [number, number]] };
/** A country's land as separate polygons, each with its box, per country. */
const piecesCache = new WeakMap<CountryFeature, Piece[]>();

/**
 * A country of many islands is tested polygon by polygon (geoContains does the same inside a MultiPolygon), so a
 * point need only be tested against the polygons whose box holds it.
 */
function landPieces(country: CountryFeature) {
  let pieces = piecesCache.get(country);
  if (!pieces) {
    pieces =
      country.geometry?.type === 'MultiPolygon'
        ? country.geometry.coordinates.map((coordinates) => {
            const shape: GeoPermissibleObjects = { type: 'Polygon', coordinates };
            return { shape, bounds: geoBounds(shape) };
          })
        : [{ shape: country, bounds: [[NaN, NaN], [NaN, NaN]] }];
    piecesCache.set(country, pieces);
  }
  return pieces;
}

/** Whether a point may lie in a box; `unknown` is the answer for a box with no numbers (an empty shape's). */
function mayHold([[x0, y0], [x1, y1]]: Piece['bounds'], lon: number, lat: number, unknown: boolean) {
  if (Number.isNaN(x0) || Number.isNaN(x1) || Number.isNaN(y0) || Number.isNaN(y1)) return unknown;
  return (x0 > x1 || (lon >= x0 && lon <= x1)) && lat >= y0 && lat <= y1;
}

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
    // Probes near the antimeridian step past ±180 (isOpenWater); a polygon's own box lies on one side of it, so
    // such a longitude is wrapped first, as geoContains would. In range it is left exactly as it is.
    if (lon > 180 || lon < -180) lon = ((((lon + 180) % 360) + 360) % 360) - 180;
    const key = `${lon},${lat}`;
    let land = landAt.get(key);
    if (land === undefined) {
      land = countryBounds.some(
        ({ country, bounds }) =>
          mayHold(bounds, lon, lat, false) && landPieces(country).some((piece) => mayHold(piece.bounds, lon, lat, true) && geoContains(piece.shape, [lon, lat])),
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
