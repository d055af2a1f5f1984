import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { z } from 'astro/zod';

/** One field of a schema, documented from its JSDoc and described from the schema itself. */
export interface FieldDoc {
  /** Path in the YAML: `unit.singular`, `corrections[].wrote`. */
  path: string;
  /** The field's JSDoc, without tags. */
  doc: string;
  /** `@example` values from the JSDoc. */
  examples: string[];
  /** What the value must be, in words: `text, at most 100 characters`, `list of topic ids`. */
  type: string;
  required: boolean;
  /**
   * Fields of which one must be given, this one among them (`@requiredOneOf period, asOf` in its JSDoc): each is
   * optional on its own, and a refinement of the schema requires one.
   */
  requiredOneOf?: string[];
  /** The value used when the field is left out, as YAML. */
  defaultValue?: string;
  /** The name of a shared schema the field uses (`citationsSchema`), documented on its own. */
  uses?: string;
}

export interface SchemaDoc {
  /** The exported name: `figureSchema`. */
  name: string;
  /** The schema's JSDoc, without tags. */
  summary: string;
  /** Its first `@example`, when it has one. */
  example?: string;
  /** All its `@example`s. */
  examples: string[];
  fields: FieldDoc[];
}

type AnySchema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  defaultValue?: unknown;
  in?: AnySchema;
  out?: AnySchema;
  entries?: Record<string, unknown>;
  items?: AnySchema[];
  options?: AnySchema[];
  values?: unknown[];
  format?: string;
}
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** Shared schemas that fields use by name, and how a field that uses one reads. */
const namedTypes: Record<string, string> = {
  citationsSchema: 'list of citations',
  judgmentCitationsSchema: 'list of citations',
  partialDateSchema: 'date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`',
  isoDaySchema: 'day: `YYYY-MM-DD`',
  coordinatesSchema: '`{ lat, lon }`',
  keyJudgmentSchema: 'key judgment',
  observationSchema: 'observation',
  periodSchema: 'period: `{ from, to, label }`',
  sourceSectionSchema: 'section',
  digestLineSchema: '`{ text, attribution, by }`',
};
const singular = (collection: string) => collection.replace(/ies$/, 'y').replace(/s$/, '');

const rawText = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined) => (typeof comment === 'string' ? comment : (comment ?? []).map((part) => part.text).join(''));
const commentText = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined) => rawText(comment).replace(/\s+/g, ' ').trim();
/** An example keeps its lines: a YAML example is indented. */
const exampleText = (comment: string | ts.NodeArray<ts.JSDocComment> | undefined) => rawText(comment).replace(/^\s*\n|\s+$/g, '');

/** The JSDoc of a node: its text without tags, and its `@example`s. */
function jsDocOf(node: ts.Node): { doc: string; examples: string[]; requiredOneOf?: string[] } {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs.map((entry) => commentText(entry.comment)).filter(Boolean).join(' ');
  const tags = docs.flatMap((entry) => entry.tags ?? []);
  const examples = tags.filter((tag) => tag.tagName.text === 'example').map((tag) => exampleText(tag.comment));
  const oneOf = tags.find((tag) => tag.tagName.text === 'requiredOneOf');
  const requiredOneOf = oneOf ? commentText(oneOf.comment).split(/[\s,]+/).filter(Boolean) : undefined;
  return { doc, examples, ...(requiredOneOf && { requiredOneOf }) };
}

/** The first `z.object({…})` or `z.strictObject({…})` literal inside an expression, not looking into nested objects. */
function objectLiteralIn(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (ts.isCallExpression(node) && /^z\.(strictObject|object)$/.test(node.expression.getText().replace(/\s+/g, '')) && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0])) {
    return node.arguments[0];
  }
  return ts.forEachChild(node, objectLiteralIn);
}

interface AstField {
  name: string;
  doc: string;
  examples: string[];
  requiredOneOf?: string[];
  initializer: string;
  nested?: AstField[];
}

function fieldsOfLiteral(literal: ts.ObjectLiteralExpression): AstField[] {
  return literal.properties.filter(ts.isPropertyAssignment).map((property) => {
    const nestedLiteral = objectLiteralIn(property.initializer);
    return {
      name: property.name.getText(),
      ...jsDocOf(property),
      initializer: property.initializer.getText().replace(/\s+/g, ''),
      nested: nestedLiteral ? fieldsOfLiteral(nestedLiteral) : undefined,
    };
  });
}

/** Sees through optional and default, reporting them. */
function unwrap(schema: AnySchema): { inner: AnySchema; required: boolean; defaultValue?: unknown } {
  let inner = schema;
  let required = true;
  let defaultValue: unknown;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(inner);
    if (def.type === 'optional' && def.innerType) {
      required = false;
      inner = def.innerType;
    } else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      inner = def.innerType;
    } else break;
  }
  return { inner, required, defaultValue };
}

