import { codePointsOf, everyPageRanges, subsets } from './fontFaces.mjs';

const everyPage = new Set(codePointsOf(everyPageRanges));
/** Every character an on-demand subset may hold (src/fonts/fontFaces.mjs) that the every-page subset lacks. */
const onDemandCharacters = new Set(subsets.filter((subset) => !subset.everyPage).flatMap((subset) => codePointsOf(subset.wanted)).filter((codePoint) => !everyPage.has(codePoint)));

/** True when `html` holds a character of an on-demand subset: a transliterated name such as Ḥmeimim or Şanlıurfa. */
export function usesOnDemandFonts(html: string): boolean {
  for (const character of html) if (onDemandCharacters.has(character.codePointAt(0)!)) return true;
  return false;
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
