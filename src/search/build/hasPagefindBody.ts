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
  // A plain search first: it rules out at once the pages without the word, the book volumes (megabytes each) among
  // them, which the pattern would otherwise try at every tag (about 0.2 s of a 1,000-note build, each page being
  // tested twice).
  return html.includes('data-pagefind-body') && bodyAttribute.test(html);
}