function describeType(schema: AnySchema, initializer: string, named: Map<AnySchema, string>): { type: string; uses?: string } {
  const reference = /^(z\.array\()?reference\('(\w+)'\)/.exec(initializer);
  if (reference) return { type: reference[1] ? `list of ${singular(reference[2]!)} ids` : `${singular(reference[2]!)} id` };
  const { inner } = unwrap(schema);
  const name = named.get(inner);
  if (name) return { type: namedTypes[name] ?? name, uses: name };
  const def = defOf(inner);
  const limit = (kind: 'min' | 'max') => /^z\.string\(/.test(initializer) || /^z\.number\(/.test(initializer) ? new RegExp(`\\.${kind}\\((-?[\\d.]+)`).exec(initializer)?.[1] : undefined;
  switch (def.type) {
    case 'string': {
      if (def.format === 'url') return { type: 'web address' };
      const max = limit('max');
      return { type: max ? `text, at most ${max} characters` : 'text' };
    }
    case 'number': {
      const whole = initializer.includes('.int()');
      const [min, max] = [limit('min'), limit('max')];
      const range = initializer.includes('.positive()') ? ', from 1' : min !== undefined && max !== undefined ? `, ${min} to ${max}` : '';
      return { type: `${whole ? 'whole number' : 'number'}${range}` };
    }
    case 'boolean':
      return { type: '`true` or `false`' };
    case 'enum':
      return { type: `one of ${Object.keys(def.entries ?? {}).map((value) => `\`${value}\``).join(', ')}` };
    case 'array': {
      const element = def.element ? describeType(def.element, initializer.replace(/^z\.array\(/, ''), named) : { type: 'value' };
      const plural =
        element.uses === 'keyJudgmentSchema'
          ? 'key judgments'
          : element.uses === 'sourceSectionSchema'
            ? 'sections'
            : element.uses === 'observationSchema'
              ? 'observations'
              : defOf(unwrap(def.element!).inner).type === 'object'
                ? 'mappings'
                : element.type.replace(/^(whole number|number)/, '$1s');
      return { type: `list of ${plural}`, uses: element.uses };
    }
    case 'tuple':
      return { type: `[${(def.items ?? []).map(() => 'number').join(', ')}]` };
    case 'object':
      return { type: 'mapping' };
    case 'literal':
      return { type: (def.values ?? []).map((value) => `\`${String(value)}\``).join(' or ') };
    case 'union': {
      const options = (def.options ?? []).map((option) => describeType(option, '', named));
      return { type: options.map((option) => option.type).join(' or '), ...(options.find((option) => option.uses) && { uses: options.find((option) => option.uses)!.uses }) };
    }
    case 'pipe':
      return def.out ? describeType(def.out, initializer, named) : { type: 'value' };
    default:
      return { type: def.type };
  }
}

/** An object schema with a transform after it (a figure turned into its headline form) documents its input object. */
function objectOf(schema: AnySchema): AnySchema {
  const inner = unwrap(schema).inner;
  const def = defOf(inner);
  return def.type === 'pipe' && def.in && defOf(def.in).type === 'object' ? def.in : inner;
}

function documentFields(schema: AnySchema, astFields: AstField[], named: Map<AnySchema, string>, prefix = ''): FieldDoc[] {
  const shape = defOf(objectOf(schema)).shape ?? {};
  return astFields.flatMap((field) => {
    const fieldSchema = shape[field.name];
    if (!fieldSchema) return [];
    const { required, defaultValue } = unwrap(fieldSchema);
    const path = `${prefix}${field.name}`;
    const own: FieldDoc = {
      path,
      doc: field.doc,
      examples: field.examples,
      ...describeType(fieldSchema, field.initializer, named),
      required,
      ...(field.requiredOneOf && { requiredOneOf: field.requiredOneOf }),
      ...(defaultValue !== undefined && { defaultValue: JSON.stringify(defaultValue) }),
    };
    if (!field.nested || own.uses) return [own];
    const inner = unwrap(fieldSchema).inner;
    const isList = defOf(inner).type === 'array';
    const objectSchema = isList ? defOf(inner).element! : inner;
    return [own, ...documentFields(objectSchema, field.nested, named, `${path}${isList ? '[]' : ''}.`)];
  });
}

/**
 * Documents schemas from their source: each field's JSDoc (the one place fields are described) with what the
 * value must be, whether it is required and its default, read from the schema itself. Feeds the content-schema
 * reference (docs/content-schema.md) and the comments of `npm run new`, so neither repeats the schemas.
 *
 * @example
 * readSchemaDocs({ figureSchema }, 'src/schemas').figureSchema.fields[0]
 * // { path: 'label', doc: 'A short noun phrase naming what is counted.', type: 'text', required: true, examples: [] }
 */
export function readSchemaDocs(schemas: Record<string, AnySchema>, schemaDir: string): Record<string, SchemaDoc> {
  const named = new Map(Object.entries(schemas).filter(([name]) => name in namedTypes).map(([name, schema]) => [schema, name]));
  const docs: Record<string, SchemaDoc> = {};
  for (const fileName of readdirSync(schemaDir).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(fileName, readFileSync(path.join(schemaDir, fileName), 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const name = declaration.name.getText();
        const schema = schemas[name];
        if (!schema || !declaration.initializer) continue;
        const { doc, examples } = jsDocOf(statement);
        const literal = objectLiteralIn(declaration.initializer);
        docs[name] = { name, summary: doc, example: examples[0], examples, fields: literal ? documentFields(schema, fieldsOfLiteral(literal), named) : [] };
      }
    }
  }
  return docs;
}
