import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run check`'s script on a book and returns every module it resolved and every file it read. */
function recordCheck(book: string) {
  const record = path.join(mkdtempSync(path.join(tmpdir(), 'check-loads-')), 'loads.json');
  const run = spawnSync(process.execPath, ['--import', './tests/architecture/recordLoads.mjs', 'scripts/check.mjs'], {
    cwd: repo,
    env: { ...process.env, BRIEFBOOK_CONTENT: book, RECORD_LOADS_TO: record },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(readFileSync(record, 'utf8')) as { modules: string[]; files: string[] };
}

// The check runs on every save and before every build: it reads the content, not the chart code. D3 and the world
// atlas are the build's (src/charts, src/data/loadBasemap.ts); the check reads chart specs only (src/charts/specs.ts).
describe('npm run check', () => {
  it('loads no D3 and no world atlas, on a book that has a map focus and charts in its prose', () => {
    const { modules, files } = recordCheck('tests/fixtures/atlas-book');
    // The recording works: the check's own modules and the book's files are seen.
    expect(modules.some((url) => url.includes('/node_modules/satteri/'))).toBe(true);
    expect(files.some((file) => file.endsWith('book.yaml'))).toBe(true);
    expect(modules.filter((url) => /\/node_modules\/(d3-[\w-]+|topojson-client|world-atlas)\//.test(url))).toEqual([]);
    expect(files.filter((file) => /world-atlas|d3-/.test(file))).toEqual([]);
  });
});
