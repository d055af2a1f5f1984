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
    expect(home).toContain('written from 5 sources');
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

  it('shows its own calibration table, labels its two sources’ ¶ markers, and says whose claim each citation carries (issue 19)', () => {
    // The legend and the about page show the book's relaxed moderate row, not the default one.
    const briefing = read('briefings/quota-reform/index.html');
    expect(briefing).toContain('credible evidence, even from one ministry source with a fair record. Needs: Two independent sources, or one graded A to D;');
    expect(read('about/index.html')).toMatch(/<td>Moderate confidence<\/td><td>credible evidence, even from one ministry source with a fair record<\/td><td>Two independent sources, or one graded A to D;/);
    // Two sources' ¶2 carry their labels; a single-source briefing's own citations stay bare.
    expect(briefing).toMatch(/title="Quota review"><span class="visually-hidden"> <\/span>QR<\/abbr><span data-pagefind-ignore>¶<a href="\/sources\/quota-review\/#p2"/);
    expect(briefing).toMatch(/title="Ministry statement"><span class="visually-hidden"> <\/span>MS<\/abbr><span data-pagefind-ignore>¶<a href="\/sources\/ministry-statement\/#p2"/);
    expect(read('briefings/landings-outlook/index.html')).toMatch(/<sup class="cite" data-pagefind-ignore>¶<a href="\/sources\/quota-review\/#p1"/);
    // The figure's Basis cell agrees with its citations (one the review's reading, one stated).
    const figures = read('figures/index.html');
    expect(figures).toMatch(/From the source<sup class="cite cite--labelled">.{0,200}MS<\/abbr>.{0,600}<span class="attribution"> \(the report’s reading <span class="cite cite--labelled">/);
    expect(figures).not.toMatch(/Stated in the source<[^\n]{0,900}?\(the report’s reading/);
    // The downloads carry the attribution.
    const csv = read('data/figures/market-trade-loss.csv');
    expect(csv.split('\n')[0]).toMatch(/,paragraphs,attribution\r?$/);
    expect(csv).toContain('4; 2,analysis; stated');
    expect(JSON.parse(read('data/figures/market-trade-loss.json')).citations[0]).toEqual({ source: 'quota-review', paragraphs: [4], attribution: 'analysis', by: null, credibility: null });
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

  // quota-reform carries two updates (4 and 8 March 2027) and a judgment revised on 4 March; no other briefing has any.
  it('shows a briefing’s updates and its revised judgment in words', () => {
    const briefing = read('briefings/quota-reform/index.html');
    const text = briefing.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");
    expect(briefing).toMatch(/<dt[^>]*>Issued<\/dt><dd[^>]*><time datetime="2027-02-22"[^>]*>22 February 2027<\/time>/);
    expect(briefing).toMatch(/<dt[^>]*>Updated<\/dt><dd[^>]*><a href="#updates-heading"[^>]*><time datetime="2027-03-08"[^>]*>8 March 2027<\/time>/);
    expect(text).toContain('8 March 2027: The section on who gains now names the ministry\'s promise of support');
    expect(text.indexOf('8 March 2027: The section')).toBeLessThan(text.indexOf('4 March 2027: The first key judgment'));
    expect(text).toContain(
      "Revised. Raised from likely, low confidence (22 February 2027) to very likely, moderate confidence on 4 March 2027: Read together, the ministry's fixed start date and the review's timetable leave little room for delay.",
    );
    expect(text).toContain('22 February 2027: likely, low confidence; the statement then read: The scheme will probably start with the spring season.');
    expect(briefing).toMatch(/<li id="update-1"/);
    expect(briefing).toMatch(/<li class="judgment[^"]*" id="judgment-1"/);
    // A briefing without updates says nothing of them.
    expect(read('briefings/harbor-traffic/index.html')).not.toMatch(/Updated<\/dt>|id="updates-heading"|Revised\./);
  });

  it('lists every update and revision on /changes/, newest first, each linked to its place on the briefing', () => {
    const changes = read('changes/index.html');
    const links = [...changes.matchAll(/<a href="(\/briefings\/[^"]+)"[^>]*>The coastal quota scheme in brief<\/a>/g)].map((match) => match[1]);
    expect(links).toEqual(['/briefings/quota-reform/#update-2', '/briefings/quota-reform/#update-1', '/briefings/quota-reform/#judgment-1']);
    expect([...changes.matchAll(/<time datetime="([\d-]+)"/g)].map((match) => match[1])).toEqual(['2027-03-08', '2027-03-04', '2027-03-04']);
    // The navigation reaches it from every page.
    for (const page of ['index.html', 'briefings/index.html', 'about/index.html']) expect(read(page)).toMatch(/<a href="\/changes\/"[^>]*>Changes<\/a>/);
    expect(read('changes/index.html')).toMatch(/<a href="\/changes\/" aria-current="page"/);
  });

  it('gives each update its own feed item on its day, without repeating the briefing', () => {
    const feed = read('rss.xml');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]!);
    const titled = (title: string) => items.filter((item) => item.includes(`<title>${title}</title>`));
    expect(items).toHaveLength(7);
    expect(titled('The coastal quota scheme in brief')).toHaveLength(1);
    const updates = titled('Updated: The coastal quota scheme in brief');
    expect(updates.map((item) => /<link>([^<]+)<\/link>/.exec(item)![1])).toEqual([
      'https://briefbook.example.org/briefings/quota-reform/#update-2',
      'https://briefbook.example.org/briefings/quota-reform/#update-1',
    ]);
    expect(updates.map((item) => /<pubDate>([^<]+)<\/pubDate>/.exec(item)![1])).toEqual(['Mon, 08 Mar 2027 00:00:00 GMT', 'Thu, 04 Mar 2027 00:00:00 GMT']);
    // Newest first: the update of 8 March heads the feed, and sets its build date.
    expect(items[0]).toContain('#update-2');
    expect(feed).toContain('<lastBuildDate>Mon, 08 Mar 2027 00:00:00 GMT</lastBuildDate>');
  });

  it('prints "Changes in this edition" after the book’s contents, linked to the parts', () => {
    const book = read('book/index.html');
    const contents = book.indexOf('id="contents-heading"');
    const changes = book.indexOf('<h2 id="changes-heading"');
    expect(contents).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(contents);
    expect(changes).toBeLessThan(book.indexOf('id="briefing-quota-reform"'));
    expect(book).toContain('Changes in this edition');
    for (const anchor of ['briefing-quota-reform-update-2', 'briefing-quota-reform-update-1', 'briefing-quota-reform-judgment-1']) {
      expect(book).toContain(`href="#${anchor}"`);
      expect(book).toContain(`id="${anchor}"`);
    }
  });
});
