import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sampleBookMarkers } from '../helpers/sampleBookLeaks';

const root = path.resolve(import.meta.dirname, '../..');
const sampleRoot = path.join(root, 'content');

const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

const idsIn = (folder: string) => readdirSync(path.join(sampleRoot, folder)).map((name) => name.replace(/\.(yaml|mdx|fingerprint)$/, ''));
const readYaml = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;

/**
 * Beyond the names, titles and numbers the built-site check uses: the ids of the sample's entries (an example
 * such as `source: syria-russia-talks-2026` names the sample as surely as its title does) and every other spelling
 * of its people and places. States stay out, as in sampleBookMarkers: the country list and the basemap name them
 * in any book.
 */
function sourceMarkers(): string[] {
  const markers = new Set(sampleBookMarkers());
  for (const folder of ['sources', 'briefings', 'events', 'figures']) for (const id of idsIn(folder)) markers.add(id);
  for (const name of readdirSync(path.join(sampleRoot, 'entities'))) {
    const entity = readYaml(path.join(sampleRoot, 'entities', name));
    if (entity.kind === 'state') continue;
    markers.add(name.replace(/\.yaml$/, ''));
    for (const field of ['shortName', 'aliases', 'variantSpellings', 'otherNames']) {
      for (const spelling of [entity[field] ?? []].flat()) markers.add(String(spelling));
    }
  }
  // The sample's own vocabulary that no entity spells out: its headline figure's unit and its people's nationality.
  for (const word of ['sortie', 'sorties', 'Syrian', 'Syrians', 'Sharaa', 'Assad']) markers.add(word);
  return [...markers];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternation = (markers: string[]) => [...markers].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * The files' lines that name a marker, as `file:line: marker`; a marker must stand as a word of its own. Case is
 * ignored ("tartus" in an id is as telling as "Tartus"), except for short markers such as the acronym "IS", which
 * would otherwise match the English word.
 */
function findSampleWords(files: string[], markers: string[]): string[] {
  const short = markers.filter((marker) => marker.length <= 3);
  const long = markers.filter((marker) => marker.length > 3);
  const word = (body: string, flags: string) => new RegExp(`(?<![\\w-])(?:${body})(?![\\w]|,\\d)`, flags);
  const patterns = [word(alternation(long), 'i'), ...(short.length ? [word(alternation(short), '')] : [])];
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) => {
        const match = patterns.map((pattern) => pattern.exec(line)).find(Boolean);
        return match ? [`${path.relative(root, file)}:${index + 1}: ${match[0]}`] : [];
      }),
  );
}

// The list of country names a map labels is the one place a state of the sample may appear by design.
const exempt = new Set(['src/book/atlasCountryNames.ts']);
/** Words that are the product's own, not the sample's, each with why. */
const allowed = new Set([
  // The basemap's attribution explains the one de facto line of Natural Earth around the Levant, for any book.
  'src/data/loadBasemap.ts:30: Golan Heights',
  // Rounding to two decimals of a percentage, not the sample's figure.
  'src/fonts/fallbackFonts.mjs:72: 10000',
]);
const textFile = /\.(ts|mts|js|mjs|cjs|astro|css|json|md|txt|svg|html|yaml|yml)$/;
const productFiles = () =>
  ['src', 'scripts']
    .flatMap((folder) => filesUnder(path.join(root, folder)))
    .filter((file) => textFile.test(file) && !exempt.has(path.relative(root, file)));

describe('the product names nothing of the sample book', () => {
  it('no file under src/ or scripts/ holds a name, title, id or number of the sample book', () => {
    expect(findSampleWords(productFiles(), sourceMarkers()).filter((hit) => !allowed.has(hit))).toEqual([]);
  });

  it('names the file and line of a leak, and only a whole word', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sample-words-'));
    const probe = path.join(folder, 'probe.ts');
    writeFileSync(probe, ['// Harbour notes.', "const id = 'ahmed-al-sharaaville'; // glued to more letters: another word", '/** Met al-Sharaa. */'].join('\n'));
    try {
      expect(findSampleWords([probe], sourceMarkers())).toEqual([`${path.relative(root, probe)}:3: al-Sharaa`]);
    } finally {
      rmSync(folder, { recursive: true });
    }
    expect(sourceMarkers()).toEqual(expect.arrayContaining(['Ahmed al-Sharaa', 'al-Sharaa', 'Khmeimim', 'syria-russia-talks-2026', '63,000']));
  });
});
