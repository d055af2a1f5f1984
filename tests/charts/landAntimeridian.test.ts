import { describe, expect, it } from 'vitest';
import { landTests } from '../../src/charts/map/land';
import { loadBasemap } from '../../src/data/loadBasemap';

// Fiji's islands lie on both sides of the antimeridian: 179.95°W, 16.8°S is land on the 1:50m basemap, and so is the
// same point written 180.05°E, as the open-water probes around a place near ±180 write it.
describe('the land test at the antimeridian', () => {
  const { onLand } = landTests(loadBasemap().countries);

  it('finds the land just east of ±180', () => {
    expect(onLand(-179.95, -16.8)).toBe(true);
  });

  it('wraps a longitude past ±180 before testing it', () => {
    expect(onLand(180.05, -16.8)).toBe(true);
    expect(onLand(180.1, -16.8)).toBe(onLand(-179.9, -16.8));
    expect(onLand(180.1, 0)).toBe(false);
  });
});
