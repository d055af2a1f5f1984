import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindService from 'pagefind';
import { describeIndexMismatch } from './describeIndexMismatch';
import { hasPagefindBody } from './hasPagefindBody';
import { pagefindUrlOf } from './pagefindUrlOf';
import { isSeparated, separateBlocks } from './separateBlocks';
import { readIndexedPages } from './readIndexedPages';

export interface PagefindOptions {
  /** The bundle folder inside the output folder; the browser loads `/<bundleDir>/pagefind.js`. */
  bundleDir?: string;
  /**
   * Called with every built page as it is read (its path relative to the output folder, its HTML), so a later pass
   * over the same pages (the `_headers` pass) need not read them all again.
   */
  onPage?: (file: string, html: string) => void;
}

/**
 * How many pages are on their way to Pagefind at once. Pagefind's service takes its requests one at a time, in the
 * order they are sent, so sending ahead changes nothing in the index; it only keeps Pagefind busy while the next
 * pages are read.
 */
const pagesInFlight = 16;

/**
 * A path Pagefind can be asked to read as it is: its glob (the `wax` crate) reads none of these characters as syntax,
 * and the URL Pagefind makes of it needs no percent-encoding, so it is the URL pagefindUrlOf gives. A page under any
 * other path (`café/`, `a b/`) is sent as text, under pagefindUrlOf's URL, as before.
 */
const plainPath = /^[\w.~/-]+$/;

/** Pagefind's ready-made interfaces. We search through its JS API with our own UI, so shipping them is waste. */
const unusedBundleFiles = /^pagefind-(component-ui|modular-ui|ui)\.(js|css)$/;

/** Thrown when the index cannot be built or does not hold the pages it should; it fails `astro build`. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

async function listHtmlFiles(root: string, skip: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((relative) => !relative.startsWith(`${skip}${path.sep}`))
    .sort();
}

function failIfErrors(step: string, errors: readonly string[]) {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed while ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/**
 * Builds the search index of a built site in `outDir`, checks it holds exactly the pages marked
 * `data-pagefind-body`, and writes it to `<outDir>/<bundleDir>/`. Returns what it indexed, for the log and tests.
 */
export async function buildSearchIndex(outDir: string, { bundleDir = 'pagefind', onPage }: PagefindOptions = {}) {
  const started = performance.now();
  const htmlFiles = await listHtmlFiles(outDir, bundleDir);

  try {
    const { errors, index } = await pagefindService.createIndex({
      // Description-list terms ("Issued", "Part of") are labels, not content, and Pagefind 1.6 runs them into their
      // values ("Issued30 January"), which spoils excerpts; the values alone read well.
      excludeSelectors: ['dt'],
    });
    failIfErrors('starting', errors);
    if (!index) throw new SearchIndexError('Pagefind returned no index.');
    // Each searchable page is named to Pagefind as soon as it is read here, and Pagefind reads it from disk: sending
    // the text instead cost more than Pagefind's own reading (encoding and piping 74 MB at 1,000 notes). One page per
    // request, in path order, so that the pages are numbered in the index as they always were: one request for many
    // pages numbers them in the order the file system lists them. A page rendered through the middleware already has
    // the spaces Pagefind needs (separateBlocks); any other, or one under a path Pagefind would encode (plainPath),
    // is sent as text with them. The pages without data-pagefind-body are not handed over at all.
    const searchableFiles: string[] = [];
    const inFlight: { file: string; added: Promise<{ errors: string[]; page_count?: number }> }[] = [];
    const settleOldest = async () => {
      const { file, added } = inFlight.shift()!;
      const result = await added;
      failIfErrors(`reading ${file}`, result.errors);
      if (result.page_count === 0) throw new SearchIndexError(`Pagefind found no file at ${file} in ${outDir}.`);
    };
    for (const file of htmlFiles) {
      const html = await readFile(path.join(outDir, file), 'utf8');
      onPage?.(file, html);
      if (!hasPagefindBody(html)) continue;
      searchableFiles.push(file);
      const glob = file.split(path.sep).join('/');
      const added = isSeparated(html) && plainPath.test(glob)
        ? index.addDirectory({ path: outDir, glob })
        : index.addHTMLFile({ url: pagefindUrlOf(file), content: separateBlocks(html) });
      // Awaited in order below; if an earlier page fails first, the build stops without waiting for this one.
      added.catch(() => {});
      inFlight.push({ file, added });
      if (inFlight.length >= pagesInFlight) await settleOldest();
    }
    while (inFlight.length > 0) await settleOldest();
    const expectedUrls = searchableFiles.map(pagefindUrlOf);
    if (expectedUrls.length === 0) {
      throw new SearchIndexError(`No page in ${outDir} is marked data-pagefind-body, so search would find nothing.`);
    }
    const built = await index.getFiles();
    failIfErrors('building the index', built.errors);

    const indexed = readIndexedPages(built.files);
    const mismatch = describeIndexMismatch(expectedUrls, indexed);
    if (mismatch) throw new SearchIndexError(mismatch);

    // Written only once the index is known to be complete, replacing any earlier bundle whole.
    const bundle = path.join(outDir, bundleDir);
    await rm(bundle, { recursive: true, force: true });
    let bytes = 0;
    for (const file of built.files) {
      if (unusedBundleFiles.test(path.basename(file.path))) continue;
      const target = path.join(bundle, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
      bytes += file.content.byteLength;
    }
    return { pages: indexed.count, htmlFiles: htmlFiles.length, bytes, ms: performance.now() - started };
  } finally {
    await pagefindService.close();
  }
}

/**
 * Runs Pagefind through its Node API once Astro has written the site, into `<output>/pagefind/`. Uses the folder
 * the hook is given, not `dist/`, because the build may write to a temporary folder that is swapped in only when
 * everything succeeded. Any Pagefind error, or a page marked for search that did not make it into the index,
 * fails the build.
 *
 * @example
 * // astro.config.mjs
 * integrations: [mdx(), sitemap(), pagefind()]
 */
export function pagefind(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'briefbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: AstroIntegrationLogger }) => {
        const result = await buildSearchIndex(fileURLToPath(dir), options);
        logger.info(
          `Indexed ${result.pages} of ${result.htmlFiles} pages into /${options.bundleDir ?? 'pagefind'}/ ` +
            `(${(result.bytes / 1024).toFixed(0)} kB) in ${result.ms.toFixed(0)} ms`,
        );
      },
    },
  };
}
