import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchemaReference } from '../../src/check/renderSchemaReference';
import { allSchemas, schemaDocs } from '../../src/check/schemaDocs';
import { contentCollections } from '../../src/contentFiles/contentCollections';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const docs = schemaDocs(projectRoot);

describe('the schema reference in docs/content-schema.md', () => {
  it('matches the schemas and their JSDoc (run `npm run docs:schema` to update it)', () => {
    const page = readFileSync(path.join(projectRoot, 'docs/content-schema.md'), 'utf8');
    const start = page.indexOf('<!-- schema-reference:start');
    const end = page.indexOf('<!-- schema-reference:end -->');
    expect(start).toBeGreaterThan(-1);
    const section = page.slice(page.indexOf('-->', start) + 3, end).trim();
    expect(section).toBe(renderSchemaReference(docs).trim());
  });

  it('documents every field of every collection', () => {
    const names = Object.values(contentCollections).map((collection) => Object.entries(allSchemas).find(([, schema]) => schema === collection.schema)![0]);
    expect(names).toEqual(['briefingSchema', 'figureSchema', 'eventSchema', 'entitySchema', 'sourceSchema', 'topicSchema']);
    for (const name of [...names, 'citationSchema', 'keyJudgmentSchema']) {
      const schema = docs[name]!;
      expect(schema.fields.length, name).toBeGreaterThan(1);
      for (const field of schema.fields) expect(field.doc, `${name}.${field.path} has no JSDoc`).not.toBe('');
    }
  });
});

describe('a field one of a group must give', () => {
  it('is documented as "one of", not as optional: a figure needs period or asOf (issue 20)', () => {
    const fields = docs.figureSchema!.fields.filter((field) => field.path === 'period' || field.path === 'asOf');
    expect(fields.map((field) => [field.path, field.required, field.requiredOneOf])).toEqual([
      ['period', false, ['period', 'asOf']],
      ['asOf', false, ['period', 'asOf']],
    ]);
    // The period is a shared part (a figure's and an observation's), documented once under Period.
    expect(renderSchemaReference(docs)).toMatch(/^\| `period` \| period: `\{ from, to, label \}` \| one of `period` or `asOf` \|/m);
  });
});
