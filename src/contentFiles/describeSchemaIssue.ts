import type { z } from 'astro/zod';
import { closestMatch } from './closestMatch';

type Issue = z.core.$ZodIssue;

/**
 * Writes a schema path the way an author reads it in YAML: `keyJudgments[1].citations[0].paragraphs`.
 *
 * @example formatFieldPath(['keyJudgments', 1, 'citations', 0, 'paragraphs']) // "keyJudgments[1].citations[0].paragraphs"
 */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${String(segment)}` : String(segment)), '');
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of fields (name: value)',
  date: 'a date',
  tuple: 'a list',
};

/** How a value the author wrote reads in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value === '' ? 'empty text' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return `a mapping with ${Object.keys(value).map((key) => `"${key}"`).join(', ') || 'no fields'}`;
  return String(value);
}

// Zod's built-in messages start like this; a schema's own message (the usual case) is kept as written.
const builtInMessage = /^(Invalid input|Invalid option|Too small|Too big|Invalid string|Invalid (?:URL|url)|Unrecognized key)/;

/**
 * Turns one schema issue into a sentence that says what was expected and what was found, keeping a message
 * the schema itself gives. `input` is the value found (parse with `reportInput: true`).
 *
 * @example
 * describeSchemaIssue({ code: 'invalid_type', expected: 'number', input: '120 ships', path: ['value'], message: 'Invalid input: expected number, received string' })
 * // 'Expected a number, got "120 ships".'
 */
export function describeSchemaIssue(issue: Issue): string {
  const custom = builtInMessage.test(issue.message) ? undefined : issue.message.replace(/\.?$/, '');
  const input = 'input' in issue ? issue.input : undefined;
  const got = `got ${describeValue(input)}`;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return `Missing. ${custom ? `${custom}.` : `Expected ${typeNames[issue.expected] ?? issue.expected}.`}`;
      return `${custom ?? `Expected ${typeNames[issue.expected] ?? issue.expected}`}, ${got}.`;
    }
    case 'invalid_value': {
      if (custom) return `${custom}, ${got}.`;
      const values = issue.values.map((value) => String(value));
      const hint = typeof input === 'string' ? closestMatch(input, values) : undefined;
      return `Expected one of: ${values.join(', ')}; ${got}${hint ? ` — did you mean "${hint}"?` : '.'}`;
    }
    case 'too_small': {
      if (custom) return `${custom}, ${got}.`;
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? 'Expected some text, got empty text.' : `Expected at least ${minimum} characters, ${got}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Expected at least ${minimum} item${minimum === 1 ? '' : 's'}, ${got}.`;
      return `Expected ${issue.inclusive ? 'at least' : 'more than'} ${minimum}, ${got}.`;
    }
    case 'too_big': {
      if (custom) return `${custom}, ${got}.`;
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return `Expected at most ${maximum} characters, got ${typeof input === 'string' ? input.length : 'more'}.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Expected at most ${maximum} items, ${got}.`;
      return `Expected ${issue.inclusive ? 'at most' : 'less than'} ${maximum}, ${got}.`;
    }
    case 'invalid_format':
      return custom ? `${custom}, ${got}.` : `Expected ${issue.format === 'url' ? 'a web address (https://…)' : `text in ${issue.format} format`}, ${got}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((key) => `"${key}"`).join(', ')}.`;
    case 'invalid_union':
      return custom ? `${custom}, ${got}.` : `Expected an id (plain text such as my-entry-id), ${got}.`;
    default:
      return custom ? `${custom}.` : issue.message;
  }
}
