/**
 * Elements a reader sees as apart but Pagefind 1.6 reads as inline: it puts a space only around the elements it
 * counts as sentences (p, td, li, div, headings…), so "<th>Coordinates</th><th>On this map</th>" would be indexed,
 * and shown in excerpts, as "CoordinatesOn this map".
 */
const separatedElements = ['th', 'caption', 'figcaption', 'tr', 'thead', 'tbody', 'tfoot', 'table', 'summary', 'legend', 'blockquote', 'figure', 'aside', 'header', 'main', 'pre'];
const closingTag = new RegExp(`</(?:${separatedElements.join('|')})\\s*>`, 'gi');

/**
 * The page as Pagefind should read it: a space after each closing tag of those elements. Only the index sees it;
 * the published page is unchanged. Whitespace between table cells is never drawn, and Pagefind collapses repeated
 * spaces.
 *
 * @example separateBlocks('<tr><th>Coordinates</th><th>On this map</th></tr>') // "<tr><th>Coordinates</th> <th>On this map</th> </tr> "
 */
export function separateBlocks(html: string): string {
  return html.replace(closingTag, '$& ');
}
