/** A marker at its true position: `radius` is half its width (a circle's radius, a square's half side). */
export interface MarkerSpot {
  key: string;
  x: number;
  y: number;
  radius: number;
  /** Kept where it is when two markers collide; the other one moves (a city stays, a base inside it moves). */
  anchored: boolean;
}

export interface DodgedMarker extends MarkerSpot {
  /** Where the marker was moved from, when it was: the true position, joined to the marker by a leader. */
  from?: { x: number; y: number };
}

/** Room left between two markers, in user units. */
const gap = 2;

/**
 * Moves markers that would cover one another apart, so that a facility inside a city does not hide under the
 * city's marker: the marker that is not anchored (or the later one, when both are alike) steps directly away from
 * the other, or to the upper right when they coincide, until the two just clear each other. A moved marker keeps
 * its true position in `from`, for a leader line. Markers are taken in order, each against those already placed.
 *
 * @example dodgeMarkers([{ key: 'city', x: 100, y: 100, radius: 4.5, anchored: true }, { key: 'base', x: 101, y: 100, radius: 4.5, anchored: false }])
 * // [{ key: 'city', x: 100, y: 100, … }, { key: 'base', x: 111, y: 100, from: { x: 101, y: 100 }, … }]
 */
export function dodgeMarkers(spots: readonly MarkerSpot[]): DodgedMarker[] {
  const order = [...spots].sort((a, b) => Number(b.anchored) - Number(a.anchored));
  const placed: DodgedMarker[] = [];
  for (const spot of order) {
    let { x, y } = spot;
    // A few rounds: stepping clear of one marker can land on another.
    for (let round = 0; round < 8; round += 1) {
      const blocker = placed.find((other) => Math.max(Math.abs(other.x - x), Math.abs(other.y - y)) < other.radius + spot.radius + gap);
      if (!blocker) break;
      const dx = x - blocker.x;
      const dy = y - blocker.y;
      const length = Math.hypot(dx, dy);
      const [ux, uy] = length < 0.5 ? [Math.SQRT1_2, -Math.SQRT1_2] : [dx / length, dy / length];
      // Markers are squares or circles; clearing the larger of the two axes keeps even two squares apart.
      const clearance = (blocker.radius + spot.radius + gap) / Math.max(Math.abs(ux), Math.abs(uy));
      x = blocker.x + ux * clearance;
      y = blocker.y + uy * clearance;
    }
    placed.push(x === spot.x && y === spot.y ? { ...spot } : { ...spot, x, y, from: { x: spot.x, y: spot.y } });
  }
  return spots.map((spot) => placed.find((each) => each.key === spot.key)!);
}
