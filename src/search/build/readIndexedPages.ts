import { gunzipSync } from 'node:zlib';
import type { IndexedPages } from './describeIndexMismatch';

interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** Pagefind prefixes every decompressed index file with this signature. */
const signature = 'pagefind_dcd';

function decode(content: Uint8Array): string {
  const text = gunzipSync(content).toString('utf8');
  return text.startsWith(signature) ? text.slice(signature.length) : text;
}

/**
 * Reads from Pagefind's built files how many pages it indexed (`pagefind-entry.json`, summed over languages) and,
 * from the result fragments, their URLs. The count comes from the documented entry file; the URLs rely on the
 * fragment format (gzip, a signature, JSON), so if that ever changes they are left out rather than guessed.
 */
export function readIndexedPages(files: readonly IndexFile[]): IndexedPages {
  const entryFile = files.find((file) => file.path.replace(/\\/g, '/').endsWith('pagefind-entry.json'));
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json, so the number of indexed pages is unknown.');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const count = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  try {
    const urls = files
      .filter((file) => file.path.replace(/\\/g, '/').includes('fragment/'))
      .flatMap((file) => {
        const parsed = JSON.parse(decode(file.content)) as { url?: unknown } | Record<string, { url?: unknown }>;
        // A fragment file holds one page, or on very large sites (`maxFragments`) a group of pages keyed by hash.
        const pages = typeof parsed.url === 'string' ? [parsed] : Object.values(parsed as Record<string, { url?: unknown }>);
        return pages.map((page) => page.url).filter((url): url is string => typeof url === 'string');
      });
    return { count, urls };
  } catch {
    return { count };
  }
}
