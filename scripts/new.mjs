// `npm run new -- <briefing|figure|event|entity> "Title"`: creates a new, valid content entry in the content
// folder (BRIEFBOOK_CONTENT or content/), with every field commented with what it expects, a file name made
// from the title and, for a briefing, the next free reading order. It never overwrites a file. The site builds
// with the new entry as it is; replace its placeholders, then run `npm run check`.
// `npm run new -- source <article.md|txt|html> [--id …] [--title …]` brings in a source document: its YAML
// (paragraphs numbered, sections from its headings, a digest line per paragraph to write) and its fingerprint.
//
//   npm run new -- briefing "What the ceasefire means"
//   npm run new -- entity "Latakia" --kind place
//   npm run new -- source ~/articles/harbour-report.html --id harbour-report-2025
//   npm run new -- book ../fjord-book "Fjord watch" [--map-focus Norway]   (a new, empty book in its own folder)
//   npm run new -- update harbour-reopening "The first judgment is raised."  (appends an update dated today)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importSource } from './lib/importSource.mjs';
import { readEnvOrExit } from '../src/config/env.ts';

readEnvOrExit();

/** @type {typeof import('../src/check/tools')} */
const tools = await importSource('src/check/tools.ts');
const args = process.argv.slice(2);
if (args[0] === 'book') newBook(args.slice(1));
const shown = (file) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));
if (args[0] === 'update') newUpdate(args.slice(1));

if (args[0] === 'source') {
  const option = (name) => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : args[index + 1];
  };
  const rest = args.slice(1).filter((arg, index, all) => !arg.startsWith('--') && !['--id', '--title'].includes(all[index - 1]));
  const articleFile = rest[0];
  if (!articleFile || rest.length > 1 || (args.includes('--id') && !option('--id')) || (args.includes('--title') && !option('--title'))) {
    console.error('Usage: npm run new -- source path/to/article.(md|txt|html) [--id source-id] [--title "Title"]');
    process.exit(1);
  }
  try {
    // npm runs scripts in the project folder, so a relative path is taken from there; say so when it is not found.
    if (!existsSync(articleFile)) {
      console.error(`No article at ${path.resolve(articleFile)}. A relative path is taken from the project folder (npm runs scripts there); give an absolute path, e.g. ~/articles/report.md.`);
      process.exit(1);
    }
    const articleText = readFileSync(articleFile, 'utf8');
    const scaffold = tools.scaffoldSource({ articleText, articleFile, root: tools.resolveContentRoot(), docs: tools.schemaDocs(), id: option('--id'), title: option('--title') });
    const existing = scaffold.files.filter(({ file }) => existsSync(file));
    if (existing.length > 0) {
      console.error(`${existing.map(({ file }) => shown(file)).join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Choose another id with --id, or delete the old files first.`);
      process.exit(1);
    }
    for (const { file, text } of scaffold.files) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text, { flag: 'wx' });
    }
    console.log(`Created ${scaffold.files.map(({ file }) => shown(file)).join(' and ')} (source id "${scaffold.id}").`);
    for (const note of scaffold.notes) console.log(`- ${note}`);
    console.log('Then run `npm run check`: it lists what is left to fill in.');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  process.exit(0);
}
const kindIndex = args.indexOf('--kind');
const entityKind = kindIndex === -1 ? undefined : args[kindIndex + 1];
const [kind, ...words] = kindIndex === -1 ? args : args.filter((_, index) => index !== kindIndex && index !== kindIndex + 1);
const title = words.join(' ').trim();

const usage = `Usage: npm run new -- <${tools.scaffoldKinds.join('|')}> "Title" [--kind ${tools.entityKinds.join('|')}]\n       npm run new -- source path/to/article.(md|txt|html) [--id source-id] [--title "Title"]\n       npm run new -- book <folder> "Title" [--map-focus Country]`;
if (!tools.scaffoldKinds.includes(kind) || !title) {
  console.error(usage);
  process.exit(1);
}
if (entityKind !== undefined && (kind !== 'entity' || !tools.entityKinds.includes(entityKind))) {
  console.error(`--kind is for entities and takes one of: ${tools.entityKinds.join(', ')}.\n${usage}`);
  process.exit(1);
}

