/**
 * Writes a point in degrees with hemisphere letters.
 *
 * @example formatCoordinates({ lat: 35.4011, lon: 35.9487 }) // "35.401° N, 35.949° E"
 */
export function formatCoordinates({ lat, lon }: { lat: number; lon: number }): string {
  return `${Math.abs(lat).toFixed(3)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(3)}° ${lon < 0 ? 'W' : 'E'}`;
}
