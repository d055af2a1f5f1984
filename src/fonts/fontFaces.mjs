// The site's own fonts, self-hosted so that pages and PDFs look the same on every machine: which faces, from
// which npm package, cut down to which characters. `npm run fonts` writes the subset files and
// src/styles/fonts.css from this list; tests/unit/fonts.test.ts checks that the committed files match it.

/**
 * The characters every page's faces keep: Basic Latin, Latin-1 (the accented letters of western European names),
 * ı Œ œ, the ʻ ʼ okina and apostrophe letters, and the punctuation and symbols the pages print (curly quotes, dashes,
 * ellipsis, ¶, middle dot, arrows, minus, ≈ ≤ ≥ in figures, ′ in coordinates).
 */
export const everyPageRanges = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2bb, 0x2bc],
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
 * The subsets of each face. `latin` is the one every page loads; the others are declared with a `unicode-range`,
 * so a browser downloads them only for a page that prints one of their characters (a transliterated name such as
 * al-Sharaʿ, Ḥmeimim or Şanlıurfa). Each is cut from the Fontsource file of the same name, which holds the glyphs;
 * it keeps only the `wanted` characters that file has and the `latin` subset lacks.
 *
 * - `latin-ext`: Latin Extended-A (Turkish, Polish, Czech… and the macrons of transliteration), the ʾ ʿ half
 *   rings of Arabic and Hebrew transliteration, and the dotted and lined letters of Latin Extended Additional
 *   (Ḥ ṣ ṭ ḍ ẓ ḏ ṯ ẖ…); the combining marks the fonts carry, for text typed with them.
 * - `vietnamese`: the rest of Latin Extended Additional, the Vietnamese letters (ạ ả ấ … ỹ).
 */
export const subsets = [
  { name: 'latin', everyPage: true, wanted: everyPageRanges },
  {
    name: 'latin-ext',
    everyPage: false,
    wanted: [
      [0x100, 0x17f],
      [0x2be, 0x2bf],
      [0x300, 0x36f],
      [0x1e00, 0x1eff],
    ],
  },
  { name: 'vietnamese', everyPage: false, wanted: [[0x1ea0, 0x1eff]] },
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

/**
 * A line of reading text holds about this many characters: `--measure` is as wide as this many figures "0" of the
 * text face (`--measure-ui`: of the interface face), the width CSS's `ch` unit gives. It is written in `em`
 * from the face's own advance, not in `ch`, because `ch` follows whichever font is drawn: in a fallback font the
 * column would have another width, and every paragraph would wrap anew when the face arrives.
 */
export const measureInCharacters = 68;

/**
 * The Fontsource file one subset of a face is cut from, and the name of the file it becomes. The every-page
 * subset keeps the short name it has always had.
 */
export function filesOfFace(face, subset = subsets[0]) {
  const name = face.package.split('/')[1];
  return {
    source: `${face.package}/files/${name}-${subset.name}-${face.weight}-${face.style}.woff2`,
    subset: subset.everyPage ? `${name}-${face.weight}-${face.style}.woff2` : `${name}-${subset.name}-${face.weight}-${face.style}.woff2`,
  };
}

/** Every code point of a list of [first, last] ranges. */
export function codePointsOf(ranges) {
  return ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index));
}

/** Every character of the every-page subset, as one string. */
export function subsetCharacters() {
  return String.fromCodePoint(...codePointsOf(everyPageRanges));
}

/** Code points as the shortest list of ranges, in `unicode-range` syntax: `U+100-130, U+2BE-2BF`. */
export function toUnicodeRange(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges = [];
  for (const codePoint of sorted) {
    const last = ranges.at(-1);
    if (last && codePoint === last[1] + 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  const hex = (codePoint) => codePoint.toString(16).toUpperCase();
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(', ');
}
