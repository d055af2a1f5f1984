import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { contentCollections } from '../contentFiles/contentCollections';
import { parseYamlText } from '../contentFiles/parseYamlText';
import { splitFrontmatter } from '../contentFiles/splitFrontmatter';
import { entityKinds } from '../schemas/entity';
import type { FieldDoc, SchemaDoc } from './readSchemaDocs';
import { placeholderComment } from '../validation/findPlaceholders';

export const scaffoldKinds = ['briefing', 'figure', 'event', 'entity'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export interface ScaffoldOptions {
  kind: ScaffoldKind;
  /** The title (briefing, figure label, event title) or name (entity). */
  title: string;
  /** The content root, absolute. */
  root: string;
  /** Today, `YYYY-MM-DD`. */
  today: string;
  docs: Record<string, SchemaDoc>;
  /** For entities, required: person, state, organisation, armed-group, place or facility. */
  entityKind?: string;
}

export interface Scaffold {
  /** Absolute path of the file to write. */
  file: string;
  id: string;
  text: string;
  /** What the author should know: the order taken, the placeholders to replace. */
  notes: string[];
}

/**
 * A file name from a title: plain lower-case letters and digits joined by hyphens, at most about 60 characters.
 *
 * @example slugify('Northport’s east quay: what’s next?') // "northports-east-quay-whats-next"
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  const cut = slug.slice(0, 61);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/** What the content root already holds that a new entry must fit: a source to cite, a topic, the next order. */
function readContext(root: string, kind: ScaffoldKind) {
  const yamlFiles = (folder: string) =>
    existsSync(path.join(root, folder)) ? readdirSync(path.join(root, folder)).filter((name) => name.endsWith('.yaml') && !name.startsWith('.')).sort() : [];
  const sourceFile = yamlFiles(contentCollections.sources.folder)[0];
  if (!sourceFile) throw new Error(`No source in ${path.join(root, 'sources')}/. Add the source document first: every entry cites one.`);
  const topicsText = readFileSync(path.join(root, contentCollections.topics.file), 'utf8');
  const topics = parseYamlText(topicsText);
  const topic = topics.ok && topics.data && typeof topics.data === 'object' ? Object.keys(topics.data)[0] : undefined;
  // Only briefings and events name a topic; a new book's entities, figures and sources come before its first topic.
  if (!topic && (kind === 'briefing' || kind === 'event')) {
    throw new Error(`No topic in ${path.join(root, contentCollections.topics.file)}. Add one first (an id, then its title and description): every ${kind} names a topic.`);
  }
  const briefingsFolder = path.join(root, contentCollections.briefings.folder);
  const orders = (existsSync(briefingsFolder) ? readdirSync(briefingsFolder) : [])
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = splitFrontmatter(readFileSync(path.join(briefingsFolder, name), 'utf8'));
      const data = frontmatter ? parseYamlText(frontmatter.yaml) : undefined;
      return data?.ok ? Number((data.data as { order?: unknown } | null)?.order) : NaN;
    })
    .filter(Number.isInteger);
  return { source: sourceFile.replace(/\.yaml$/, ''), topic: topic ?? '', nextOrder: Math.max(0, ...orders) + 1 };
}

const isDay = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
/** A YAML value on one line; days are written bare, as authors write them. */
const inline = (value: unknown): string => (isDay(value) ? String(value) : yaml.dump(value, { flowLevel: 0, lineWidth: -1 }).trim());

/**
 * Wraps a field's description into comment lines of at most 100 characters. A line never starts with `word:`, which
 * reads as a commented-out field to an author (and to the scaffold's own test): such a word stays on the line before.
 */
export function wrapComment(text: string, indent: string): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && `${line} ${word}`.length > 100 && !/^[\w-]+:$/.test(word)) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(`${indent}# ${line}`);
  return lines;
}

