import sansHeadings from './source-sans-3-600-normal.woff2?url';
import serifText from './source-serif-4-400-normal.woff2?url';

/**
 * The two faces most of a page's first screen is set in, asked for as soon as the HTML head is read rather than
 * once the stylesheet has been parsed and the page laid out: the reading text (Source Serif 4 regular) and the
 * headings (Source Sans 3 600). On a slow connection they then often arrive before the first paint, and when
 * they do not, the metric-matched fallbacks keep the swap from moving the page (docs/fonts.md). The URLs are the
 * same hashed files the @font-face rules name, so nothing is downloaded twice.
 */
export const preloadedFonts: string[] = [serifText, sansHeadings];
