import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromBuffer } from '@capsizecss/unpack';
import { create } from 'fontkitten';
import subsetFont from 'subset-font';
import { fallbackFamily, fallbackFonts, metricOverrides } from '../src/fonts/fallbackFonts.mjs';
import { codePointsOf, fontFaces, measureInCharacters, filesOfFace, keptFeatures, subsetCharacters, subsets, toUnicodeRange } from '../src/fonts/fontFaces.mjs';

const require = createRequire(import.meta.url);
const fallbackMetrics = JSON.parse(readFileSync(new URL('../src/fonts/fallbackFontMetrics.json', import.meta.url), 'utf8'));

function sourceOf(face, subset) {
  return readFileSync(require.resolve(filesOfFace(face, subset).source));
}

/**
 * The code points one subset of a face keeps. The every-page subset keeps its list whole (what the source lacks
 * simply is not there); an on-demand subset keeps what it wants, its source file has, and no earlier subset of the
 * face already holds, so its `unicode-range` never makes a page download a file for a character it has.
 */
export function keptCodePoints(face, subset) {
  if (subset.everyPage) return codePointsOf(subset.wanted);
  const earlier = new Set(subsets.slice(0, subsets.indexOf(subset)).flatMap((other) => keptCodePoints(face, other)));
  const available = new Set(create(sourceOf(face, subset)).characterSet);
  return codePointsOf(subset.wanted).filter((codePoint) => available.has(codePoint) && !earlier.has(codePoint));
}

/**
 * The woff2 file of one subset of a face: its characters and the kept features, without hinting (today's screens
 * do not need it). The name table keeps the copyright, the font's names and the SIL Open Font License with its URL
 * (name IDs 0–6, 13, 14), which the licence asks to travel with every copy.
 */
export async function subsetFace(face, subset = subsets[0]) {
  const characters = subset.everyPage ? subsetCharacters() : String.fromCodePoint(...keptCodePoints(face, subset));
  return subsetFont(sourceOf(face, subset), characters, { targetFormat: 'woff2', keepFeatures: keptFeatures, noHinting: true, preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14] });
}

/**
 * The @font-face rules of the site's own faces. The every-page subset has no `unicode-range`: every page needs it,
 * and the rule would only add bytes. The on-demand subsets come after it, because a browser tries the faces of one
 * family and style from the last declared to the first.
 */
function webFontRules(onDemand) {
  return subsets.filter((subset) => subset.everyPage !== onDemand).flatMap((subset) =>
    fontFaces.map((face) =>
      [
        '@font-face {',
        `  font-family: '${face.family}';`,
        `  font-style: ${face.style};`,
        `  font-weight: ${face.weight};`,
        // swap: text shows at once in the fallback font and changes over when the face arrives.
        '  font-display: swap;',
        `  src: url('../fonts/${filesOfFace(face, subset).subset}') format('woff2');`,
        ...(subset.everyPage ? [] : [`  unicode-range: ${toUnicodeRange(keptCodePoints(face, subset))};`]),
        '}',
      ].join('\n'),
    ),
  );
}

/**
 * The fallback faces: local fonts resized to the room each of our faces takes (src/fonts/fallbackFonts.mjs), so
 * text does not move when the real face arrives. The web font's metrics are read from the committed subset.
 */
async function fallbackRules() {
  const rules = [];
  for (const { family, candidates } of fallbackFonts) {
    for (const candidate of candidates) {
      for (const face of fontFaces.filter((each) => each.family === family)) {
        const stand = candidate.faces[`${face.weight} ${face.style}`];
        if (!stand) continue;
        const webFont = await fromBuffer(readFileSync(new URL(`../src/fonts/${filesOfFace(face).subset}`, import.meta.url)));
        const overrides = metricOverrides(webFont, fallbackMetrics[stand.file]);
        rules.push(
          [
            '@font-face {',
            `  font-family: '${fallbackFamily(family, candidate)}';`,
            `  font-style: ${face.style};`,
            `  font-weight: ${face.weight};`,
            `  src: ${stand.local.map((name) => `local('${name}')`).join(', ')};`,
            `  size-adjust: ${overrides.sizeAdjust};`,
            `  ascent-override: ${overrides.ascentOverride};`,
            `  descent-override: ${overrides.descentOverride};`,
            // Needed only to take away a line gap the local font has and the web font has not (or the reverse).
            ...(webFont.lineGap === 0 && fallbackMetrics[stand.file].lineGap === 0 ? [] : [`  line-gap-override: ${overrides.lineGapOverride};`]),
            '}',
          ].join('\n'),
        );
      }
    }
  }
  return rules;
}

/** The width of `measureInCharacters` figures "0" in the regular face of `family`, in em. */
function measureOf(family) {
  const face = fontFaces.find((each) => each.family === family && each.weight === 400 && each.style === 'normal');
  const font = create(readFileSync(new URL(`../src/fonts/${filesOfFace(face).subset}`, import.meta.url)));
  const zero = font.glyphForCodePoint(0x30).advanceWidth / font.unitsPerEm;
  return `${Number((measureInCharacters * zero).toFixed(3))}em`;
}

function measureRule() {
  return [
    ':root {',
    `  /* ${measureInCharacters} figures "0" of the face (${measureInCharacters}ch once it has loaded), in em so that a line keeps its length when the face swaps in. */`,
    `  --measure: ${measureOf('Source Serif 4')};`,
    `  --measure-ui: ${measureOf('Source Sans 3')};`,
    '}',
  ].join('\n');
}

const header = '/* Written by `npm run fonts` from src/fonts/fontFaces.mjs and src/fonts/fallbackFonts.mjs: do not edit by hand. */';

/** src/styles/fonts.css, which every page loads: the line length and the every-page faces. */
export function renderFontCss() {
  return `${header}\n${[measureRule(), ...webFontRules(false)].join('\n')}\n`;
}

/**
 * src/styles/fontFallbacks.css: the metric-matched fallback faces. Apart from fonts.css because they name no file,
 * so the standalone chart SVGs (src/pages/data/charts) embed them too and draw their text in the same room.
 */
export async function renderFallbackFontCss() {
  return `${header}\n${(await fallbackRules()).join('\n')}\n`;
}

/**
 * The advance width of every character of the every-page and latin-ext subsets in the interface face, regular
 * (400) and bold (the 600 face the styles' bold gets), in thousandths of an em: how wide chart text will be
 * (src/charts/measureText.ts).
 */
export function chartTextWidths() {
  const family = 'Source Sans 3';
  const widthsOf = (weight) => {
    const face = fontFaces.find((each) => each.family === family && each.weight === weight && each.style === 'normal');
    const widths = {};
    for (const subset of subsets.filter((each) => each.name !== 'vietnamese')) {
      const font = create(readFileSync(new URL(`../src/fonts/${filesOfFace(face, subset).subset}`, import.meta.url)));
      for (const codePoint of font.characterSet.toSorted((a, b) => a - b)) {
        const character = String.fromCodePoint(codePoint);
        if (codePoint < 0x20 || codePoint === 0xffff || character in widths) continue;
        widths[character] = Math.round((font.glyphForCodePoint(codePoint).advanceWidth * 1000) / font.unitsPerEm);
      }
    }
    return widths;
  };
  return { face: family, normal: widthsOf(400), bold: widthsOf(600) };
}

/**
 * src/styles/fontsOnDemand.css: the faces of the on-demand subsets, linked only from a page that prints one of
 * their characters (src/fonts/onDemandFonts.ts), so other pages do not carry their rules in their first view.
 */
export function renderOnDemandFontCss() {
  return `${header}\n${webFontRules(true).join('\n')}\n`;
}
