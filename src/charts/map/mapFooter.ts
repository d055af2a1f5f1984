import type { Mark } from '../chartModel';
import { measureText } from '../measureText';
import { wrapText } from '../wrapText';
import type { MapPlace } from './mapData';
import { moveIcon } from './mapGeometry';
import type { MapText } from './mapText';

const niceDistances = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

/**
 * Below the map: scale bar, then the key (only the symbols the map uses), then the footnotes (arrows explained, labels
 * that found no room). Returns the marks, the chart's full height and the scale bar's distance.
 */
export function mapFooter({
  width,
  mapHeight,
  scaleKmPerPixel,
  drawnPlaces,
  footnotes,
  text: { small, smallLineHeight, ascent },
}: {
  width: number;
  mapHeight: number;
  scaleKmPerPixel: number;
  drawnPlaces: readonly MapPlace[];
  footnotes: readonly string[];
  text: MapText;
}) {
  const marks: Mark[] = [];
  let y = mapHeight + 14;
  const kmPerPixel = scaleKmPerPixel;
  const km = [...niceDistances].reverse().find((distance) => distance / kmPerPixel <= width * 0.35) ?? niceDistances[0]!;
  const barLength = km / kmPerPixel;
  marks.push({
    type: 'group',
    className: 'chart-scale-bar',
    key: 'scale-bar',
    marks: [
      { type: 'path', className: 'chart-scale-bar__line', d: `M0.75,${y - 5}V${y + 1}H${barLength}V${y - 5}` },
      { type: 'text', className: 'chart-tick', x: barLength + 6, y: y + 1, lines: [`${km} km`], fontSize: small },
    ],
  });
  y += 14;

  const keyItems: Array<{ icon: Mark; text: string }> = [];
  if (drawnPlaces.some((place) => place.kind === 'facility')) keyItems.push({ icon: { type: 'rect', className: 'chart-place chart-place--facility', x: -4.5, y: -4.5, width: 9, height: 9 }, text: 'Facility' });
  if (drawnPlaces.some((place) => place.kind === 'place')) keyItems.push({ icon: { type: 'circle', className: 'chart-place chart-place--place', cx: 0, cy: 0, r: 4.5 }, text: 'Place' });
  if (drawnPlaces.some((place) => place.status)) keyItems.push({ icon: { type: 'rect', className: 'chart-place chart-place--facility has-status', x: -4.5, y: -4.5, width: 9, height: 9 }, text: 'Hollow: status changed, as labelled' });
  let keyX = 0;
  const keyMarks: Mark[] = [];
  for (const item of keyItems) {
    const itemWidth = 18 + measureText(item.text, small) + 14;
    if (keyX > 0 && keyX + itemWidth > width) {
      keyX = 0;
      y += smallLineHeight + 2;
    }
    const cy = y + smallLineHeight / 2;
    keyMarks.push(moveIcon(item.icon, keyX + 5, cy), { type: 'text', className: 'chart-label', x: keyX + 16, y: y + ascent(small) + 1, lines: [item.text], fontSize: small });
    keyX += itemWidth;
  }
  if (keyMarks.length) {
    marks.push({ type: 'group', className: 'chart-legend', marks: keyMarks });
    y += smallLineHeight + 4;
  }
  for (const footnote of footnotes) {
    const lines = wrapText(footnote, width, small);
    marks.push({ type: 'text', className: 'chart-note', x: 0, y: y + ascent(small), lines, fontSize: small, lineHeight: smallLineHeight });
    y += lines.length * smallLineHeight + 2;
  }
  return { marks, height: Math.ceil(y + 2), km };
}
