import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type Box, type PointLabel } from '../../src/charts/map/placeLabels';
import { seededRandom } from './seededRandom';

const bounds: Box = { x: 0, y: 0, width: 300, height: 260 };

describe('placeLabels(labels)', () => {
  it('puts a lone label to the right of its point', () => {
    const { placed, unplaced } = placeLabels([{ key: 'a', x: 50, y: 50, width: 30, height: 12, radius: 4 }], { bounds });
    expect(unplaced).toEqual([]);
    expect(placed[0]!.anchor).toBe('start');
    expect(placed[0]!.box.x).toBeGreaterThan(50);
    expect(placed[0]!.leader).toBeUndefined();
  });

  it('moves to the left of a point near the right edge', () => {
    const { placed } = placeLabels([{ key: 'a', x: 290, y: 50, width: 60, height: 12, radius: 4 }], { bounds });
    expect(placed[0]!.anchor).toBe('end');
    expect(placed[0]!.box.x + placed[0]!.box.width).toBeLessThan(290);
  });

  it('never overprints a label, a marker or an obstacle, over 300 seeded random maps', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = seededRandom(seed);
      const labels: PointLabel[] = Array.from({ length: 2 + Math.floor(random() * 14) }, (_, index) => ({
        key: `p${index}`,
        x: 10 + random() * 280,
        y: 10 + random() * 240,
        width: 20 + random() * 90,
        height: 14 + Math.floor(random() * 3) * 15,
        radius: 4,
      }));
      const obstacles: Box[] = [{ x: random() * 200, y: random() * 200, width: 40, height: 20 }];
      const { placed, unplaced } = placeLabels(labels, { bounds, obstacles });
      expect(placed.length + unplaced.length, `seed ${seed}`).toBe(labels.length);
      for (const [index, label] of placed.entries()) {
        const { box } = label;
        expect(box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.width && box.y + box.height <= bounds.height, `seed ${seed}: ${label.key} leaves the frame`).toBe(true);
        for (const other of placed.slice(index + 1)) expect(boxesOverlap(box, other.box), `seed ${seed}: ${label.key} overlaps ${other.key}`).toBe(false);
        for (const obstacle of obstacles) expect(boxesOverlap(box, obstacle), `seed ${seed}: ${label.key} covers an obstacle`).toBe(false);
        for (const point of labels.filter((other) => other.key !== label.key)) {
          const marker = { x: point.x - point.radius, y: point.y - point.radius, width: 2 * point.radius, height: 2 * point.radius };
          expect(boxesOverlap(box, marker), `seed ${seed}: ${label.key} covers the marker of ${point.key}`).toBe(false);
        }
      }
    }
  });

  it('places every label when the points are sparse', () => {
    for (let seed = 1; seed <= 100; seed += 1) {
      const random = seededRandom(seed);
      const labels: PointLabel[] = Array.from({ length: 4 }, (_, index) => ({
        key: `p${index}`,
        x: 40 + (index % 2) * 150 + random() * 40,
        y: 40 + Math.floor(index / 2) * 120 + random() * 40,
        width: 60,
        height: 14,
        radius: 4,
      }));
      expect(placeLabels(labels, { bounds }).unplaced, `seed ${seed}`).toEqual([]);
    }
  });
});
