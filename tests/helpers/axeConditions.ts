/**
 * The media and colour schemes in which the axe specs check a page: on screen in the light and the dark scheme, and
 * in print. Print is checked in the light scheme only. The dark theme is for screens (every dark rule sits in an
 * `@media screen and (prefers-color-scheme: dark)` block, and print.css sets `color-scheme: light`), so print in the
 * dark scheme is the same page as print in the light one, and an axe run over it repeated the other's.
 * tests/styles/darkSchemeScreenOnly.test.ts fails if a stylesheet ever gives paper a dark rule, the one thing that
 * would make the two differ.
 */
export const axeConditions = [
  { media: 'screen', colorScheme: 'light' },
  { media: 'screen', colorScheme: 'dark' },
  { media: 'print', colorScheme: 'light' },
] as const;
