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
 * It works on the double-quoted attributes that Astro writes; it is not a general HTML parser.
 *
 * @example
 * prefixHtmlIds('<h2 id="notes">Notes</h2><a href="#notes">↑</a><a href="#main">skip</a>', 'b1')
 * // '<h2 id="b1-notes">Notes</h2><a href="#b1-notes">↑</a><a href="#main">skip</a>'
 */
export function prefixHtmlIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  if (ids.size === 0) return html;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  const idLists = new RegExp(`(\\s(?:${idListAttributes.map(escapeForRegExp).join('|')})=")([^"]*)"`, 'g');
  return html
    .replace(/(\sid=")([^"]+)"/g, (_, start: string, id: string) => `${start}${scoped(id)}"`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)"/g, (_, start: string, id: string) => `${start}${scoped(id)}"`)
    .replace(/url\(#([^)\s"']+)\)/g, (_, id: string) => `url(#${scoped(id)})`)
    .replace(idLists, (_, start: string, list: string) => `${start}${list.split(/\s+/).map(scoped).join(' ')}"`);
}
