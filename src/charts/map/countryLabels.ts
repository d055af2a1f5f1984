import type { GeoProjection } from 'd3-geo';
import type { Mark } from '../chartModel';
import { measureText } from '../measureText';
import type { Box } from './placeLabels';
import { containsPoint, type Frame } from './frame';
import { overlaps } from './mapGeometry';
import type { MapText } from './mapText';

/** Country names where the country shows enough of itself to hold one and the spot is free (taking it in `taken`). */
export function countryLabels(
  { visible, drawnFocus }: Pick<Frame, 'visible' | 'drawnFocus'>,
  { projection, bounds, taken, text: { small, smallLineHeight, ascent } }: { projection: GeoProjection; bounds: Box; taken: Box[]; text: MapText },
) {
  const marks: Mark[] = [];
  const names: string[] = [];
  for (const { country, area, centroid } of visible) {
    const name = country.properties.name.toUpperCase();
    const textWidth = measureText(name, small);
    const boxHeight = smallLineHeight;
    if (area < textWidth * boxHeight * 2.5) continue;
    const [cx, cy] = centroid;
    const candidates = [0, -1, 1, -2, 2, -3, 3].map((step) => ({ x: cx - textWidth / 2, y: cy - boxHeight / 2 + step * boxHeight, width: textWidth, height: boxHeight }));
    const box = candidates.find(
      (candidate) =>
        candidate.x >= bounds.x &&
        candidate.y >= bounds.y &&
        candidate.x + candidate.width <= bounds.x + bounds.width &&
        candidate.y + candidate.height <= bounds.y + bounds.height &&
        containsPoint(country, projection.invert!([candidate.x + candidate.width / 2, candidate.y + candidate.height / 2])!) &&
        !taken.some((other) => overlaps(candidate, other, 3)),
    );
    if (!box) continue;
    taken.push(box);
    names.push(country.properties.name);
    marks.push({
      type: 'text',
      className: `chart-country-label${country === drawnFocus ? ' chart-country-label--focus' : ''}`,
      x: box.x + box.width / 2,
      y: box.y + ascent(small),
      lines: [name],
      fontSize: small,
      anchor: 'middle',
    });
  }
  return { marks, names };
}
