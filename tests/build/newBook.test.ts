import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { projectRoot, runBuild, runNew } from './runBuild';

// A new book made with `npm run new -- book`, in a folder outside the repository (content anywhere): the check
// accepts it, given by an absolute or a relative path, and it builds to a small site that says it is empty.
const outside = mkdtempSync(path.join(os.tmpdir(), 'briefbook-new-book-'));
const book = path.join(outside, 'fjord-book');
const outDir = path.join(projectRoot, '.briefbook/test-builds/new-book');

describe('npm run new -- book', () => {
  let created: Awaited<ReturnType<typeof runNew>>;

  beforeAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    created = await runNew('content', ['book', book, 'Fjord watch', '--map-focus', 'Norway']);
  }, 60_000);
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('writes book.yaml, topics.yaml and every collection folder with a one-line README', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(readFileSync(path.join(book, 'book.yaml'), 'utf8')).toMatch(/^title: Fjord watch$[\s\S]*^mapFocus: Norway$/m);
    for (const folder of ['briefings', 'figures', 'events', 'entities', 'sources']) {
      expect(readFileSync(path.join(book, folder, 'README.md'), 'utf8').trim().split('\n')).toHaveLength(1);
    }
  });

  it('passes the check, whether the folder is given absolutely or relative to the project', async () => {
    for (const given of [book, path.relative(projectRoot, book)]) {
      const { problems, counts } = await checkContent({ env: { BRIEFBOOK_CONTENT: given }, cwd: projectRoot });
      expect(problems, given).toEqual([]);
      expect(counts.briefings).toBe(0);
    }
  });

  it('never overwrites: a folder that holds anything is refused and left as it was', async () => {
    writeFileSync(path.join(outside, 'notes.txt'), 'mine');
    const again = await runNew('content', ['book', outside, 'Another book']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already exists and is not empty; nothing was written/);
    expect(existsSync(path.join(outside, 'book.yaml'))).toBe(false);
    expect(readFileSync(path.join(outside, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a map focus the basemap does not have, suggesting the close one', async () => {
    const wrong = await runNew('content', ['book', path.join(outside, 'other'), 'Other', '--map-focus', 'Norwey']);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/No country called "Norwey" on the basemap\. Close matches: Norway\./);
    expect(existsSync(path.join(outside, 'other'))).toBe(false);
  });

  it('builds, from outside the repository, to a small site that says it has no briefings yet', async () => {
    const result = await runBuild({ content: book, outDir });
    expect(result.code, result.stderr).toBe(0);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('<title>Fjord watch</title>');
    expect(home).toContain('This briefing book has no briefings yet.');
    expect(home).not.toMatch(/Syria|Moscow/);
    // No page of the empty book prints a date it does not have.
    for (const page of ['index.html', 'about/index.html', 'book/index.html', 'timeline/index.html']) {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      expect(html, page).not.toMatch(/undefined|NaN|Invalid Date/);
      expect(html, page).toContain('No briefings yet.');
    }
    expect(readFileSync(path.join(outDir, 'map/index.html'), 'utf8')).toMatch(/Locator map centred on Norway/);
  }, 180_000);
});
