import type { Mark } from '../chartModel';
import { measureText } from '../measureText';
import type { Box, PointLabel } from './placeLabels';
import { wrapText } from '../wrapText';
import type { MapPlace } from './mapData';
import { compassPoint, listNames, rayToFrame } from './mapGeometry';
import type { MapText } from './mapText';

export interface EdgeGroup {
  x: number;
  y: number;
  angle: number;
  names: string[];
  direction: string;
}

/**
 * Arrows at the edge for places beyond the frame, grouped when they point the same way. Wide maps label their
 * arrows (the labels are returned for placing with the places' own); narrow ones explain them in a note below.
 */
export function offMapArrows(
  offMap: ReadonlyArray<{ place: MapPlace; x: number; y: number }>,
  { width, mapHeight, text: { small, smallLineHeight } }: { width: number; mapHeight: number; text: MapText },
) {
  const centre = { x: width / 2, y: mapHeight / 2 };
  const edgeInset = 14;
  const edgeGroups: EdgeGroup[] = [];
  for (const { place, x, y } of offMap) {
    const angle = Math.atan2(y - centre.y, x - centre.x);
    const edge = rayToFrame(centre, angle, width, mapHeight, edgeInset);
    const existing = edgeGroups.find((group) => Math.hypot(group.x - edge.x, group.y - edge.y) < 40);
    const direction = compassPoint(centre, { x, y });
    if (existing) existing.names.push(place.label);
    else edgeGroups.push({ ...edge, angle, names: [place.label], direction });
  }
  const arrowMarks: Mark[] = [];
  const arrowBoxes: Box[] = [];
  const labels: Array<{ input: PointLabel; lines: string[] }> = [];
  for (const [index, group] of edgeGroups.entries()) {
    arrowBoxes.push({ x: group.x - 9, y: group.y - 9, width: 18, height: 18 });
    const length = 12;
    const tipX = group.x + Math.cos(group.angle) * (length / 2);
    const tipY = group.y + Math.sin(group.angle) * (length / 2);
    const tailX = group.x - Math.cos(group.angle) * (length / 2);
    const tailY = group.y - Math.sin(group.angle) * (length / 2);
    const headA = group.angle + Math.PI * 0.8;
    const headB = group.angle - Math.PI * 0.8;
    arrowMarks.push({
      type: 'path',
      className: 'chart-offmap-arrow',
      d: `M${tailX},${tailY}L${tipX},${tipY}M${tipX + 6 * Math.cos(headA)},${tipY + 6 * Math.sin(headA)}L${tipX},${tipY}L${tipX + 6 * Math.cos(headB)},${tipY + 6 * Math.sin(headB)}`,
    });
    if (width < 560) continue;
    const lines = wrapText(`${listNames(group.names)} (off the map)`, Math.min(width * 0.5, 200), small);
    const key = `offmap-${index}`;
    labels.push({ lines, input: { key, x: group.x, y: group.y, width: Math.max(...lines.map((line) => measureText(line, small))), height: lines.length * smallLineHeight, radius: 8 } });
  }
  return { centre, edgeGroups, arrowMarks, arrowBoxes, labels };
}
