import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { fontFaces, filesOfFace, keptFeatures, subsetCharacters } from '../src/fonts/fontFaces.mjs';

const require = createRequire(import.meta.url);

/**
 * The woff2 subset of one face: the kept characters and features, without hinting (today's screens do not need
 * it). The name table keeps the copyright, the font's names and the SIL Open Font License with its URL (name IDs
 * 0–6, 13, 14), which the licence asks to travel with every copy.
 */
export async function subsetFace(face) {
  const source = readFileSync(require.resolve(filesOfFace(face).source));
  return subsetFont(source, subsetCharacters(), { targetFormat: 'woff2', keepFeatures: keptFeatures, noHinting: true, preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14] });
}

/**
 * src/styles/fonts.css: one @font-face per face, woff2 only (every browser the site supports reads it). No
 * unicode-range: there is one file per face, which every page needs, and a character the subset lacks falls back
 * to the next font of the stack anyway; the rule would only add bytes to every first view.
 */
export function renderFontCss() {
  const rules = fontFaces.map((face) =>
    [
      '@font-face {',
      `  font-family: '${face.family}';`,
      `  font-style: ${face.style};`,
      `  font-weight: ${face.weight};`,
      // swap: text shows at once in the fallback font and changes over when the face arrives.
      '  font-display: swap;',
      `  src: url('../fonts/${filesOfFace(face).subset}') format('woff2');`,
      '}',
    ].join('\n'),
  );
  return `/* Written by \`npm run fonts\` from src/fonts/fontFaces.mjs: do not edit by hand. */\n${rules.join('\n')}\n`;
}
