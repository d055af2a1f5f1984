import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFontCss, subsetFace } from '../../scripts/subsetFace.mjs';
import { filesOfFace, fontFaces } from '../../src/fonts/fontFaces.mjs';

const projectRoot = path.resolve(import.meta.dirname, '../..');

describe('the self-hosted fonts (src/fonts)', () => {
  it.each(fontFaces.map((face) => [filesOfFace(face).subset, face] as const))('%s is the subset of its @fontsource package (run `npm run fonts` after a change)', async (subset, face) => {
    const committed = readFileSync(path.join(projectRoot, 'src/fonts', subset));
    const fresh = await subsetFace(face);
    expect(committed.equals(fresh)).toBe(true);
  });

  it('src/styles/fonts.css declares exactly these faces', () => {
    expect(readFileSync(path.join(projectRoot, 'src/styles/fonts.css'), 'utf8')).toBe(renderFontCss());
  });
});
