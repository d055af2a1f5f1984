/** An axis-aligned box in user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label to put near a point. */
export interface PointLabel {
  key: string;
  /** The point the label names. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Clearance around the point (its marker's radius). */
  radius: number;
  /** Set for labels that name an area (a sea) and are best centred on their point, with no marker. */
  centred?: boolean;
}

export interface PlacedLabel {
  key: string;
  box: Box;
  /** Where the label's text is anchored: start, middle or end of its lines. */
  anchor: 'start' | 'middle' | 'end';
  /** Set when the label sits away from its point and needs a line back to it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface PlaceLabelsResult {
  placed: PlacedLabel[];
  /** Labels that found no free spot; the caller lists them elsewhere (a numbered key) rather than overlap. */
  unplaced: string[];
}

export interface PlaceLabelsOptions {
  /** The area labels must stay inside. */
  bounds: Box;
  /** Boxes no label may cover: markers, legends, other text. */
  obstacles?: readonly Box[];
  /** Extra distances from the point to try after the closest, for labels that need a leader line. */
  rings?: readonly number[];
  /** Space kept around every label. */
  padding?: number;
}

/** Directions to try, in order of cartographic preference: right of the point, then left, then above and below. */
const directions = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: -1 },
  { dx: -1, dy: 1 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
] as const;

/**
 * Whether two boxes overlap (touching edges do not count).
 *
 * @example boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }) // false
 */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

function grow(box: Box, by: number): Box {
  return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function candidateBox(label: PointLabel, direction: (typeof directions)[number], distance: number): { box: Box; anchor: PlacedLabel['anchor'] } {
  const { width, height } = label;
  const x = direction.dx > 0 ? label.x + distance : direction.dx < 0 ? label.x - distance - width : label.x - width / 2;
  const diagonal = direction.dx !== 0 && direction.dy !== 0 ? 0.3 : 1;
  const y =
    direction.dy > 0
      ? label.y + distance * diagonal
      : direction.dy < 0
        ? label.y - distance * diagonal - height
        : label.y - height / 2;
  const anchor = direction.dx > 0 ? 'start' : direction.dx < 0 ? 'end' : 'middle';
  return { box: { x, y, width, height }, anchor };
}

/** Whether the segment passes through the box (Liang–Barsky clipping). */
function segmentCrossesBox(segment: { x1: number; y1: number; x2: number; y2: number }, box: Box): boolean {
  const dx = segment.x2 - segment.x1;
  const dy = segment.y2 - segment.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: Array<[number, number]> = [
    [-dx, segment.x1 - box.x],
    [dx, box.x + box.width - segment.x1],
    [-dy, segment.y1 - box.y],
    [dy, box.y + box.height - segment.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return t1 - t0 > 1e-6;
}

/** How far a point is from a box (0 inside it). */
function distanceToBox(box: Box, x: number, y: number): number {
  const nearest = nearestEdgePoint(box, x, y);
  return Math.hypot(nearest.x - x, nearest.y - y);
}

/** The point on a box's edge nearest to (x, y), where a leader line should end. */
function nearestEdgePoint(box: Box, x: number, y: number) {
  return { x: Math.max(box.x, Math.min(x, box.x + box.width)), y: Math.max(box.y, Math.min(y, box.y + box.height)) };
}

/**
 * Puts each label next to its point without covering another label, a marker or an obstacle, trying eight spots
 * around the point and then the same spots further out (with a leader line). Labels are placed in the order given,
 * so put the most important first. A label with no free spot is returned in `unplaced`, never drawn on top of
 * another: a chart may drop a label to a key, but must not overprint.
 *
 * @example
 * placeLabels([{ key: 'a', x: 50, y: 50, width: 30, height: 12, radius: 4 }], { bounds: { x: 0, y: 0, width: 200, height: 100 } })
 * // { placed: [{ key: 'a', box: { x: 57, y: 44, width: 30, height: 12 }, anchor: 'start' }], unplaced: [] }
 */
export function placeLabels(
  labels: readonly PointLabel[],
  { bounds, obstacles = [], rings = [14, 30, 50], padding = 2 }: PlaceLabelsOptions,
): PlaceLabelsResult {
  // Every point's marker is an obstacle for every other label.
  const markers = labels
    .filter((label) => !label.centred)
    .map((label) => ({ key: label.key, box: { x: label.x - label.radius, y: label.y - label.radius, width: 2 * label.radius, height: 2 * label.radius } }));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  const unplaced: string[] = [];

  for (const label of labels) {
    const blockers = [...taken, ...markers.filter((marker) => marker.key !== label.key).map((marker) => marker.box)];
    const fits = (box: Box) => inside(box, bounds) && !blockers.some((other) => boxesOverlap(grow(box, padding), other));
    let choice: PlacedLabel | undefined;
    if (label.centred) {
      const centred = { x: label.x - label.width / 2, y: label.y - label.height / 2, width: label.width, height: label.height };
      if (fits(centred)) choice = { key: label.key, box: centred, anchor: 'middle' };
    }
    const distances = [label.radius + 3, ...rings.map((ring) => label.radius + ring)];
    // A label nearer another point than its own reads as that point's name: take it only if nothing else fits.
    let fallback: PlacedLabel | undefined;
    for (const [ringIndex, distance] of distances.entries()) {
      if (choice) break;
      for (const direction of directions) {
        const { box, anchor } = candidateBox(label, direction, distance);
        if (!fits(box)) continue;
        let leader: PlacedLabel['leader'];
        if (ringIndex > 0 && !label.centred) {
          const end = nearestEdgePoint(box, label.x, label.y);
          const length = Math.hypot(end.x - label.x, end.y - label.y);
          const start = { x: label.x + ((end.x - label.x) / length) * label.radius, y: label.y + ((end.y - label.y) / length) * label.radius };
          leader = { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
          // A leader line that crosses another label or marker would be as confusing as an overlap.
          if (blockers.some((other) => segmentCrossesBox(leader!, grow(other, 1)))) continue;
        }
        const candidate: PlacedLabel = leader ? { key: label.key, box, anchor, leader } : { key: label.key, box, anchor };
        const own = distanceToBox(box, label.x, label.y);
        const ambiguous = labels.some((other) => other.key !== label.key && !other.centred && distanceToBox(box, other.x, other.y) + 2 < own);
        if (!ambiguous) {
          choice = candidate;
          break;
        }
        fallback ??= candidate;
      }
    }
    choice ??= fallback;
    if (choice) {
      placed.push(choice);
      taken.push(choice.box);
    } else {
      unplaced.push(label.key);
    }
  }
  return { placed, unplaced };
}
