import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBookFile } from '../../src/book/readBookFile';
import { suggestCountries } from '../../src/book/suggestCountries';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A content root in a temporary folder holding only a book.yaml with the given text (or none); removed after the file's tests. */
function rootWithBook(text?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefbook-book-'));
  roots.push(root);
  if (text !== undefined) writeFileSync(path.join(root, 'book.yaml'), text);
  return root;
}

describe('readBookFile', () => {
  it('fills the defaults of the optional fields', () => {
    const result = readBookFile(rootWithBook('title: Fjord watch\ndescription: Notes on a fjord.\n'));
    expect(result).toEqual({ ok: true, book: { title: 'Fjord watch', description: 'Notes on a fjord.', marking: 'Open source — unclassified', lang: 'en' } });
  });

  it('lets BRIEFBOOK_MARKING replace the book’s marking', () => {
    const result = readBookFile(rootWithBook('title: T\ndescription: D\nmarking: Internal\n'), { marking: 'Restricted' });
    expect(result.ok && result.book.marking).toBe('Restricted');
  });

  it('reports a missing book.yaml with what it must hold', () => {
    const root = rootWithBook();
    const result = readBookFile(root, { cwd: root });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ file: 'book.yaml', message: expect.stringMatching(/Missing.*"title:" and "description:"/) })]);
  });

  it('names the line and field of a missing or wrong field', () => {
    const root = rootWithBook('# identity\ntitle: T\nlang: english language\n');
    const result = readBookFile(root, { cwd: root });
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ file: 'book.yaml', field: 'description', message: expect.stringMatching(/Missing/) }),
      expect.objectContaining({ file: 'book.yaml', line: 3, field: 'lang', message: expect.stringMatching(/language tag such as en, en-GB/) }),
    ]);
  });

  it('suggests the field meant by a misspelt one', () => {
    const root = rootWithBook('title: T\ndescription: D\nmapFocs: Norway\n');
    const result = readBookFile(root, { cwd: root });
    expect(!result.ok && result.problems).toEqual([expect.objectContaining({ line: 3, field: 'mapFocs', message: expect.stringMatching(/did you mean "mapFocus"/) })]);
  });

  it('rejects a map focus the basemap does not have, listing close matches', () => {
    const root = rootWithBook('title: T\ndescription: D\nmapFocus: Norwey\n');
    const result = readBookFile(root, { cwd: root });
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'mapFocus', message: expect.stringMatching(/No country called "Norwey".*Close matches: Norway\./) }),
    ]);
    expect(readBookFile(rootWithBook('title: T\ndescription: D\nmapFocus: Chile\n')).ok).toBe(true);
  });
});

describe('suggestCountries', () => {
  it('offers the nearest spelling first, then names containing what was typed', () => {
    const names = ['North Korea', 'Norway', 'South Korea', 'Sweden'];
    expect(suggestCountries('norway', names)).toEqual(['Norway']);
    expect(suggestCountries('Korea', names)).toEqual(['North Korea', 'South Korea']);
    expect(suggestCountries('Atlantis', names)).toEqual([]);
  });
});