try {
  const root = tools.resolveContentRoot();
  const scaffold = tools.scaffoldEntry({ kind, title, root, today: new Date().toISOString().slice(0, 10), docs: tools.schemaDocs(), entityKind });
  if (existsSync(scaffold.file)) {
    console.error(`${shown(scaffold.file)} already exists; nothing was written. Choose another title, or edit that file.`);
    process.exit(1);
  }
  mkdirSync(path.dirname(scaffold.file), { recursive: true });
  writeFileSync(scaffold.file, scaffold.text, { flag: 'wx' });
  console.log(`Created ${shown(scaffold.file)} (id "${scaffold.id}").`);
  for (const note of scaffold.notes) console.log(`- ${note}`);
  console.log('Then run `npm run check` to validate it, and `npm run build` to see it in the site.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * `new -- book <folder> "Title" [--map-focus Country]`: writes a new content root. The folder must not exist or
 * be empty, so nothing is ever overwritten; the map focus is checked against the basemap before anything is written.
 */
function newBook(bookArgs) {
  const focusIndex = bookArgs.indexOf('--map-focus');
  const mapFocus = focusIndex === -1 ? undefined : bookArgs[focusIndex + 1];
  const [folder, ...titleWords] = focusIndex === -1 ? bookArgs : bookArgs.filter((_, index) => index !== focusIndex && index !== focusIndex + 1);
  const bookTitle = titleWords.join(' ').trim();
  if (!folder || !bookTitle || (focusIndex !== -1 && !mapFocus)) {
    console.error('Usage: npm run new -- book <folder> "Title" [--map-focus Country]');
    process.exit(1);
  }
  const root = path.resolve(folder);
  if (existsSync(root) && readdirSync(root).length > 0) {
    console.error(`${folder} already exists and is not empty; nothing was written. Choose a new folder for the book.`);
    process.exit(1);
  }
  const files = tools.scaffoldBook({ title: bookTitle, mapFocus });
  if (mapFocus) {
    const problems = tools.checkMapFocus(mapFocus);
    if (problems) {
      console.error(`--map-focus ${mapFocus}: ${problems}`);
      process.exit(1);
    }
  }
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text, { flag: 'wx' });
  }
  const shown = path.relative(process.cwd(), root).startsWith('..') ? root : path.relative(process.cwd(), root);
  console.log(`Created the book "${bookTitle}" in ${shown}/: ${[...files.keys()].join(', ')}.`);
  console.log(`Work on it with BRIEFBOOK_CONTENT=${shown}: \`npm run new -- briefing "Title"\` and the rest, then \`npm run check\` and \`npm run build\`.`);
  process.exit(0);
}

/**
 * `new -- update <briefing-id> "What changed"`: appends `{ date: today, summary }` to the briefing's `updates`,
 * editing its front matter in place (src/check/appendUpdate.ts keeps every other line as written).
 */
function newUpdate(updateArgs) {
  const [id, ...summaryWords] = updateArgs;
  const summary = summaryWords.join(' ').trim();
  if (!id || !summary) {
    console.error('Usage: npm run new -- update <briefing-id> "What changed, in one sentence"');
    process.exit(1);
  }
  const folder = path.join(tools.resolveContentRoot(), 'briefings');
  const file = path.join(folder, `${id}.mdx`);
  if (!existsSync(file)) {
    const ids = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')).map((name) => name.slice(0, -4)) : [];
    const hint = tools.closestMatch(id, ids);
    console.error(`No briefing "${id}" (${shown(file)} does not exist)${hint ? ` — did you mean "${hint}"?` : '.'} The id is the file name without .mdx.`);
    process.exit(1);
  }
  try {
    const { text, line } = tools.appendUpdate(readFileSync(file, 'utf8'), { date: new Date().toISOString().slice(0, 10), summary });
    writeFileSync(file, text);
    console.log(`Added an update dated today to ${shown(file)}:${line}.`);
    console.log('- If the update moves a key judgment, give it `revised: { date, reason }` and its earlier state in `history` (docs/keeping-current.md).');
    console.log('- Move `asOf` forward if the update draws on newer information. Then run `npm run check`.');
  } catch (error) {
    console.error(`${shown(file)}: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  process.exit(0);
}
