import { codePointsOf, everyPageRanges, subsets } from './fontFaces.mjs';

const everyPage = new Set(codePointsOf(everyPageRanges));
/** Every character an on-demand subset may hold (src/fonts/fontFaces.mjs) that the every-page subset lacks. */
const onDemandCharacters = new Set(subsets.filter((subset) => !subset.everyPage).flatMap((subset) => codePointsOf(subset.wanted)).filter((codePoint) => !everyPage.has(codePoint)));

/**
 * The same characters as one regular expression of code point ranges. Every page passes through this test (the
 * middleware), book volumes of several megabytes among them: the regular expression engine scans a page in a
 * fraction of the time a loop over its characters took (1.7 s of a 1,000-note build).
 */
const onDemandPattern = (() => {
  const sorted = [...onDemandCharacters].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end += 1;
    const from = `\\u{${sorted[start]!.toString(16)}}`;
    ranges.push(end === start ? from : `${from}-\\u{${sorted[end]!.toString(16)}}`);
    start = end + 1;
  }
  // An empty class would match nothing, as the empty set does.
  return new RegExp(`[${ranges.join('')}]`, 'u');
})();

/** True when `html` holds a character of an on-demand subset: a transliterated name such as Ḥmeimim or Şanlıurfa. */
export function usesOnDemandFonts(html: string): boolean {
  return onDemandPattern.test(html);
}

/**
 * The page with a link to the on-demand faces' stylesheet when it needs them (or `always`, for a page whose text
 * arrives after it loads, such as the search page's results). The link goes last in the head: a browser tries a
 * family's faces from the last declared to the first, so the unicode-range faces must come after the every-page
 * faces, which have none.
 */
export function linkOnDemandFonts(html: string, stylesheet: string, { always = false }: { always?: boolean } = {}): string {
  if (!always && !usesOnDemandFonts(html)) return html;
  const closingHead = html.indexOf('</head>');
  if (closingHead === -1) return html;
  return `${html.slice(0, closingHead)}<link rel="stylesheet" href="${stylesheet}">${html.slice(closingHead)}`;
}
