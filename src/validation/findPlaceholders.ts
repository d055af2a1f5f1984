import type { ContentCollectionName } from '../contentFiles/contentCollections';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { formatFieldPath } from '../contentFiles/describeSchemaIssue';
import { visitTextFields } from './visitTextFields';

/** What `npm run new` writes where the author has to write something: its placeholders start with these words. */
export const placeholderOpening = /^Replace (with|this)\b/;

/**
 * The comment `npm run new` puts after a number it could only guess (`value: 0  # placeholder`): a real 0 is a
 * figure some sources give, so the 0 alone cannot tell the scaffold's from the author's.
 */
export const placeholderComment = '# placeholder';

/**
 * The dates `npm run new` can only guess (it writes today's), with what each should say instead. A wrong date
 * passes every other check, so the scaffold marks them with the placeholder comment too.
 */
const placeholderDates: Partial<Record<ContentCollectionName, Record<string, string>>> = {
  briefings: { date: 'the day the note is issued', asOf: 'the day the note’s information is current to' },
  events: { date: 'the day (or month or year) the event happened, as the source gives it' },
  figures: { asOf: 'the day the source’s number is current to' },
};

/** One entry as the check read it, enough to find its placeholders. */
export interface PlaceholderInput {
  collection: ContentCollectionName;
  file: string;
  /** The raw YAML data (front matter for briefings). */
  data: Record<string, unknown>;
  /** The file line of a field, given its path inside `data`. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The text of a file line, 1-based. */
  lineText(line: number): string;
  /**
   * Whether the placeholder comment is anywhere in the entry's YAML (true when not given): when it is not, no field
   * is located to read its line, which costs a parse of the YAML per entry.
   */
  holdsPlaceholderComment?: boolean;
  /** Prepended to field paths in messages (the id, for entries of a map file). */
  fieldPrefix: readonly PropertyKey[];
  /** The MDX file with its front matter blanked, for briefings. */
  mdxSource?: string;
}

const numberAt = (data: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);

/**
 * The scaffold's placeholders an entry still holds: text opening "Replace with…" (in any field, or a body
 * paragraph opening "Replace this paragraph"), a figure's `unit: unit`, a figure's `value: 0` still marked
 * `# placeholder`, a date still marked `# placeholder` (the scaffold writes today's), and a place at coordinates 0, 0. Each comes back located, with what to write instead; the
 * caller decides whether it is a problem (a published entry) or a line of what is left to fill in (a draft).
 *
 * @example
 * findPlaceholders({ collection: 'figures', file: 'figures/x.yaml', data: { unit: { singular: 'unit', plural: 'units' } }, … })
 * // [{ file: 'figures/x.yaml', line: 4, field: 'unit', message: 'Still the placeholder unit "unit" …' }]
 */
export function findPlaceholders(entry: PlaceholderInput): ContentProblem[] {
  const found: ContentProblem[] = [];
  const at = (fieldPath: PropertyKey[], message: string) =>
    found.push({ file: entry.file, line: entry.lineOf(fieldPath), field: formatFieldPath([...entry.fieldPrefix, ...fieldPath]), message });
  const markedAsPlaceholder = (fieldPath: PropertyKey[]) =>
    entry.holdsPlaceholderComment !== false && entry.lineText(entry.lineOf(fieldPath)).includes(placeholderComment);

  visitTextFields(entry.data, undefined, (text, fieldPath) => {
    const shown = text.trim().replace(/\.$/, '');
    if (placeholderOpening.test(shown)) at(fieldPath, `Still the placeholder "${shown.slice(0, 60)}${shown.length > 60 ? '…' : ''}". Expected your own text here.`);
  });
  if (entry.collection === 'figures') {
    const unit = entry.data.unit as Record<string, unknown> | undefined;
    if (unit?.singular === 'unit' && unit?.plural === 'units') {
      at(['unit'], 'Still the placeholder unit "unit". Expected what one of the things counted is, e.g. { singular: ship, plural: ships }.');
    }
    if (entry.data.value === 0 && markedAsPlaceholder(['value'])) {
      at(['value'], `Still the placeholder 0. Expected the number the source gives; if it really is 0, delete the "${placeholderComment}" comment.`);
    }
  }
  for (const [field, expected] of Object.entries(placeholderDates[entry.collection] ?? {})) {
    if (entry.data[field] !== undefined && markedAsPlaceholder([field])) {
      at([field], `Still the placeholder date, the day \`npm run new\` wrote the entry. Expected ${expected}; if it is right, delete the "${placeholderComment}" comment.`);
    }
  }
  if (entry.collection === 'entities' && numberAt(entry.data, 'coordinates', 'lat') === 0 && numberAt(entry.data, 'coordinates', 'lon') === 0) {
    at(['coordinates'], 'Still the placeholder coordinates 0, 0. Expected where the place is, e.g. { lat: 35.4, lon: 35.9 }.');
  }
  if (entry.mdxSource !== undefined) {
    entry.mdxSource.split('\n').forEach((line, index) => {
      if (placeholderOpening.test(line.trim())) {
        found.push({ file: entry.file, line: index + 1, field: 'body', message: `Still the placeholder paragraph "${line.trim().slice(0, 40)}…". Expected your own prose here.` });
      }
    });
  }
  return found;
}
