import type { GeoProjection } from 'd3-geo';
import type { Mark } from '../chartModel';
import { measureText } from '../measureText';
import type { Box } from './placeLabels';
import type { Frame } from './frame';
import type { MapPlace } from './mapData';
import { overlaps } from './mapGeometry';
import type { MapText } from './mapText';

/**
 * Seas are named on open water near their point: across it if there is room, else along a narrow strip. Each name
 * takes its box in `taken`; seas that find no room are returned by name.
 */
export function seaLabels(
  waterPlaces: ReadonlyArray<{ place: MapPlace; x: number; y: number }>,
  {
    frame,
    projection,
    onLand,
    bounds,
    taken,
    text: { fontSize, ascent },
  }: { frame: Frame; projection: GeoProjection; onLand: (lon: number, lat: number) => boolean; bounds: Box; taken: Box[]; text: MapText },
) {
  const isWaterAt = (px: number, py: number) => {
    const point = projection.invert!([px, py]);
    return point !== null && !onLand(point[0], point[1]);
  };
  const labelMarks: Mark[] = [];
  const unplacedWater: string[] = [];
  const seaBoxes: Box[] = [];
  for (const { place, x, y } of waterPlaces) {
    const textWidth = measureText(place.label, fontSize) * 1.04;
    // The box is the glyphs' height (not the line's) so a name fits a strip of sea as wide as its letters.
    const textHeight = fontSize;
    const offsets = [0, 8, -8, 16, -16, 24, -24, 36, -36, 50, -50, 70, -70, 90, -90];
    const candidates: Array<{ box: Box; rotate: boolean }> = [];
    for (const rotate of [false, true]) {
      for (const dy of offsets) {
        for (const dx of offsets) {
          const w = rotate ? textHeight : textWidth;
          const h = rotate ? textWidth : textHeight;
          candidates.push({ box: { x: x + dx - w / 2, y: y + dy - h / 2, width: w, height: h }, rotate });
        }
      }
    }
    // Water under the whole length of the name and most of its height: the ends of a line of letters may touch the coast.
    const samples = [...[0.05, 0.25, 0.5, 0.75, 0.95].map((along) => [along, 0.5] as const), [0.3, 0.2] as const, [0.3, 0.8] as const, [0.7, 0.2] as const, [0.7, 0.8] as const];
    // Whether a spot lies on water depends only on the frame and the name's box: each answer is kept with the frame.
    const waterKey = `${x},${y},${textWidth},${textHeight}`;
    const onWater = frame.waterSpots.get(waterKey) ?? [];
    frame.waterSpots.set(waterKey, onWater);
    const choice = candidates.find(
      ({ box, rotate }, index) =>
        box.x >= bounds.x &&
        box.y >= bounds.y &&
        box.x + box.width <= bounds.x + bounds.width &&
        box.y + box.height <= bounds.y + bounds.height &&
        !taken.some((other) => overlaps(box, other, 2)) &&
        (onWater[index] ??= samples.every(([along, across]) =>
          rotate ? isWaterAt(box.x + box.width * across, box.y + box.height * along) : isWaterAt(box.x + box.width * along, box.y + box.height * across),
        )),
    );
    if (!choice) {
      unplacedWater.push(place.label);
      continue;
    }
    taken.push(choice.box);
    seaBoxes.push(choice.box);
    const cx = choice.box.x + choice.box.width / 2;
    const cy = choice.box.y + choice.box.height / 2;
    labelMarks.push({
      type: 'group',
      className: 'chart-map-label-group',
      key: place.id,
      marks: [
        {
          type: 'text',
          className: 'chart-map-label chart-map-label--water',
          x: cx,
          y: cy + ascent(fontSize) / 2,
          lines: [place.label],
          fontSize,
          anchor: 'middle',
          fontStyle: 'italic',
          ...(choice.rotate ? { rotate: -90, x: cx + ascent(fontSize) / 2, y: cy } : {}),
        },
      ],
    });
  }
  return { labelMarks, seaBoxes, unplacedWater };
}
