// The fonts a reader's machine shows while the site's own faces download, and how each is resized to take the
// room the real face will take (docs/fonts.md, "No layout shift"). Their metrics are read from the font files by
// `node scripts/measureFallbackFonts.mjs` into fallbackFontMetrics.json; `npm run fonts` turns them into the
// fallback @font-face rules of src/styles/fonts.css.

/**
 * For each family of the site, the local fonts to stand in for it, most common first. Each names the faces of the
 * weights the pages set much text in; italic has none of its own (an italic phrase takes the regular fallback,
 * slanted), as its rules would cost more of every page's first view than its few words could move. A browser uses the first
 * one the machine has. Liberation Serif and Liberation Sans are drawn to the metrics of Times New Roman and
 * Arial (same advance widths, ascent and descent), so one set of overrides, measured on the Liberation files,
 * serves both names.
 */
export const fallbackFonts = [
  {
    family: 'Source Serif 4',
    candidates: [
      {
        name: 'Times',
        measuredOn: 'fonts-liberation2',
        faces: {
          '400 normal': { file: 'LiberationSerif-Regular.ttf', local: ['Times New Roman', 'Liberation Serif'] },
          '700 normal': { file: 'LiberationSerif-Bold.ttf', local: ['Times New Roman Bold', 'Liberation Serif Bold'] },
        },
      },
      {
        name: 'DejaVu',
        measuredOn: 'fonts-dejavu-core',
        faces: {
          '400 normal': { file: 'DejaVuSerif.ttf', local: ['DejaVu Serif'] },
          '700 normal': { file: 'DejaVuSerif-Bold.ttf', local: ['DejaVu Serif Bold'] },
        },
      },
    ],
  },
  {
    family: 'Source Sans 3',
    candidates: [
      {
        name: 'Arial',
        measuredOn: 'fonts-liberation2',
        faces: {
          '400 normal': { file: 'LiberationSans-Regular.ttf', local: ['Arial', 'Liberation Sans'] },
          '600 normal': { file: 'LiberationSans-Bold.ttf', local: ['Arial Bold', 'Liberation Sans Bold'] },
        },
      },
      {
        name: 'DejaVu',
        measuredOn: 'fonts-dejavu-core',
        faces: {
          '400 normal': { file: 'DejaVuSans.ttf', local: ['DejaVu Sans'] },
          '600 normal': { file: 'DejaVuSans-Bold.ttf', local: ['DejaVu Sans Bold'] },
        },
      },
    ],
  },
];

/** The family name of a fallback: `Source Serif 4 Fallback DejaVu`. */
export function fallbackFamily(family, candidate) {
  return `${family} Fallback ${candidate.name}`;
}

/**
 * The overrides that make `fallback` take the room of `webFont`, as Capsize's createFontStack and Fontaine
 * compute them: scale the fallback so its average character width (Capsize's letter-frequency-weighted xWidthAvg)
 * matches, then give it the web font's ascent, descent and line gap in units of the scaled size. Percentages,
 * rounded to 0.01.
 */
export function metricOverrides(webFont, fallback) {
  const sizeAdjust = webFont.xWidthAvg / webFont.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const percent = (value) => `${Math.round(value * 10000) / 100}%`;
  const scaled = (units) => percent(units / (webFont.unitsPerEm * sizeAdjust));
  return {
    sizeAdjust: percent(sizeAdjust),
    ascentOverride: scaled(webFont.ascent),
    descentOverride: scaled(Math.abs(webFont.descent)),
    lineGapOverride: scaled(webFont.lineGap),
  };
}
