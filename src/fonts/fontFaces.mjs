// The site's own fonts, self-hosted so that pages and PDFs look the same on every machine: which faces, from
// which npm package, cut down to which characters. `npm run fonts` writes the subset files and
// src/styles/fonts.css from this list; tests/unit/fonts.test.ts checks that the committed files match it.

/**
 * The characters every face keeps: Basic Latin, Latin-1 (the accented letters of western European names), and
 * the punctuation and symbols the pages print (curly quotes, dashes, ellipsis, ¶, middle dot, arrows, minus,
 * ≈ ≤ ≥ in figures, ′ in coordinates). Anything else (Latin Extended names, ⌘) falls back to the next font in the
 * stack; it costs about 7 KB a face to add Latin Extended-A, which the 80 KB font budget has no room for.
 */
export const unicodeRanges = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x2010, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2248, 0x2248],
  [0x2264, 0x2265],
];

/**
 * OpenType features kept: kerning, standard ligatures and what combining marks need. Dropping the rest (small
 * capitals, old-style figures, stylistic sets) drops the glyphs only they reach, about a tenth of each file.
 */
export const keptFeatures = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk'];

/**
 * Source Serif 4 for reading text, Source Sans 3 for headings and the interface (both SIL Open Font License,
 * by Adobe). The faces are those the styles ask for: bold sans text asks for 700 and gets the 600 face, the
 * nearest heavier-or-lighter one, rather than a synthesised bold.
 */
export const fontFaces = [
  { family: 'Source Serif 4', package: '@fontsource/source-serif-4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', package: '@fontsource/source-serif-4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', package: '@fontsource/source-serif-4', weight: 700, style: 'normal' },
  { family: 'Source Sans 3', package: '@fontsource/source-sans-3', weight: 400, style: 'normal' },
  { family: 'Source Sans 3', package: '@fontsource/source-sans-3', weight: 600, style: 'normal' },
];

/** The file a face is cut from (Fontsource's Latin subset) and the name of the subset it becomes. */
export function filesOfFace(face) {
  const name = face.package.split('/')[1];
  return {
    source: `${face.package}/files/${name}-latin-${face.weight}-${face.style}.woff2`,
    subset: `${name}-${face.weight}-${face.style}.woff2`,
  };
}

/** Every character of the subset, as one string. */
export function subsetCharacters() {
  return unicodeRanges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => String.fromCodePoint(first + index))).join('');
}
