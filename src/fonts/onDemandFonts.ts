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

/**
 * The same test on a page's UTF-8 bytes read one byte to a character (latin1), so the middleware need not decode every
 * page (book volumes of megabytes) into a string: each on-demand character as the bytes that encode it, grouped by
 * their leading bytes. A lead byte is never a continuation byte, so a match is always a whole character.
 */
const onDemandBytePattern = (() => {
  const byPrefix = new Map<string, number[]>();
  const encoder = new TextEncoder();
  for (const codePoint of [...onDemandCharacters].sort((a, b) => a - b)) {
    const bytes = [...encoder.encode(String.fromCodePoint(codePoint))];
    const prefix = bytes.slice(0, -1).map(asLatin1Escape).join('');
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), bytes.at(-1)!]);
  }
  const branches = [...byPrefix].map(([prefix, lasts]) => {
    const ranges: string[] = [];
    for (let start = 0; start < lasts.length; ) {
      let end = start;
      while (end + 1 < lasts.length && lasts[end + 1] === lasts[end]! + 1) end += 1;
      ranges.push(end === start ? asLatin1Escape(lasts[start]!) : `${asLatin1Escape(lasts[start]!)}-${asLatin1Escape(lasts[end]!)}`);
      start = end + 1;
    }
    return `${prefix}[${ranges.join('')}]`;
  });
  return new RegExp(branches.length > 0 ? branches.join('|') : '[]');
})();

function asLatin1Escape(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

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
  return always || usesOnDemandFonts(html) ? linkLastInHead(html, stylesheet) : html;
}

/** The page with the stylesheet linked at the end of its head (unchanged without a head). */
function linkLastInHead(html: string, stylesheet: string): string {
  const closingHead = html.indexOf('</head>');
  if (closingHead === -1) return html;
  return `${html.slice(0, closingHead)}<link rel="stylesheet" href="${stylesheet}">${html.slice(closingHead)}`;
}

/**
 * `linkOnDemandFonts` on a page's UTF-8 bytes read as latin1 (one character a byte, as the middleware holds a page so
 * as not to decode it): the same string back when no link is added, which is most pages.
 */
export function linkOnDemandFontsInLatin1(page: string, stylesheet: string, { always = false }: { always?: boolean } = {}): string {
  // The link is ASCII, so it reads the same in latin1 as in UTF-8.
  return always || onDemandBytePattern.test(page) ? linkLastInHead(page, stylesheet) : page;
}
