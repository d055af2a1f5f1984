import { shiftedHeadingTag, shiftHeadingLevels } from './shiftHeadingLevels';

/** Attributes whose value is a space-separated list of element ids. */
const idListAttributes = [
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'commandfor',
  'for',
  'form',
  'headers',
  'list',
  'popovertarget',
];

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Prefixes every element id in an HTML fragment, and every reference to those ids inside it (`href="#…"`,
 * `url(#…)`, `aria-labelledby` and the other id-list attributes), so that the same component can be rendered
 * several times on one page — each briefing of the briefing book — without two elements sharing an id.
 * References to ids the fragment does not define (`#main`, another page) are left alone.
 *
 * It works on the double-quoted attributes that Astro writes; it is not a general HTML parser. With `headingOffset`,
 * it also moves every heading down that many levels, giving what shiftHeadingLevels would give on its result.
 *
 * @example
 * prefixHtmlIds('<h2 id="notes">Notes</h2><a href="#notes">↑</a><a href="#main">skip</a>', 'b1')
 * // '<h2 id="b1-notes">Notes</h2><a href="#b1-notes">↑</a><a href="#main">skip</a>'
 */
export function prefixHtmlIds(html: string, prefix: string, headingOffset = 0): string {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\sid="([^"]+)"/g)) ids.add(match[1]!);
  if (ids.size === 0) return shiftHeadingLevels(html, headingOffset);
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  const rescope = (match: string, space: string | undefined, name: string | undefined, value: string | undefined, urlId: string | undefined) => {
    if (urlId !== undefined) return `url(#${scoped(urlId)})`;
    if (name === 'id') return value ? `${space}id="${scoped(value)}"` : match;
    if (name === 'href' || name === 'xlink:href') return value && value.length > 1 && value.startsWith('#') ? `${space}${name}="#${scoped(value.slice(1))}"` : match;
    return `${space}${name}="${value!.split(/\s+/).map(scoped).join(' ')}"`;
  };
  // One pass over the fragment (a whole briefing in the book), not one per kind of reference.
  if (headingOffset === 0) return html.replace(referencePattern, rescope);
  // Headings are moved in the same pass, so that a volume's megabytes are copied once, not twice. A heading tag met
  // inside a rewritten attribute is moved there, as a second pass over the whole would have moved it.
  return html.replace(
    referenceOrHeadingPattern,
    (match, space: string | undefined, name: string | undefined, value: string | undefined, urlId: string | undefined, slash: string | undefined, level: string | undefined) => {
      if (level !== undefined) return shiftedHeadingTag(slash!, level, headingOffset);
      const rescoped = rescope(match, space, name, value, urlId);
      return rescoped.includes('<') ? shiftHeadingLevels(rescoped, headingOffset) : rescoped;
    },
  );
}

/** An id, a link, an id-list attribute, or a CSS `url(#…)` reference, in the double-quoted form Astro writes. */
const referencePattern = new RegExp(`(\\s)(id|(?:xlink:)?href|${idListAttributes.map(escapeForRegExp).join('|')})="([^"]*)"|url\\(#([^)\\s"']+)\\)`, 'g');
/** The same, or a heading tag as shiftHeadingLevels finds them (its `i` flag spelled out, the rest case-sensitive). */
const referenceOrHeadingPattern = new RegExp(`${referencePattern.source}|<(\\/?)[hH]([1-6])(?=[\\s>/])`, 'g');
