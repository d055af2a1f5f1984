import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { buildSearchIndex, pagefind, SearchIndexError } from '../../src/search/build/pagefindIntegration';
import { describeIndexMismatch } from '../../src/search/build/describeIndexMismatch';
import { hasPagefindBody } from '../../src/search/build/hasPagefindBody';
import { pagefindUrlOf } from '../../src/search/build/pagefindUrlOf';

describe('hasPagefindBody', () => {
  it('finds the attribute on an element, with or without a value', () => {
    expect(hasPagefindBody('<article class="x" data-pagefind-body><h1>T</h1></article>')).toBe(true);
    expect(hasPagefindBody('<div data-pagefind-body="">T</div>')).toBe(true);
    expect(hasPagefindBody('<main\n  id="m"\n  data-pagefind-body>T</main>')).toBe(true);
  });
  it('ignores the words in text, in other attributes and similar attribute names', () => {
    expect(hasPagefindBody('<p>Mark it data-pagefind-body.</p>')).toBe(false);
    expect(hasPagefindBody('<p title="data-pagefind-body">x</p>')).toBe(false);
    expect(hasPagefindBody('<p data-pagefind-body-extra>x</p>')).toBe(false);
  });
});

describe('pagefindUrlOf', () => {
  it('drops index.html as Pagefind does', () => {
    expect(pagefindUrlOf('briefings/the-moscow-visit/index.html')).toBe('/briefings/the-moscow-visit/');
    expect(pagefindUrlOf('index.html')).toBe('/');
    expect(pagefindUrlOf('404.html')).toBe('/404.html');
    expect(pagefindUrlOf('entities\\isis\\index.html')).toBe('/entities/isis/');
  });
});

describe('describeIndexMismatch', () => {
  it('accepts an index that holds exactly the marked pages', () => {
    expect(describeIndexMismatch(['/a/', '/b/'], { count: 2, urls: ['/b/', '/a/'] })).toBeUndefined();
    expect(describeIndexMismatch(['/a/', '/b/'], { count: 2 })).toBeUndefined();
  });
  it('names the pages Pagefind left out', () => {
    const message = describeIndexMismatch(['/a/', '/b/', '/c/'], { count: 2, urls: ['/a/', '/c/'] });
    expect(message).toMatch(/^Search index incomplete: 3 built pages are marked data-pagefind-body, but Pagefind indexed 2\./);
    expect(message).toContain('Not indexed:\n  /b/');
    expect(message).toContain('no indexable text');
  });
  it('fails on a count that agrees while the pages differ', () => {
    const message = describeIndexMismatch(['/a/', '/b/'], { count: 2, urls: ['/a/', '/z/'] });
    expect(message).toContain('Not indexed:\n  /b/');
    expect(message).toContain('Indexed without data-pagefind-body:\n  /z/');
  });
  it('reports a count mismatch when the pages cannot be named', () => {
    expect(describeIndexMismatch(['/a/'], { count: 0 })).toContain('(The index could not be read to name the pages.)');
  });
  it('shortens long lists', () => {
    const expected = Array.from({ length: 15 }, (_, i) => `/p${i}/`);
    expect(describeIndexMismatch(expected, { count: 0, urls: [] })).toContain('… and 5 more');
  });
});

