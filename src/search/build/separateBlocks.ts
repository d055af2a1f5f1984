/**
 * Elements a reader sees as apart but Pagefind 1.6 reads as inline: it puts a space only around the elements it
 * counts as sentences (p, td, li, div, headings…), so "<th>Coordinates</th><th>On this map</th>" would be indexed,
 * and shown in excerpts, as "CoordinatesOn this map".
 */
const separatedElements = ['th', 'caption', 'figcaption', 'tr', 'thead', 'tbody', 'tfoot', 'table', 'summary', 'legend', 'blockquote', 'figure', 'aside', 'header', 'main', 'pre'];
/** A closing tag of one of them, whatever follows it. */
const anyClosingTag = `</(?:${separatedElements.join('|')})\\s*>`;
/** A closing tag of one of them with no whitespace after it already (a space before a line break would trail). */
const closingTag = new RegExp(`${anyClosingTag}(?!\\s)`, 'gi');
const unseparatedClosingTag = new RegExp(closingTag.source, 'i');

/**
 * The page as Pagefind should read it: whitespace after each closing tag of those elements. The middleware publishes
 * the searchable pages this way, so that Pagefind can read them from disk itself; whitespace after these blocks is
 * not drawn (between table cells it is never drawn), and Pagefind collapses repeated spaces.
 *
 * @example separateBlocks('<tr><th>Coordinates</th><th>On this map</th></tr>') // "<tr><th>Coordinates</th> <th>On this map</th> </tr> "
 */
export function separateBlocks(html: string): string {
  return html.replace(closingTag, '$& ');
}

const closingTagAnyFollower = new RegExp(anyClosingTag, 'gi');

/**
 * separateBlocks over a page's UTF-8 bytes read as latin1 (one character a byte), which the middleware uses so as not
 * to decode every page. The tags are ASCII, so they match as they do in the decoded text; only "no whitespace
 * follows" needs the next character decoded, since whitespace such as a no-break space is more than one byte.
 *
 * @example separateBlocksInLatin1('<tr><th>A</th>\u00c2\u00a0</tr>') // "<tr><th>A</th>\u00c2\u00a0</tr> " (a no-break space follows </th>)
 */
export function separateBlocksInLatin1(text: string): string {
  return text.replace(closingTagAnyFollower, (tag: string, offset: number) => {
    const after = offset + tag.length;
    const code = text.charCodeAt(after);
    // ASCII (or the end of the page): whitespace is \t, \n, \v, \f, \r or a space, as /\s/ reads it.
    if (!(code >= 0x80)) return code === 32 || (code >= 9 && code <= 13) ? tag : `${tag} `;
    const next = Buffer.from(text.slice(after, after + 4), 'latin1').toString('utf8').charAt(0);
    return /\s/.test(next) ? tag : `${tag} `;
  });
}

/**
 * Whether a page already reads as separateBlocks makes it: every such closing tag followed by whitespace. The pages
 * rendered through the middleware are; any other (a file from public/, say) is separated by the search pass.
 *
 * @example isSeparated(separateBlocks('<tr><th>A</th></tr>')) // true
 * @example isSeparated('<tr><th>A</th></tr>') // false
 */
export function isSeparated(html: string): boolean {
  return !unseparatedClosingTag.test(html);
}
