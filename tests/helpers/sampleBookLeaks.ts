import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { formatNumber } from '../../src/figures/formatFigureValue';

const sampleRoot = path.resolve(import.meta.dirname, '../../content');

const filesUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

const readYaml = (file: string) => yaml.load(readFileSync(file, 'utf8')) as Record<string, unknown>;
const yamlFilesIn = (folder: string) => readdirSync(path.join(sampleRoot, folder)).filter((name) => name.endsWith('.yaml')).map((name) => path.join(sampleRoot, folder, name));

/**
 * The sample book's own words and numbers, read from content/ rather than listed by hand, so that a new fact of
 * the sample book is covered too: its title and publisher, every entity's name but the states', every source's title, every
 * topic's title, and every figure of four digits or more as the site prints it ("63,000") and as typed ("63000").
 */
export function sampleBookMarkers(): string[] {
  const book = readYaml(path.join(sampleRoot, 'book.yaml'));
  const markers = [String(book.title), String(book.publisher)];
  // States are left out: the basemap labels countries by their world-atlas names in any book's maps.
  for (const file of yamlFilesIn('entities')) if (readYaml(file).kind !== 'state') markers.push(String(readYaml(file).name));
  for (const file of yamlFilesIn('sources')) markers.push(String(readYaml(file).title));
  for (const topic of Object.values(readYaml(path.join(sampleRoot, 'topics.yaml')))) markers.push(String((topic as { title: string }).title));
  for (const file of yamlFilesIn('figures')) {
    const value = Number(readYaml(file).value);
    if (value >= 1000) markers.push(formatNumber(value), String(value));
  }
  return [...new Set(markers)];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a built site shows any of the sample book's markers that its own content does not hold (a fixture
 * may legitimately say "France"; it may not say it because the generator does). Pagefind's binary index is
 * left out; its text is the pages'. Returns `file: marker` lines, empty when nothing leaks.
 */
export function findSampleBookLeaks(siteDir: string, ownContentDir: string): string[] {
  const own = filesUnder(ownContentDir).map((file) => readFileSync(file, 'utf8')).join('\n');
  const markers = sampleBookMarkers().filter((marker) => !own.includes(marker));
  const pattern = new RegExp(`(?<![\\w,])(?:${markers.map(escape).join('|')})(?![\\w]|,\\d)`);
  return filesUnder(siteDir)
    .filter((file) => /\.(html|xml|json|csv|svg|txt|css|js)$/.test(file) && !file.includes(`${path.sep}pagefind${path.sep}`))
    .flatMap((file) => {
      const match = pattern.exec(readFileSync(file, 'utf8'));
      return match ? [`${path.relative(siteDir, file)}: ${match[0]}`] : [];
    });
}
