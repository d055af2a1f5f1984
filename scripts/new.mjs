// `npm run new -- <briefing|figure|event|entity> "Title"`: creates a new, valid content entry in the content
// folder (BRIEFBOOK_CONTENT or content/), with every field commented with what it expects, a file name made
// from the title and, for a briefing, the next free reading order. It never overwrites a file. The site builds
// with the new entry as it is; replace its placeholders, then run `npm run check`.
//
//   npm run new -- briefing "What the ceasefire means"
//   npm run new -- entity "Latakia" --kind place
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importSource } from './lib/importSource.mjs';

/** @type {typeof import('../src/check/tools')} */
const tools = await importSource('src/check/tools.ts');
const args = process.argv.slice(2);
const kindIndex = args.indexOf('--kind');
const entityKind = kindIndex === -1 ? undefined : args[kindIndex + 1];
const [kind, ...words] = kindIndex === -1 ? args : args.filter((_, index) => index !== kindIndex && index !== kindIndex + 1);
const title = words.join(' ').trim();

const usage = `Usage: npm run new -- <${tools.scaffoldKinds.join('|')}> "Title" [--kind ${tools.entityKinds.join('|')}]`;
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
  const shown = path.relative(process.cwd(), scaffold.file).startsWith('..') ? scaffold.file : path.relative(process.cwd(), scaffold.file);
  if (existsSync(scaffold.file)) {
    console.error(`${shown} already exists; nothing was written. Choose another title, or edit that file.`);
    process.exit(1);
  }
  mkdirSync(path.dirname(scaffold.file), { recursive: true });
  writeFileSync(scaffold.file, scaffold.text, { flag: 'wx' });
  console.log(`Created ${shown} (id "${scaffold.id}").`);
  for (const note of scaffold.notes) console.log(`- ${note}`);
  console.log('Then run `npm run check` to validate it, and `npm run build` to see it in the site.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
