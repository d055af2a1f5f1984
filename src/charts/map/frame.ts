import {
  geoBounds,
  geoConicConformal,
  geoContains,
  geoDistance,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import type { Basemap, CountryFeature, MapPlace } from './mapData';

// The first phase of a locator map: the frame (projection, size, scale and the countries in view), shared by every
// map with the same basemap, width and fitted area, and the point-in-country answers that every map asks again.

const earthRadiusKm = 6371;

/**
 * Wraps a projection so that, after projecting, points closer than `tolerance` units to the last one kept are
 * dropped: detail finer than a pixel costs bytes and shows nothing.
 */
function dropNearbyPoints(projection: GeoProjection, tolerance: number): GeoStreamWrapper {
  return {
    stream(output) {
      let lastX = 0;
      let lastY = 0;
      let first = true;
      const filter: GeoStream = {
        point(x, y) {
          if (first || Math.hypot(x - lastX, y - lastY) >= tolerance) {
            output.point(x, y);
            lastX = x;
            lastY = y;
            first = false;
          }
        },
        lineStart() {
          first = true;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(filter);
    },
  };
}

/** `geoContains` for a country and a point, remembered: the country-label spots repeat on every map of a frame. */
const containsCache = new WeakMap<CountryFeature, Map<string, boolean>>();
export function containsPoint(country: CountryFeature, point: [number, number]): boolean {
  const answers = containsCache.get(country) ?? new Map<string, boolean>();
  containsCache.set(country, answers);
  const key = `${point[0]},${point[1]}`;
  let inside = answers.get(key);
  if (inside === undefined) {
    inside = geoContains(country, point);
    answers.set(key, inside);
  }
  return inside;
}

export interface Frame {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  mapHeight: number;
  scaleKmPerPixel: number;
  drawnFocus: CountryFeature;
  /** The countries in view, the focus last, with their outline, projected area and centroid (for their names). */
  visible: Array<{ country: CountryFeature; d: string; area: number; centroid: [number, number] }>;
  /** Per sea name's box (`x,y,width,height`), whether each of its candidate spots lies on water, as far as asked. */
  waterSpots: Map<string, boolean[]>;
}

/** Frames worked out so far, per basemap, by what decides them (see frameOf). */
const frameCache = new WeakMap<Basemap, Map<string, Frame>>();

/**
 * The projection fitted to the focus country (and, with `fit: 'all'`, the places), the map's height and scale, and
 * the outlines of the countries in view. Every map with the same basemap, width, padding and fitted area shares one
 * frame, so it is computed once. Nothing here is changed after it is made.
 */
export function frameOf(
  basemap: Basemap,
  focus: CountryFeature,
  places: readonly MapPlace[],
  { width, padding, fit }: { width: number; padding: number; fit: 'focus' | 'all' },
): Frame {
  const fitsPlaces = fit === 'all' && places.length > 0;
  const key = `${focus.properties.name}|${width}|${padding}|${fitsPlaces ? places.map((place) => `${place.lon},${place.lat}`).join(';') : 'focus'}`;
  const frames = frameCache.get(basemap) ?? new Map<string, Frame>();
  frameCache.set(basemap, frames);
  const known = frames.get(key);
  if (known) return known;

  const fitObject: GeoPermissibleObjects =
    fitsPlaces
      ? { type: 'FeatureCollection', features: [focus, { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: places.map((place) => [place.lon, place.lat]) } }] }
      : focus;
  const [[west, south], [east, north]] = geoBounds(fitObject);
  const projection = geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + (north - south) / 6, north - (north - south) / 6]);
  const pad = Math.round(width * padding);
  projection.fitWidth(width - 2 * pad, fitObject);
  const [[, fy0], [, fy1]] = geoPath(projection).bounds(fitObject);
  // A tall fit (a place far north of the focus) is capped so the map stays roughly square; it narrows instead.
  const fittedHeight = Math.min(fy1 - fy0, width - 2 * pad);
  const mapHeight = Math.round(fittedHeight + 2 * pad * 0.8);
  projection.fitExtent(
    [
      [pad, pad * 0.8],
      [width - pad, pad * 0.8 + fittedHeight],
    ],
    fitObject,
  );
  projection.clipExtent([
    [0, 0],
    [width, mapHeight],
  ]);
  // Places that fall inside the focus country's fit leave the projection as the focus alone gives it: such maps (most
  // places' own maps) share the frame, whose outlines are most of a map's cost, with every map fitted alike.
  const fitted = [focus.properties.name, width, mapHeight, west, east, south, north, projection.scale(), ...projection.translate()].map((part) => (typeof part === 'number' ? exactly(part) : part)).join('|');
  const sameFit = fittedFrames.get(basemap)?.get(fitted);
  if (sameFit) {
    frames.set(key, sameFit);
    return sameFit;
  }
  const path = geoPath(dropNearbyPoints(projection, 0.8)).digits(1);
  const scaleKmPerPixel = (() => {
    const a = projection.invert!([width / 2 - 50, mapHeight / 2])!;
    const b = projection.invert!([width / 2 + 50, mapHeight / 2])!;
    return (geoDistance(a, b) * earthRadiusKm) / 100;
  })();
  // Past about 4 km a unit, 1:50m coastlines are finer than the drawing can show; the coarse outlines say as much.
  const drawnCountries = scaleKmPerPixel > 4 && basemap.coarseCountries ? basemap.coarseCountries : basemap.countries;
  const drawnFocus = drawnCountries.find((country) => country.properties.name === basemap.focus) ?? focus;

  // Only countries whose bounding box meets the frame are projected: clipping all of them costs most of the time.
  const frameBounds = (() => {
    const corners: Array<[number, number]> = [];
    for (let step = 0; step <= 10; step += 1) {
      corners.push([(width * step) / 10, 0], [(width * step) / 10, mapHeight], [0, (mapHeight * step) / 10], [width, (mapHeight * step) / 10]);
    }
    const points = corners.map((corner) => projection.invert!(corner)!);
    const lons = points.map(([lon]) => lon);
    const lats = points.map(([, lat]) => lat);
    return { west: Math.min(...lons) - 2, east: Math.max(...lons) + 2, south: Math.min(...lats) - 2, north: Math.max(...lats) + 2 };
  })();
  const meetsFrame = ({ bounds: [[x0, y0], [x1, y1]] }: { bounds: ReturnType<typeof geoBounds> }) =>
    y1 >= frameBounds.south && y0 <= frameBounds.north && (x0 > x1 || (x1 >= frameBounds.west && x0 <= frameBounds.east));
  const visible = boundsOf(drawnCountries)
    .filter(meetsFrame)
    .map(({ country }) => ({ country, d: path(country) ?? '' }))
    .filter(({ d }) => d.length > 0)
    .sort((a, b) => Number(a.country === drawnFocus) - Number(b.country === drawnFocus))
    .map((entry) => ({ ...entry, area: path.area(entry.country), centroid: path.centroid(entry.country) }));

  const frame: Frame = { projection, path, mapHeight, scaleKmPerPixel, drawnFocus, visible, waterSpots: new Map() };
  frames.set(key, frame);
  const byFit = fittedFrames.get(basemap) ?? new Map<string, Frame>();
  fittedFrames.set(basemap, byFit);
  byFit.set(fitted, frame);
  return frame;
}

/**
 * Frames by the numbers that set their projection (size, the bounds its rotation and parallels come from, the fitted
 * scale and translation): two maps alike in these draw every outline alike.
 */
const fittedFrames = new WeakMap<Basemap, Map<string, Frame>>();

/** A number as a key part that tells -0 from 0, as the projection's arithmetic may. */
const exactly = (value: number) => (Object.is(value, -0) ? '-0' : String(value));

const boundsCache = new WeakMap<readonly CountryFeature[], Array<{ country: CountryFeature; bounds: ReturnType<typeof geoBounds> }>>();

/** Each country's bounding box, computed once per basemap: point-in-country tests check it first. */
export function boundsOf(countries: readonly CountryFeature[]) {
  let bounds = boundsCache.get(countries);
  if (!bounds) {
    bounds = countries.map((country) => ({ country, bounds: geoBounds(country) }));
    boundsCache.set(countries, bounds);
  }
  return bounds;
}