// The integration run on small built sites: real Pagefind, real files.
describe('buildSearchIndex', () => {
  const folders: string[] = [];
  afterEach(async () => {
    await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
  });
  async function site(pages: Record<string, string>) {
    const root = await mkdtemp(path.join(tmpdir(), 'briefbook-pagefind-'));
    folders.push(root);
    for (const [file, body] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
    }
    return root;
  }

  it('indexes the marked pages and writes the bundle without the unused UI files', async () => {
    const root = await site({
      'index.html': '<h1>Home</h1><p>Not searchable.</p>',
      'a/index.html': '<main data-pagefind-body><h1>Tartus</h1><p>Naval base.</p></main>',
      'b/index.html': '<main data-pagefind-body><h1>Hmeimim</h1><p>Air base.</p></main>',
    });
    const result = await buildSearchIndex(root);
    expect(result).toMatchObject({ pages: 2, htmlFiles: 3 });
    const entry = JSON.parse(await readFile(path.join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count).toBe(2);
    await expect(readFile(path.join(root, 'pagefind', 'pagefind.js'))).resolves.toBeTruthy();
    await expect(readFile(path.join(root, 'pagefind', 'pagefind-ui.js'))).rejects.toThrow();
  }, 60_000);

  it('indexes more pages than it sends ahead at once, and hands every page it reads on, in order', async () => {
    const pages = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`p${String(index).padStart(2, '0')}/index.html`, `<main data-pagefind-body><h1>Place ${index}</h1><p>Word${index} harbour.</p></main>`]),
    );
    const root = await site({ ...pages, 'index.html': '<h1>Home</h1>' });
    const handed: string[] = [];
    const result = await buildSearchIndex(root, { onPage: (file, html) => handed.push(`${file}:${html.includes('<h1>')}`) });
    expect(result).toMatchObject({ pages: 40, htmlFiles: 41 });
    // Every page, searchable or not, in the order read.
    expect(handed).toEqual(['index.html:true', ...Object.keys(pages).map((file) => `${path.normalize(file)}:true`)]);
    const entry = JSON.parse(await readFile(path.join(root, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count).toBe(40);
  }, 60_000);

  it('lets Pagefind read the separated pages itself, whatever their names, into the same index as sent text', async () => {
    const { separateBlocks } = await import('../../src/search/build/separateBlocks');
    const body = (place: string) => `<main data-pagefind-body><h1>${place}</h1><table><tr><th>Port</th><th>Base</th></tr></table></main>`;
    const names = ['a/index.html', 'b [x]{y},(z)?*$:!#%é/index.html', 'c/index.html'];
    const asText = await site(Object.fromEntries(names.map((name, index) => [name, body(`Place${index}`)])));
    const fromDisk = await site(Object.fromEntries(names.map((name, index) => [name, separateBlocks(body(`Place${index}`))])));
    await expect(buildSearchIndex(asText)).resolves.toMatchObject({ pages: 3 });
    await expect(buildSearchIndex(fromDisk)).resolves.toMatchObject({ pages: 3 });
    const bundleOf = async (root: string) => {
      const files = await readdir(path.join(root, 'pagefind'), { recursive: true });
      return Promise.all(files.sort().map(async (file) => [file, (await stat(path.join(root, 'pagefind', file))).isFile() ? (await readFile(path.join(root, 'pagefind', file))).toString('base64') : '']));
    };
    expect(await bundleOf(fromDisk)).toEqual(await bundleOf(asText));
  }, 60_000);

  it('fails, naming the page, when Pagefind silently skips a marked page', async () => {
    const root = await site({
      'a/index.html': '<main data-pagefind-body><h1>Tartus</h1></main>',
      // Pagefind reads no SVG, so this body is empty and the page is dropped without an error.
      'chart/index.html': '<main data-pagefind-body><svg><text>63,000</text></svg></main>',
    });
    const failure = buildSearchIndex(root);
    await expect(failure).rejects.toBeInstanceOf(SearchIndexError);
    await expect(failure).rejects.toThrow(/2 built pages are marked data-pagefind-body, but Pagefind indexed 1\.\nNot indexed:\n {2}\/chart\//);
    // Nothing is written when the index is incomplete.
    await expect(readFile(path.join(root, 'pagefind', 'pagefind-entry.json'))).rejects.toThrow();
  }, 60_000);

  it('fails when no page is marked for search at all', async () => {
    const root = await site({ 'index.html': '<h1>Home</h1>' });
    await expect(buildSearchIndex(root)).rejects.toThrow(/No page .* is marked data-pagefind-body/);
  }, 60_000);

  it('runs as the astro:build:done hook on the folder the hook is given, and fails the build there', async () => {
    const good = await site({ 'a/index.html': '<main data-pagefind-body><h1>Quneitra</h1></main>' });
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
    const hook = pagefind().hooks['astro:build:done']!;
    await hook({ dir: pathToFileURL(`${good}/`), logger, pages: [], assets: new Map() } as never);
    await expect(readFile(path.join(good, 'pagefind', 'pagefind-entry.json'), 'utf8')).resolves.toContain('"page_count":1');
    expect(logged[0]).toMatch(/^Indexed 1 of 1 pages into \/pagefind\//);

    const bad = await site({ 'a/index.html': '<main data-pagefind-body><h1>Quneitra</h1></main>', 'b/index.html': '<main data-pagefind-body></main>' });
    await expect(hook({ dir: pathToFileURL(`${bad}/`), logger, pages: [], assets: new Map() } as never)).rejects.toThrow(/Not indexed:\n {2}\/b\//);
  }, 60_000);
});

describe('separateBlocks', () => {
  it('puts a space after the cells, captions and other blocks Pagefind would run together, and nowhere else', async () => {
    const { separateBlocks } = await import('../../src/search/build/separateBlocks');
    expect(separateBlocks('<table><caption>Where</caption><tr><th>Coordinates</th><th>On this map</th></tr></table>')).toBe(
      '<table><caption>Where</caption> <tr><th>Coordinates</th> <th>On this map</th> </tr> </table> ',
    );
    expect(separateBlocks('<p><span>al-</span><strong>Shara</strong>a</p>')).toBe('<p><span>al-</span><strong>Shara</strong>a</p>');
  });
});

describe('separateBlocksInLatin1', () => {
  it('gives the bytes separateBlocks gives the text, whatever follows a closing tag', async () => {
    const { separateBlocks, separateBlocksInLatin1 } = await import('../../src/search/build/separateBlocks');
    const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const pages = [
      '<table><caption>Where</caption><tr><th>Coordinates</th><th>On this map</th></tr></table>',
      // Whitespace of more than one byte (no-break space, line separator, ideographic space) is whitespace still.
      '<tr><th>A</th>\u00a0<th>B</th>\u2028</tr>\u3000<figure>x</figure>\t</TABLE>',
      // Letters of more than one byte are not.
      '<tr><th>Şanlıurfa</th>Ḥmeimim</tr>ʿ<aside>é</aside>€</main>',
      '<p><span>al-</span><strong>Shara</strong>a</p></pre >',
    ];
    for (const page of pages) expect(separateBlocksInLatin1(latin1(page))).toBe(latin1(separateBlocks(page)));
  });
});

describe('isSeparated', () => {
  it('tells a page separateBlocks has been through from one it has not', async () => {
    const { isSeparated, separateBlocks } = await import('../../src/search/build/separateBlocks');
    const page = '<table><caption>Where</caption><tr><th>A</th>\n<th>B</th></tr></table><p>x</p>';
    expect(isSeparated(page)).toBe(false);
    expect(isSeparated(separateBlocks(page))).toBe(true);
    expect(isSeparated('<p>Nothing to keep apart.</p>')).toBe(true);
    expect(isSeparated(`${separateBlocks(page)}<FIGURE></FIGURE>`)).toBe(false);
  });
});
