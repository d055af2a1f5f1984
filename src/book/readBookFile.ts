import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { closestMatch } from '../contentFiles/closestMatch';
import { describeSchemaIssue, formatFieldPath } from '../contentFiles/describeSchemaIssue';
import { displayPath } from '../contentFiles/displayPath';
import { locateYamlField } from '../contentFiles/locateYamlField';
import { parseYamlText } from '../contentFiles/parseYamlText';
import { bookSchema, type BookData } from '../schemas/book';
import { atlasCountryNames } from './atlasCountryNames';
import { suggestCountries } from './suggestCountries';

/** The book file's name at the root of every content folder. */
export const bookFile = 'book.yaml';

/** The book's identity as the site uses it: book.yaml with its defaults, and the marking the build applies. */
export type Book = BookData;

export type BookFileResult = { ok: true; book: Book } | { ok: false; problems: ContentProblem[] };

/**
 * Reads and validates `book.yaml` in a content root: its YAML, its fields against the book schema, and its
 * `mapFocus` against the basemap's country names. `marking` (BRIEFBOOK_MARKING) replaces the book's marking.
 * Problems name the file (relative to `cwd`), the line and the field, and what was expected.
 *
 * @example
 * readBookFile('tests/fixtures/minimal') // { ok: true, book: { title: 'Northport harbour', lang: 'en', … } }
 */
export function readBookFile(contentRoot: string, { cwd = process.cwd(), marking }: { cwd?: string; marking?: string } = {}): BookFileResult {
  const absolute = path.join(contentRoot, bookFile);
  const file = displayPath(absolute, cwd);
  const fail = (problem: Omit<ContentProblem, 'file'>): BookFileResult => ({ ok: false, problems: [{ file, ...problem }] });
  if (!existsSync(absolute)) {
    return fail({ message: `Missing: every content folder needs a ${bookFile} giving the book's identity. Expected at least "title:" and "description:" lines (\`npm run new -- book <folder> "Title"\` writes one).` });
  }
  const text = readFileSync(absolute, 'utf8');
  const yaml = parseYamlText(text);
  if (!yaml.ok) return fail({ line: yaml.line, message: yaml.message });
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    return fail({ line: 1, message: `Expected a mapping of fields (title: …, description: …), got ${Array.isArray(yaml.data) ? 'a list' : yaml.data === null ? 'an empty file' : typeof yaml.data}.` });
  }
  const result = bookSchema.safeParse(yaml.data, { reportInput: true });
  if (!result.success) {
    const known = Object.keys(bookSchema.shape);
    const problems = result.error.issues.flatMap((issue): ContentProblem[] => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
          const hint = closestMatch(key, known);
          return { file, line: locateYamlField(text, [key]), field: key, message: `Unknown field${hint ? ` — did you mean "${hint}"?` : '.'} Expected one of: ${known.join(', ')}.` };
        });
      }
      return [{ file, line: locateYamlField(text, issue.path), field: formatFieldPath(issue.path) || undefined, message: describeSchemaIssue(issue) }];
    });
    return { ok: false, problems };
  }
  const book = { ...result.data, ...(marking ? { marking } : {}) };
  const unknownFocus = book.mapFocus === undefined ? undefined : checkMapFocus(book.mapFocus);
  if (unknownFocus) return fail({ line: locateYamlField(text, ['mapFocus']), field: 'mapFocus', message: unknownFocus });
  return { ok: true, book };
}

/**
 * Why a map focus cannot be used, with the basemap's close matches, or undefined when the basemap has it.
 *
 * @example checkMapFocus('Norwey') // 'No country called "Norwey" on the basemap. Close matches: Norway. Expected …'
 */
export function checkMapFocus(name: string): string | undefined {
  if (atlasCountryNames().includes(name)) return undefined;
  const close = suggestCountries(name, atlasCountryNames());
  return `No country called "${name}" on the basemap.${close.length ? ` Close matches: ${close.join(', ')}.` : ''} Expected a country as world-atlas (Natural Earth) names it, e.g. Norway, or leave mapFocus out to fit the maps to the book's places.`;
}
