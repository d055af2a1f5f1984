import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One concept per module and folders by concept: a file past 400 lines or a folder past 25 files holds more than one.
const repo = path.resolve(import.meta.dirname, '../..');
const maxLines = 400;
const maxFiles = 25;

function walk(folder: string, visit: (folder: string, files: string[]) => void) {
  const entries = readdirSync(path.join(repo, folder)).sort();
  const files = entries.filter((name) => statSync(path.join(repo, folder, name)).isFile());
  visit(folder, files);
  for (const name of entries) if (!files.includes(name)) walk(`${folder}/${name}`, visit);
}

const folders: Array<{ folder: string; files: string[] }> = [];
for (const root of ['src', 'scripts']) walk(root, (folder, files) => folders.push({ folder, files }));
const textFiles = folders.flatMap(({ folder, files }) => files.filter((name) => /\.(ts|mjs|astro|css|md)$/.test(name)).map((name) => `${folder}/${name}`));

describe('the size of source files and folders', () => {
  it('walks the source (src/ and scripts/)', () => {
    expect(textFiles).toContain('src/routing/routes.ts');
    expect(textFiles.length).toBeGreaterThan(250);
  });

  it(`has no source file over ${maxLines} lines`, () => {
    const long = textFiles.map((file) => ({ file, lines: readFileSync(path.join(repo, file), 'utf8').split('\n').length })).filter(({ lines }) => lines > maxLines);
    expect(long).toEqual([]);
  });

  it(`has no folder of over ${maxFiles} files`, () => {
    expect(folders.filter(({ files }) => files.length > maxFiles).map(({ folder, files }) => `${folder}: ${files.length} files`)).toEqual([]);
  });
});
