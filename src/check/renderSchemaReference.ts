import type { FieldDoc, SchemaDoc } from './readSchemaDocs';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Where a collection's entries live in the content root, and which schema they follow, in reading order. */
const collections = [
  { title: 'Book', where: '`book.yaml` at the root of the content folder, one per book', schema: 'bookSchema' },
  { title: 'Briefings', where: '`briefings/<slug>.mdx` (these are the fields of its front matter)', schema: 'briefingSchema' },
  { title: 'Figures', where: '`figures/<id>.yaml`', schema: 'figureSchema' },
  { title: 'Events', where: '`events/<id>.yaml`', schema: 'eventSchema' },
  { title: 'Entities', where: '`entities/<id>.yaml`', schema: 'entitySchema' },
  { title: 'Sources', where: '`sources/<id>.yaml`', schema: 'sourceSchema' },
  { title: 'Topics', where: '`topics.yaml`, one entry per id (`<id>:` then its fields, indented)', schema: 'topicSchema' },
];

/** Parts several collections share, documented once. */
const parts = [
  { title: 'Citation', schema: 'citationSchema', note: 'Every `citations` field is a list of these, with at least one.' },
  { title: 'Observation', schema: 'observationSchema', note: 'A figure’s `observations` field is a list of these, oldest first.' },
  { title: 'Period', schema: 'periodSchema', note: 'A figure’s or an observation’s `period` is one of these.' },
  { title: 'Key judgment', schema: 'keyJudgmentSchema' },
  { title: 'Coordinates', schema: 'coordinatesSchema' },
  { title: 'Source section', schema: 'sourceSectionSchema' },
  { title: 'Digest line', schema: 'digestLineSchema' },
];

const seeAlso: Record<string, string> = {
  citationsSchema: ' See [Citation](#citation).',
  judgmentCitationsSchema: ' See [Citation](#citation).',
  keyJudgmentSchema: ' See [Key judgment](#key-judgment).',
  observationSchema: ' See [Observation](#observation).',
  periodSchema: ' See [Period](#period).',
  coordinatesSchema: ' See [Coordinates](#coordinates).',
  sourceSectionSchema: ' See [Source section](#source-section).',
  digestLineSchema: ' See [Digest line](#digest-line).',
};

function fieldRow(field: FieldDoc): string {
  const required = field.required
    ? 'yes'
    : field.requiredOneOf
      ? `one of ${field.requiredOneOf.map((name) => `\`${name}\``).join(' or ')}`
      : field.defaultValue !== undefined ? `no (default \`${field.defaultValue}\`)` : 'no';
  const example = field.examples.length > 0 ? ` Example: \`${field.examples.join('`, `')}\`.` : '';
  const doc = field.doc ? `${field.doc.replace(/([^.])$/, '$1.')}` : '';
  return `| \`${field.path}\` | ${cell(field.type)} | ${required} | ${cell(`${doc}${example}${field.uses ? (seeAlso[field.uses] ?? '') : ''}`.trim())} |`;
}

function table(schema: SchemaDoc): string[] {
  return ['| Field | Value | Required | What it holds |', '| --- | --- | --- | --- |', ...schema.fields.map(fieldRow)];
}

/**
 * The content-schema reference of docs/content-schema.md, generated from the schemas' JSDoc and the schemas
 * themselves (`npm run docs:schema` writes it; a test keeps the page in step).
 *
 * @example renderSchemaReference(schemaDocs()) // '### Briefings\n\nFile: `briefings/<slug>.mdx` …'
 */
export function renderSchemaReference(docs: Record<string, SchemaDoc>): string {
  const lines: string[] = [];
  for (const collection of collections) {
    const schema = docs[collection.schema]!;
    lines.push(`### ${collection.title}`, '', `File: ${collection.where}.`, '', schema.summary, '', ...table(schema), '');
    if (schema.example) lines.push('```yaml', schema.example, '```', '');
  }
  for (const part of parts) {
    const schema = docs[part.schema]!;
    lines.push(`### ${part.title}`, '', `${schema.summary}${part.note ? ` ${part.note}` : ''}`, '', ...table(schema), '');
    if (schema.example) lines.push('```yaml', schema.example, '```', '');
  }
  const dates = [docs.partialDateSchema!, docs.isoDaySchema!];
  lines.push('### Dates', '', 'Write dates without quotes; they are kept as written, so an impossible day such as `2026-02-30` is an error rather than a different day.', '');
  for (const schema of dates) {
    const examples = schema.examples.map((example) => `\`${example.split('#')[0]!.trim()}\`${example.includes('#') ? ` (${example.split('#')[1]!.trim()})` : ''}`);
    lines.push(`- ${schema.summary} ${examples.length > 0 ? `Examples: ${examples.join(', ')}.` : ''}`.trim());
  }
  lines.push('');
  return lines.join('\n');
}