export function describeField(field: FieldDoc): string {
  const need = field.required
    ? 'required'
    : field.requiredOneOf
      ? `optional, but one of ${field.requiredOneOf.join(' and ')} is required`
      : field.defaultValue !== undefined ? `optional, default ${field.defaultValue}` : 'optional';
  const examples = field.examples.length > 0 ? ` Example: ${field.examples.join('; ')}.` : '';
  return `${field.doc ? `${field.doc.replace(/([^.])$/, '$1.')} ` : ''}Expects ${field.type.replace(/`/g, '')} (${need}).${examples}`;
}

/**
 * Writes the fields of a schema as commented YAML: every field, in schema order, preceded by what it expects
 * (from the schema's JSDoc). Fields with a value in `values` are filled in; optional ones without a value are
 * left as commented-out lines to fill in later. `nested` gives the docs of shared parts (citations, key judgments).
 */
function renderFields(schema: SchemaDoc, values: Record<string, unknown>, docs: Record<string, SchemaDoc>, indent = '', prefix = ''): string[] {
  const lines: string[] = [];
  for (const field of schema.fields) {
    const name = field.path.slice(prefix.length);
    if (!field.path.startsWith(prefix) || name.includes('.') || name.includes('[')) continue;
    const value = values[name];
    lines.push(...wrapComment(describeField(field), indent));
    const children = schema.fields.filter((child) => child.path.startsWith(`${field.path}.`));
    const shared = field.uses === 'keyJudgmentSchema' || field.uses === 'coordinatesSchema' ? docs[field.uses] : undefined;
    if (value === undefined) {
      if (field.required) throw new Error(`The scaffold has no value for the required field "${field.path}"; add one to scaffoldEntry.ts.`);
      lines.push(`${indent}# ${name}: ${field.examples[0] ?? ''}`.trimEnd());
    } else if (children.length > 0 && value && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(`${indent}${name}:`, ...renderFields(schema, value as Record<string, unknown>, docs, `${indent}  `, `${field.path}.`));
    } else if (shared && value && typeof value === 'object' && !Array.isArray(value)) {
      lines.push(`${indent}${name}:`, ...renderFields(shared, value as Record<string, unknown>, docs, `${indent}  `));
    } else if (shared && Array.isArray(value)) {
      lines.push(`${indent}${name}:`);
      for (const item of value) {
        const itemLines = renderFields(shared, item as Record<string, unknown>, docs, `${indent}    `);
        const first = itemLines.findIndex((line) => !line.trimStart().startsWith('#'));
        // The comments above the first field line up with the dash that starts the item.
        for (let index = 0; index < first; index++) itemLines[index] = `${indent}  ${itemLines[index]!.trimStart()}`;
        itemLines[first] = `${indent}  - ${itemLines[first]!.trimStart()}`;
        lines.push(...itemLines);
      }
    } else {
      lines.push(`${indent}${name}: ${inline(value)}`);
    }
  }
  return lines;
}

/**
 * Marks the lines holding a value the scaffold could only guess (today's date, the 0 of a figure) with the placeholder
 * comment, which the check reads: such a value is valid, so nothing else would tell the author it is still a guess.
 */
const markPlaceholders = (lines: string[], guessed: string[]): string[] =>
  lines.map((line) => (guessed.includes(line) ? `${line}  ${placeholderComment}` : line));

/**
 * A new, valid, documented content entry: front matter or YAML with every field of its schema, each preceded
 * by a comment saying what it expects; a file name from the title; the next free reading order for a
 * briefing; placeholders that cite the content root's first source, so the site builds before any edit.
 *
 * @example
 * scaffoldEntry({ kind: 'briefing', title: 'Harbour traffic', root, today: '2026-02-01', docs })
 * // { file: '…/briefings/harbour-traffic.mdx', id: 'harbour-traffic', text: '---\n# …\ntitle: Harbour traffic\n…', notes: [ 'Reading order 2 …' ] }
 */
