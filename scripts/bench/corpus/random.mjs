// Seeded randomness for the synthetic benchmark corpus (scripts/bench/generateCorpus.mjs): the same seed always
// gives the same draws, on every platform.
import { importSource } from '../../lib/importSource.mjs';

/** @type {typeof import('../schemaValues.ts')} */
const { fnv1a } = await importSource('scripts/bench/schemaValues.ts');

/**
 * A small seeded generator (mulberry32) with the helpers the corpus needs. Deterministic across platforms, since it
 * only uses 32-bit integer arithmetic.
 */
export function createRandom(seed) {
  let state = typeof seed === 'number' ? seed >>> 0 : fnv1a(String(seed));
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (probability) => next() < probability;
  /** `count` distinct items drawn by `draw()` (which may repeat), in the order first drawn. */
  const distinct = (count, draw, limit) => {
    const chosen = new Set();
    let attempts = 0;
    while (chosen.size < Math.min(count, limit) && attempts < count * 50) {
      chosen.add(draw());
      attempts += 1;
    }
    return [...chosen];
  };
  return { next, int, pick, chance, distinct };
}

/**
 * Draws indexes 0…size−1 with a Zipf-like skew (index 0 most often), as real mentions are: a few entities appear in
 * many notes, most in a few.
 */
export function createZipf(random, size, exponent = 1) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank += 1) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/**
 * An index near `center` (within `spread`), as notes written close together share sources and figures. The window is
 * shifted inside the list rather than clamped, so the first and last entries are not chosen more often than others.
 */
export function nearIndex(random, center, spread, size) {
  if (size <= 2 * spread + 1) return random.int(0, size - 1);
  const middle = Math.max(spread, Math.min(size - 1 - spread, Math.round(center)));
  return middle + random.int(-spread, spread);
}
