import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSampleBookLeaks } from '../helpers/sampleBookLeaks';
import { projectRoot, runBuild } from './runBuild';

// The second fixture book differs from the sample book in every identity field (book.yaml). Built with the
// generator as it is, its site must carry its own identity everywhere and nothing of the sample book's. It is
// built from a copy outside the repository (BRIEFBOOK_CONTENT absolute, under the system's temporary folder), as
// a team keeping its book in its own folder would.
const outside = mkdtempSync(path.join(os.tmpdir(), 'briefbook-atlas-'));
const outDir = path.join(projectRoot, '.briefbook/test-builds/atlas-book');
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

describe('a second book (tests/fixtures/atlas-book)', () => {
  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    const content = path.join(outside, 'atlas-book');
    cpSync(path.join(projectRoot, 'tests/fixtures/atlas-book'), content, { recursive: true });
    const result = await runBuild({ content, outDir });
    expect(result.code, result.stderr).toBe(0);
  }, 180_000);
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('shows its own title, description, marking, publisher and language', () => {
    const home = read('index.html');
    expect(home).toContain('<title>North Atlantic harbors: the quota year</title>');
    expect(home).toMatch(/<html lang="en-US"/);
    expect(home).toContain('data-print-marking="Internal test fixture — not for release"');
    expect(home).toContain('Invented briefing notes on an imaginary fishing-quota reform');
    expect(home).toContain('written from 3 sources');
    expect(read('book/index.html')).toMatch(/Issued by<\/dt><dd[^>]*>Atlas fixture desk \(fictional\)<\/dd>/);
    expect(read('briefings/harbor-traffic/index.html')).toContain('<title>Harbor traffic before the scheme · North Atlantic harbors: the quota year</title>');
  });

  it('carries its identity into the feed and the downloads', () => {
    const feed = read('rss.xml');
    expect(feed).toContain('<title>North Atlantic harbors: the quota year</title>');
    expect(feed).toContain('<language>en-US</language>');
    expect(JSON.parse(read('data/briefbook.json')).title).toBe('North Atlantic harbors: the quota year');
  });

  it('fits its maps to its own focus country', () => {
    const map = read('map/index.html');
    expect(map).toMatch(/Locator map centred on Iceland \(about 6\d\.\d° N/);
    expect(read('briefings/harbor-traffic/index.html')).toMatch(/Locator map centred on Iceland/);
  });

  it('gives every source its page, and links each citation to the source it names', () => {
    for (const source of ['quota-review', 'harbor-survey', 'ministry-statement']) expect(read(`sources/${source}/index.html`)).toContain('<h1');
    const briefing = read('briefings/quota-reform/index.html');
    expect(briefing).toContain('href="/sources/quota-review/#p1"');
    expect(briefing).toContain('href="/sources/ministry-statement/#p1"');
  });

  it('shows nothing of the sample book', () => {
    const leaks = /Syria|Moscow|Assad|Open source — unclassified|Briefbook sample briefing book|en-GB|civil war|Golan/;
    const leaking = filesUnder(outDir)
      .filter((file) => /\.(html|xml|json|csv|svg|txt)$/.test(file) && !file.includes(`${path.sep}pagefind${path.sep}`))
      .filter((file) => leaks.test(readFileSync(file, 'utf8')))
      .map((file) => `${path.relative(outDir, file)}: ${leaks.exec(readFileSync(file, 'utf8'))![0]}`);
    expect(leaking).toEqual([]);
    // And none of the sample book's names, titles or numbers (issue 20).
    expect(findSampleBookLeaks(outDir, path.join(projectRoot, 'tests/fixtures/atlas-book'))).toEqual([]);
  });
});