export function scaffoldEntry({ kind, title, root, today, docs, entityKind }: ScaffoldOptions): Scaffold {
  const id = slugify(title);
  if (!id) throw new Error(`"${title}" gives no file name: use letters or digits in it.`);
  // Guessing "person" made every place a person whose missing coordinates nobody was asked for.
  if (kind === 'entity' && !entityKind) {
    throw new Error(`What kind of entity is "${title}"? Give it with --kind: ${entityKinds.join(', ')}. For example: npm run new -- entity "${title}" --kind place`);
  }
  const { source, topic, nextOrder } = readContext(root, kind);
  const citations = [{ source, paragraphs: [1] }];
  const notes: string[] = [];
  const folderOf = { briefing: contentCollections.briefings, figure: contentCollections.figures, event: contentCollections.events, entity: contentCollections.entities }[kind];
  const file = path.join(root, folderOf.folder, `${id}${folderOf.extension}`);
  const header = (schema: SchemaDoc) => [...wrapComment(schema.summary, ''), '# Every field is described above it. Lines starting with # are comments; uncomment an optional field to use it.', ''];
  let text: string;

  if (kind === 'briefing') {
    const schema = docs.briefingSchema!;
    const values = {
      draft: true,
      title,
      date: today,
      asOf: today,
      order: nextOrder,
      summary: 'Replace with the bottom line: two or three sentences a busy reader can stop after.',
      keyJudgments: [{ statement: 'Replace with the most important judgment, in one sentence.', likelihood: 'likely', confidence: 'moderate', citations }],
      topics: [topic],
      entities: [],
      events: [],
      figures: [],
      sources: [source],
    };
    notes.push(`Reading order ${nextOrder}, after the briefings already there.`);
    text = [
      '---',
      ...header(schema),
      ...markPlaceholders(renderFields(schema, values, docs), [`date: ${today}`, `asOf: ${today}`]),
      '#',
      '# The body below is MDX: Markdown plus these components (see docs/authoring.md):',
      '#   <Cite p={4} />  cites paragraph 4 of the source; p={[4, 12]} cites several; add source="id" when the',
      '#                   briefing lists more than one source.',
      '#   <Entity id="entity-id" />  links a person, place or organisation; name="Any alias" also works.',
      '#   <FigureValue id="figure-id" />  prints a key figure with its qualifier and citation.',
      '#   <Quote by="entity-id" p={4}>Their words.</Quote>  quotes a speaker, as the source reports it.',
      '#   <KeyJudgment likelihood="likely" confidence="moderate" p={4}>A judgment in the text.</KeyJudgment>',
      '---',
      '',
      '## What happened',
      '',
      `Replace this paragraph with the note. Every fact cites the paragraph of the source it comes from <Cite p={1} />.`,
      '',
    ].join('\n');
  } else if (kind === 'figure') {
    const schema = docs.figureSchema!;
    const values = {
      draft: true,
      label: title,
      value: 0,
      unit: { singular: 'unit', plural: 'units' },
      qualifier: 'exact',
      asOf: today,
      definition: 'Replace with one sentence saying exactly what is counted.',
      citations,
    };
    notes.push('Replace the value 0, the unit and the qualifier with what the source says.');
    text = [...header(schema), ...markPlaceholders(renderFields(schema, values, docs), ['value: 0', `asOf: ${today}`]), ''].join('\n');
  } else if (kind === 'event') {
    const schema = docs.eventSchema!;
    const values = { draft: true, title, date: today, topic, entities: [], summary: 'Replace with one or two sentences, in our own words.', citations };
    text = [...header(schema), ...markPlaceholders(renderFields(schema, values, docs), [`date: ${today}`]), ''].join('\n');
  } else {
    const schema = docs.entitySchema!;
    const mapped = entityKind === 'place' || entityKind === 'facility';
    const values = {
      draft: true,
      name: title,
      kind: entityKind,
      aliases: [],
      variantSpellings: [],
      otherNames: [],
      role: 'Replace with one sentence: who or what it is, in this story.',
      ...(mapped && { coordinates: { lat: 0, lon: 0 } }),
      citations,
    };
    if (mapped) notes.push('Replace the coordinates 0, 0 with where it is: the map places it there.');
    text = [...header(schema), ...renderFields(schema, values, docs), ''].join('\n');
  }
  if (kind !== 'entity') notes.push(`Dates are today's, marked "${placeholderComment}": write the real ones and delete the comment.`);
  notes.push(`Placeholders cite paragraph 1 of "${source}"; replace them with the paragraphs that support each claim.`);
  notes.push('It is a draft (draft: true): `npm run build` leaves it out and `npm run dev` shows it labelled "Draft". Delete that line to publish it.');
  return { file, id, text, notes };
}
