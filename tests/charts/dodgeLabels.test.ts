import { describe, expect, it } from 'vitest';
import { dodgeLabels } from '../../src/charts/dodgeLabels';
import { seededRandom } from './seededRandom';

describe('dodgeLabels(items)', () => {
  it('leaves labels that do not collide where they want to be', () => {
    expect(dodgeLabels([{ desired: 0, size: 10 }, { desired: 20, size: 10 }], { gap: 2 })).toEqual([0, 20]);
  });

  it('shares the displacement between two colliding labels', () => {
    expect(dodgeLabels([{ desired: 10, size: 20 }, { desired: 15, size: 20 }], { gap: 2 })).toEqual([1.5, 23.5]);
  });

  it('keeps labels inside [min, max] when they fit', () => {
    const positions = dodgeLabels([{ desired: -50, size: 10 }, { desired: 200, size: 10 }], { min: 0, max: 100 });
    expect(positions).toEqual([0, 90]);
  });

  it('never overlaps, keeps order and stays in bounds, over 500 seeded random cases', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const random = seededRandom(seed);
      const count = 1 + Math.floor(random() * 25);
      const gap = Math.floor(random() * 6);
      const items = Array.from({ length: count }, () => ({ desired: random() * 400 - 50, size: 8 + random() * 40 }));
      const min = 0;
      const max = 300 + random() * 900;
      const positions = dodgeLabels(items, { min, max, gap });
      const order = items.map((_, index) => index).sort((a, b) => items[a]!.desired - items[b]!.desired || a - b);
      const total = items.reduce((sum, item) => sum + item.size, 0) + gap * (count - 1);
      for (let rank = 0; rank < order.length; rank += 1) {
        const index = order[rank]!;
        expect(positions[index], `seed ${seed}: label ${index} starts before min`).toBeGreaterThanOrEqual(min - 1e-6);
        if (total <= max - min) expect(positions[index]! + items[index]!.size, `seed ${seed}: label ${index} ends after max`).toBeLessThanOrEqual(max + 1e-6);
        if (rank > 0) {
          const previous = order[rank - 1]!;
          expect(positions[index]!, `seed ${seed}: labels ${previous} and ${index} overlap or swap`).toBeGreaterThanOrEqual(positions[previous]! + items[previous]!.size + gap - 1e-6);
        }
      }
    }
  });
});
