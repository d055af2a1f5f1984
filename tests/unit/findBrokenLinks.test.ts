import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../helpers/findBrokenLinks';

const site = 'https://example.org/';
const root = mkdtempSync(path.join(tmpdir(), 'links-'));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

write('index.html', page('<h1 id="top-heading">Home</h1><a href="/a/">a</a><a href="a/#s2">a, section 2</a><a href="/rss.xml">feed</a><a href="https://example.org/a/">canonical</a><a href="https://other.org/x">external</a><a href="mailto:x@y.z">mail</a>'));
write('a/index.html', page('<h2 id="s2">Two</h2><a href="../">home</a><a href="#s2">self</a><img src="/img/logo.svg" alt="">'));
write('rss.xml', '<rss><channel><link>https://example.org/</link><item><link>https://example.org/a/</link></item></channel></rss>');
write('img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
write('_astro/site.css', 'body { background: url(/img/logo.svg) }');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findBrokenLinks', () => {
  it('accepts relative, root-relative and absolute links to pages, fragments, files and feeds', () => {
    expect(findBrokenLinks(root, site)).toEqual([]);
  });

  it('reports a missing page, a missing fragment, a link without its trailing slash and a missing file', () => {
    write('b/index.html', page('<a href="/missing/">x</a><a href="/a/#nowhere">y</a><a href="/a">z</a><a href="/data/figures.csv">w</a><img srcset="/img/logo.svg 1x, /img/big.svg 2x" alt="">'));
    write('_astro/broken.css', '.x { background: url("/img/gone.png") }');
    write('sitemap-0.xml', '<urlset><url><loc>https://example.org/ghost/</loc></url></urlset>');
    const broken = findBrokenLinks(root, site).map(({ from, href, reason }) => `${from} ${href}: ${reason}`);
    expect(broken).toEqual([
      'b/index.html /missing/: no file at /missing/',
      'b/index.html /a/#nowhere: no element with id="nowhere" in a/index.html',
      'b/index.html /a: no file at /a; the page is at /a/ (links end in /)',
      'b/index.html /data/figures.csv: no file at /data/figures.csv',
      'b/index.html /img/big.svg: no file at /img/big.svg',
      '_astro/broken.css /img/gone.png: no file at /img/gone.png',
      'sitemap-0.xml https://example.org/ghost/: no file at /ghost/',
    ]);
  });

  it('serves the site under the path of its address, and reports links that leave that base path', () => {
    const sub = mkdtempSync(path.join(tmpdir(), 'links-base-'));
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(sub, file)), { recursive: true });
      writeFileSync(path.join(sub, file), text);
    };
    put('index.html', page('<a href="/briefs/a/#s2">a</a><a href="a/">relative</a><a href="https://example.org/briefs/a/">canonical</a>'));
    put('a/index.html', page('<h2 id="s2">Two</h2><a href="../">home</a><a href="/a/">forgot the base</a><a href="/briefs/rss.xml">feed</a>'));
    put('rss.xml', '<rss><channel><link>https://example.org/briefs/</link><item><link>https://example.org/a/</link></item></channel></rss>');
    try {
      const broken = findBrokenLinks(sub, 'https://example.org/briefs/').map(({ from, href, reason }) => `${from} ${href}: ${reason}`);
      expect(broken).toEqual(["a/index.html /a/: outside the site's base path /briefs/", "rss.xml https://example.org/a/: outside the site's base path /briefs/"]);
    } finally {
      rmSync(sub, { recursive: true, force: true });
    }
  });
});
