import { rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findSampleBookLeaks, sampleBookMarkers } from '../helpers/sampleBookLeaks';
import { mapWithLimit, projectRoot, runBuild, type BuildResult } from './runBuild';

// Issue 20: the search page told every book's readers to try "a number such as 63,000", the sample book's
// sorties. The fixture books are built and every file of their sites is searched for the sample book's names,
// titles and numbers (read from content/, not listed by hand). The atlas book gets the same search in
// secondBook.test.ts, where it is built already.
const books = ['minimal', 'two-sources'] as const;
const outRoot = path.join(projectRoot, '.briefbook/test-builds/no-sample');

describe('the fixture books built with the generator', () => {
  const results = new Map<string, BuildResult>();
  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    await mapWithLimit([...books], 2, async (book) => {
      // The minimal book is built without BRIEFBOOK_SITE, the other with it, for the placeholder notice.
      const env = book === 'minimal' ? { BRIEFBOOK_SITE: '' } : { BRIEFBOOK_SITE: 'https://example.org/harbour/' };
      const result = await runBuild({ content: `tests/fixtures/${book}`, outDir: path.join(outRoot, book), env });
      expect(result.code, result.stderr).toBe(0);
      results.set(book, result);
    });
  }, 300_000);

  it('says once, without BRIEFBOOK_SITE, that links use a placeholder address and how to set it; nothing with it', () => {
    const said = (book: string) => results.get(book)!.stdout.split('\n').filter((line) => line.startsWith('BRIEFBOOK_SITE is not set'));
    expect(said('minimal')).toEqual([expect.stringMatching(/canonical links, the feed, the sitemap and the links in PDFs use the placeholder address https:\/\/briefbook\.example\.org\/\. .*BRIEFBOOK_SITE=https:\/\/example\.org\/briefs\/ npm run build/)]);
    expect(said('two-sources')).toEqual([]);
  });

  it('searches for markers that are really the sample book’s', () => {
    const markers = sampleBookMarkers();
    expect(markers).toEqual(expect.arrayContaining(['63,000', '63000', 'Ahmed al-Sharaa', 'Hmeimim Air Base', 'Syria after Assad: the Moscow talks']));
  });

  it.each(books)('%s shows nothing of the sample book', (book) => {
    expect(findSampleBookLeaks(path.join(outRoot, book), path.join(projectRoot, 'tests/fixtures', book))).toEqual([]);
  });
});
