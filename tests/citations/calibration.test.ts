import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationOf, defaultCalibration, describeGrades, describeRequirement, levelOf, renderCalibrationMarkdown } from '../../src/citations/calibration';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('defaultCalibration', () => {
  it('holds the three levels from low to high, with the sourcing each needs', () => {
    expect(defaultCalibration.levels.map((level) => level.id)).toEqual(['low', 'moderate', 'high']);
    expect(levelOf(defaultCalibration, 'low').requires).toBeUndefined();
    expect(levelOf(defaultCalibration, 'moderate').requires).toEqual({ independentSources: 2, strongReliability: ['A', 'B', 'C'], statedClaim: true, weakReliability: ['E', 'F'], weakCredibility: [5, 6] });
    expect(levelOf(defaultCalibration, 'high').requires).toEqual({ independentSources: 2, strongReliability: ['A', 'B'], statedClaim: true, weakReliability: ['E', 'F'], weakCredibility: [5, 6] });
  });
});

describe('describeGrades', () => {
  it('says grades as a reader does: one, a pair, a run, a list', () => {
    expect(describeGrades(['B'])).toBe('B');
    expect(describeGrades(['B', 'A'])).toBe('A or B');
    expect(describeGrades(['A', 'B', 'C'])).toBe('A to C');
    expect(describeGrades(['A', 'C', 'E'])).toBe('A, C or E');
    expect(describeGrades([])).toBe('');
  });
});

describe('describeRequirement', () => {
  it('says each row of the default table in one sentence', () => {
    expect(describeRequirement(levelOf(defaultCalibration, 'moderate'))).toBe(
      'Two independent sources, or one graded A to C; at least one claim the source states as fact; not resting only on sources graded E or F; nor only on claims of credibility 5 or 6.',
    );
    expect(describeRequirement(levelOf(defaultCalibration, 'low'))).toBe(
      'Whatever meets no row above, with at least one cited paragraph: a judgment resting only on sources graded E or F, or only on reported claims or the source’s own reading, or only on claims of credibility 5 or 6, is low.',
    );
  });
});

describe('calibrationOf', () => {
  it('is the default table for a book that changes nothing', () => {
    expect(calibrationOf({})).toBe(defaultCalibration);
    expect(calibrationOf({ confidenceRules: {} })).toBe(defaultCalibration);
  });

  it('changes one row, its meaning included, and leaves the others', () => {
    const table = calibrationOf({ confidenceRules: { moderate: { independentSources: 1, weakReliability: [], meaning: 'one official record' } } });
    expect(levelOf(table, 'moderate')).toMatchObject({ meaning: 'one official record', requires: { independentSources: 1, strongReliability: ['A', 'B', 'C'], weakReliability: [] } });
    expect(levelOf(table, 'high')).toEqual(levelOf(defaultCalibration, 'high'));
    expect(describeRequirement(levelOf(table, 'moderate'), table)).toBe('One source; at least one claim the source states as fact; nor only on claims of credibility 5 or 6.');
  });

  it('reads the flat keys of earlier books as the high row, and lets a high: row win over them', () => {
    const legacy = calibrationOf({ confidenceRules: { independentSources: 3, strongReliability: ['A'], highConfidenceNeedsStatedClaims: false } });
    expect(levelOf(legacy, 'high').requires).toEqual({ independentSources: 3, strongReliability: ['A'], statedClaim: false, weakReliability: ['E', 'F'], weakCredibility: [5, 6] });
    expect(levelOf(legacy, 'moderate')).toEqual(levelOf(defaultCalibration, 'moderate'));
    const anyOne = calibrationOf({ confidenceRules: { highConfidenceNeedsCorroboration: false } });
    expect(levelOf(anyOne, 'high').requires).toMatchObject({ independentSources: 1, weakReliability: [] });
    expect(levelOf(calibrationOf({ confidenceRules: { independentSources: 3, high: { independentSources: 4 } } }), 'high').requires!.independentSources).toBe(4);
  });
});

describe('the calibration table in docs/tradecraft.md', () => {
  it('is the default table (run `npm run docs:schema` to update it)', () => {
    const page = readFileSync(path.join(projectRoot, 'docs/tradecraft.md'), 'utf8');
    const start = page.indexOf('<!-- calibration-table:start');
    const end = page.indexOf('<!-- calibration-table:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(page.slice(page.indexOf('-->', start) + 3, end).trim()).toBe(renderCalibrationMarkdown(defaultCalibration).trim());
  });
});
