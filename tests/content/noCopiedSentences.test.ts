import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { findCopiedRuns } from '../../src/copiedText/findCopiedRuns';
import { formatFigureValue, type FigureValueInput } from '../../src/figures/formatFigureValue';
import { fingerprintExtension, parseFingerprint } from '../../src/copiedText/sourceFingerprint';
import { hashShingle, toWords } from '../../src/copiedText/wordShingles';

const root = path.resolve(import.meta.dirname, '../..');
// Every source of the sample book that has a fingerprint (content/sources/<id>.fingerprint, `npm run new -- source`).
const sourcesFolder = path.join(root, 'content/sources');
const fingerprint = new Set(
  readdirSync(sourcesFolder)
    .filter((name) => name.endsWith(fingerprintExtension))
    .flatMap((name) => {
      const parsed = parseFingerprint(readFileSync(path.join(sourcesFolder, name), 'utf8'));
      if (!parsed.ok) throw new Error(`content/sources/${name}:${parsed.line} ${parsed.message}`);
      return [...parsed.fingerprint.keys()];
    }),
);

const scannedFolders = ['content', 'src', 'scripts', 'tests', 'docs', 'public', 'bench'];
const scannedExtensions = new Set(['.md', '.mdx', '.yaml', '.yml', '.ts', '.mjs', '.js', '.astro', '.css', '.json', '.html', '.svg']);
const skipped = new Set(['node_modules', 'dist', '.astro', '__snapshots__', 'out']);

function listFiles(folder: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(folder, name);
    if (skipped.has(name)) return [];
    if (statSync(full).isDirectory()) return listFiles(full);
    return scannedExtensions.has(path.extname(name)) ? [full] : [];
  });
}

const readYaml = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;
const entityNames = new Map(
  listFiles(path.join(root, 'content/entities')).map((file) => [path.basename(file, '.yaml'), String(readYaml(file).name)]),
);
const figureTexts = new Map(
  listFiles(path.join(root, 'content/figures')).map((file) => [path.basename(file, '.yaml'), formatFigureValue(readYaml(file) as unknown as FigureValueInput).text]),
);

/**
 * Turns MDX into roughly the words a reader sees: quotes of named speakers (the one allowed kind of copying)
 * removed, entity and figure components replaced by what they print, other tags dropped.
 */
function readerText(source: string): string {
  return source
    .replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, ' ')
    .replace(/<Entity\s+id="([^"]+)"\s*\/>/g, (_, id: string) => entityNames.get(id) ?? id)
    .replace(/<FigureValue\s+id="([^"]+)"[^>]*\/>/g, (_, id: string) => figureTexts.get(id) ?? id)
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ');
}

describe('no sentence of the source article is copied into the project', () => {
  it('detects a copied run, so the check itself can fail', () => {
    const original = 'one two three four five six seven eight nine ten eleven';
    const fakeFingerprint = new Set([hashShingle(toWords(original).slice(0, 10))]);
    expect(findCopiedRuns(`Prefix words. ${original.toUpperCase()}!`, fakeFingerprint)).toEqual([{ words: 'one two three four five six seven eight nine ten' }]);
    expect(findCopiedRuns('one two three four five six seven eight nine', fakeFingerprint)).toEqual([]);
  });

  it('has a fingerprint of the whole article', () => {
    expect(fingerprint.size).toBeGreaterThan(1000);
  });

  const files = scannedFolders.flatMap((folder) => listFiles(path.join(root, folder))).concat(path.join(root, 'README.md'));
  it.each(files.map((file) => [path.relative(root, file), file]))('%s has no run of ten words from the article', (_relative, file) => {
    const text = readFileSync(file, 'utf8');
    const copied = findCopiedRuns(file.endsWith('.mdx') ? readerText(text) : text, fingerprint);
    expect(copied).toEqual([]);
  });
});
