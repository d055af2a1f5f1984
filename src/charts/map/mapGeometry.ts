import type { Mark } from '../chartModel';
import type { Box } from './placeLabels';

const compass = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
/** The compass point of the direction from `from` to `to` on screen (y grows downwards). */
export const compassPoint = (from: { x: number; y: number }, to: { x: number; y: number }) =>
  compass[Math.round(((Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI + 90 + 360) / 45) % 8]!;

export function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.x - margin < b.x + b.width && b.x < a.x + a.width + margin && a.y - margin < b.y + b.height && b.y < a.y + a.height + margin;
}

/** Names joined for a sentence: "A", "A and B", "A, B and C", in alphabetical order, each once. */
export function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Where a ray from the centre at `angle` meets the frame, `inset` units inside it. */
export function rayToFrame(centre: { x: number; y: number }, angle: number, width: number, height: number, inset: number) {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const tx = dx > 0 ? (width - inset - centre.x) / dx : dx < 0 ? (inset - centre.x) / dx : Infinity;
  const ty = dy > 0 ? (height - inset - centre.y) / dy : dy < 0 ? (inset - centre.y) / dy : Infinity;
  const t = Math.min(tx, ty);
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

/** A key's icon moved to its place in the key. */
export function moveIcon(mark: Mark, dx: number, dy: number): Mark {
  if (mark.type === 'rect') return { ...mark, x: mark.x + dx, y: mark.y + dy };
  if (mark.type === 'circle') return { ...mark, cx: mark.cx + dx, cy: mark.cy + dy };
  return mark;
}
