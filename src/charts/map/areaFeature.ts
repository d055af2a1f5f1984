import type { CountryFeature } from './mapData';

/**
 * The area a map without a focus country is fitted to: the box around the points, widened to at least three
 * degrees each way so that one place, or a few close together, still shows its surroundings. With no points,
 * the inhabited world.
 */
export function areaFeature(points: ReadonlyArray<{ lat: number; lon: number }>): CountryFeature {
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  const span = (values: number[], min: number, max: number, fallback: [number, number]): [number, number] => {
    if (values.length === 0) return fallback;
    const low = Math.min(...values);
    const high = Math.max(...values);
    const widen = Math.max(0, 3 - (high - low)) / 2;
    return [Math.max(min, low - widen), Math.min(max, high + widen)];
  };
  const [west, east] = span(lons, -180, 180, [-150, 150]);
  const [south, north] = span(lats, -85, 85, [-50, 70]);
  // Edges are great-circle arcs; points every few degrees keep a wide box's top and bottom along their parallels.
  const steps = (from: number, to: number) => {
    const count = Math.max(1, Math.ceil(Math.abs(to - from) / 5));
    return Array.from({ length: count + 1 }, (_, index) => from + ((to - from) * index) / count);
  };
  const ring: Array<[number, number]> = [
    ...steps(south, north).map((lat): [number, number] => [west, lat]),
    ...steps(west, east).slice(1).map((lon): [number, number] => [lon, north]),
    ...steps(north, south).slice(1).map((lat): [number, number] => [east, lat]),
    ...steps(east, west).slice(1).map((lon): [number, number] => [lon, south]),
  ];
  return { type: 'Feature', properties: { name: '' }, geometry: { type: 'Polygon', coordinates: [ring] } };
}
