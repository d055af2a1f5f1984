/** An opening tag that carries `data-pagefind-body` as an attribute (not merely the words in text or a script). */
const bodyAttribute = /<[a-zA-Z][\w-]*\s(?:[^>"']|"[^"]*"|'[^']*')*?\bdata-pagefind-body(?=[\s=/>])/;

/**
 * Tells whether a built HTML page marks its main content for search. These are the pages Pagefind must index;
 * the build counts them to catch pages Pagefind drops without a word.
 *
 * @example hasPagefindBody('<article data-pagefind-body><h1>Northport</h1></article>') // true
 * @example hasPagefindBody('<p>Use the data-pagefind-body attribute.</p>') // false
 */
export function hasPagefindBody(html: string): boolean {
  return bodyAttribute.test(html);
}
