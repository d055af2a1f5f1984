export interface IndexedPages {
  /** How many pages the index holds, as Pagefind counts them. */
  count: number;
  /** Their URLs, when they could be read from the index; used only to name the pages that differ. */
  urls?: readonly string[];
}

/** How many URLs a message lists before it says "and N more". */
const listLimit = 10;

function list(urls: readonly string[]): string {
  const shown = urls.slice(0, listLimit).map((url) => `  ${url}`);
  if (urls.length > listLimit) shown.push(`  … and ${urls.length - listLimit} more`);
  return shown.join('\n');
}

/**
 * Compares the pages that should be searchable (those marked `data-pagefind-body`) with what Pagefind indexed.
 * Returns `undefined` when they agree, otherwise a message for the failed build that says which pages differ and
 * the usual reasons, since Pagefind skips some pages (an empty body, a body inside an ignored element) silently.
 * With `urls`, a count that agrees but names other pages also fails: one page lost and another gained is not a match.
 *
 * @example
 * describeIndexMismatch(['/a/', '/b/'], { count: 2, urls: ['/a/', '/b/'] }) // undefined
 * describeIndexMismatch(['/a/', '/b/'], { count: 1, urls: ['/a/'] })
 * // "Search index incomplete: 2 built pages are marked data-pagefind-body, but Pagefind indexed 1. …  /b/ …"
 */
export function describeIndexMismatch(expectedUrls: readonly string[], indexed: IndexedPages): string | undefined {
  const expected = new Set(expectedUrls);
  const found = indexed.urls ? new Set(indexed.urls) : undefined;
  const missing = found ? [...expected].filter((url) => !found.has(url)).sort() : [];
  const extra = found ? [...found].filter((url) => !expected.has(url)).sort() : [];
  if (indexed.count === expected.size && missing.length === 0 && extra.length === 0) return undefined;

  const lines = [
    `Search index incomplete: ${expected.size} built page${expected.size === 1 ? ' is' : 's are'} marked data-pagefind-body, but Pagefind indexed ${indexed.count}.`,
  ];
  if (missing.length > 0) lines.push(`Not indexed:\n${list(missing)}`);
  if (extra.length > 0) lines.push(`Indexed without data-pagefind-body:\n${list(extra)}`);
  if (!found) lines.push('(The index could not be read to name the pages.)');
  lines.push(
    'Pagefind skips a page without a word when its data-pagefind-body element holds no indexable text (it reads no ' +
      'SVG, form, label, nav or footer), when the body sits inside a data-pagefind-ignore="all" element, or when the ' +
      'file has no <html> element. Give every searchable page text in its body, or drop the attribute from it.',
  );
  return lines.join('\n');
}
