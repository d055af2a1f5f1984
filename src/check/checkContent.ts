import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readBookFile } from '../book/readBookFile';
import { readEnv } from '../config/env';
import { contentCollections, idFromFileName, type ContentCollectionName } from '../contentFiles/contentCollections';
import { resolveContentRoot } from '../contentFiles/contentRoot';
import { buildAliasIndex } from '../entities/buildAliasIndex';
import { closestMatch } from '../contentFiles/closestMatch';
import { calibrationOf, type CalibrationTable } from '../citations/calibration';
import { warnAttributionCues } from '../citations/attributionCues';
import { ContentValidationError, type ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';
import { displayPath } from '../contentFiles/displayPath';
import { describeSchemaIssue, formatFieldPath } from '../contentFiles/describeSchemaIssue';
import { fieldsOfSchemaAt } from '../contentFiles/fieldsOfSchemaAt';
import { locateYamlField } from '../contentFiles/locateYamlField';
import { parseYamlMap } from '../contentFiles/parseYamlMap';
import { parseYamlText } from '../contentFiles/parseYamlText';
import { splitFrontmatter } from '../contentFiles/splitFrontmatter';
import { validateCorpus, type PartialCorpus } from '../validation/validateCorpus';
import type { ZodType } from 'astro/zod';
import { explainMdxSyntaxError } from '../prose/explainMdxSyntaxError';
import { headlineText } from '../figures/observations';
import { findCopiedText, type PrintedText } from '../validation/findCopiedText';
import { findMisspelledNames } from '../validation/findMisspelledNames';
import type { TextEntry } from '../validation/textEntry';
import { findStrayContentFiles } from '../validation/findStrayContentFiles';
import { readFingerprints } from '../contentFiles/readFingerprints';
import { checkCorpusRules, checkFileText, checkProseTree, findSymlinks, readContentText } from '../validation/contentRules';
import type { MdastNode } from '../prose/walkMdast';
import { mdxTreeCache } from '../prose/mdxTreeCache';
import { findPlaceholders, placeholderComment } from '../validation/findPlaceholders';
import { isDraft } from '../schemas/draft';

export interface CheckOptions {
  /** Environment to read `BRIEFBOOK_CONTENT` from. */
  env?: NodeJS.ProcessEnv;
  /** Folder that paths in messages are relative to. */
  cwd?: string;
  /** Also run the editorial checks (spellings the site corrects, used outside quotes). */
  editorial?: boolean;
  /** The calibration table key judgments are held to; by default the book's own (its book.yaml's confidenceRules). */
  calibration?: Readonly<CalibrationTable>;
  /** The day dates are judged against (far-future dates are refused); today unless a test fixes it. */
  today?: Date;
}

export interface CheckResult {
  problems: ContentProblem[];
  /** What the author should look at but may leave (a reporting word beside a `stated` citation): printed, never fatal. */
  warnings: ContentProblem[];
  /** Entries read per collection, for the summary line. */
  counts: Partial<Record<ContentCollectionName, number>>;
  /** The entries that passed their schemas (all of them when there are no problems). */
  corpus?: Corpus;
  /** Every draft (`draft: true`), with the scaffold placeholders it still holds: what is left to fill in. */
  drafts: DraftEntry[];
}

/** An entry marked `draft: true`: checked like any other, left out of the built site. */
export interface DraftEntry {
  collection: ContentCollectionName;
  id: string;
  file: string;
  /** Its placeholders, located; a draft may hold them, a published entry may not. */
  toFill: ContentProblem[];
}

/** One parsed file or map entry, before and after its schema. */
interface ParsedEntry {
  collection: ContentCollectionName;
  id: string;
  file: string;
  /** The YAML text the data came from, and the file line its first line is on. */
  yamlText: string;
  yamlLineOffset: number;
  /** The path of the entry inside the YAML text (`[id]` for a map entry). */
  yamlPathPrefix: PropertyKey[];
  raw: unknown;
  data?: unknown;
  body?: string;
  bodyLine?: number;
  /** The whole MDX file with the front matter blanked, so that parse positions are file positions. */
  mdxSource?: string;
}

/**
 * Reads a field path as messages write it back into segments.
 *
 * @example parseFieldPath('keyJudgments[1].citations[0].paragraphs') // ['keyJudgments', 1, 'citations', 0, 'paragraphs']
 */
function parseFieldPath(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
}

type Issue = Parameters<typeof describeSchemaIssue>[0];

/**
 * One problem per schema issue, except that a misspelt field name is reported once, as the unknown field
 * with a hint, rather than also as the required field it was meant to be.
 */
function explainIssues(entry: ParsedEntry, issues: readonly Issue[], where: (fieldPath: readonly PropertyKey[]) => number): ContentProblem[] {
  const { schema } = contentCollections[entry.collection];
  const field = (fieldPath: readonly PropertyKey[]) => formatFieldPath([...entry.yamlPathPrefix, ...fieldPath]) || undefined;
  const missing = new Set(issues.filter((issue) => issue.code === 'invalid_type' && issue.input === undefined).map((issue) => formatFieldPath(issue.path)));
  const explained = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = fieldsOfSchemaAt(schema, issue.path) ?? [];
    for (const key of issue.keys) {
      const hint = closestMatch(key, known);
      const meant = hint ? formatFieldPath([...issue.path, hint]) : undefined;
      const isMissing = meant !== undefined && missing.has(meant);
      if (isMissing) explained.add(meant);
      problems.push({
        file: entry.file,
        line: where([...issue.path, key]),
        field: field([...issue.path, key]),
        message: `Unknown field${hint ? ` — did you mean "${hint}"${isMissing ? ', which is required' : ''}?` : '.'} Expected one of: ${known.join(', ')}.`,
      });
    }
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || explained.has(formatFieldPath(issue.path))) continue;
    problems.push({ file: entry.file, line: where(issue.path), field: field(issue.path), message: describeSchemaIssue(issue) });
  }
  return problems;
}

/** Every parsed entry's text, for the checks that read prose and text fields (spellings, copied text). */
function textEntriesOf(parsed: readonly ParsedEntry[], mdxTreeOf: ReturnType<typeof mdxTreeCache>): TextEntry[] {
  return parsed
    .filter((entry) => entry.raw !== null && typeof entry.raw === 'object' && !Array.isArray(entry.raw))
    .map((entry) => ({
      collection: entry.collection,
      file: entry.file,
      data: entry.raw as Record<string, unknown>,
      lineOf: (fieldPath) => entry.yamlLineOffset + locateYamlField(entry.yamlText, [...entry.yamlPathPrefix, ...fieldPath]),
      fieldPrefix: entry.yamlPathPrefix,
      mdxSource: entry.mdxSource,
      mdxTree: entry.mdxSource === undefined ? undefined : () => mdxTreeOf(entry, entry.mdxSource!),
    }));
}

/** What `<Entity />` and `<FigureValue />` print, once the content is valid enough to say. */
function printedTextOf(corpus: Corpus | undefined): PrintedText {
  if (!corpus) return () => '';
  const aliases = buildAliasIndex(corpus.entities);
  const entities = new Map(corpus.entities.map((entity) => [entity.id, entity.data]));
  const figures = new Map(corpus.figures.map((figure) => [figure.id, figure.data]));
  const sourceTitles = new Map(corpus.sources.map((source) => [source.id, source.data.shortTitle]));
  return (component, attributes) => {
    if (component === 'Entity') {
      const match = aliases.resolve(attributes.id ?? attributes.name ?? '');
      return (match && entities.get(match.entityId)?.name) ?? '';
    }
    const figure = component === 'FigureValue' && attributes.id ? figures.get(attributes.id) : undefined;
    return figure ? headlineText(figure, (id) => sourceTitles.get(id) ?? id) : '';
  };
}

/**
 * A source's digest has one line per paragraph, and the file marks them ¶1, ¶2…: a problem in one names the
 * paragraph, not the list position counted from 0.
 *
 * @example numberDigestLines({ file, field: 'digest[0]', message }) // { file, field: 'digest ¶1', message }
 */
function numberDigestLines(problem: ContentProblem): ContentProblem {
  const match = problem.field ? /^digest\[(\d+)\](.*)$/.exec(problem.field) : null;
  return match ? { ...problem, field: `digest ¶${Number(match[1]) + 1}${match[2]}` } : problem;
}

/**
 * The entries that failed their schemas, each with the fields that pass on their own: the cross-check then
 * also looks at their references and citations, so a bad date does not hide an unknown entity in the same file.
 */
async function partialCorpusOf(failed: readonly ParsedEntry[]): Promise<PartialCorpus> {
  const partial: PartialCorpus = { briefings: [], figures: [], events: [], entities: [], sources: [] };
  for (const entry of failed) {
    if (entry.collection === 'topics' || entry.raw === null || typeof entry.raw !== 'object' || Array.isArray(entry.raw)) continue;
    const shape = (contentCollections[entry.collection].schema as unknown as { shape?: Record<string, ZodType> }).shape ?? {};
    const data: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry.raw as Record<string, unknown>)) {
      const result = await shape[field]?.safeParseAsync(value);
      if (result?.success) data[field] = result.data;
    }
    const base = { id: entry.id, filePath: entry.file, data };
    if (entry.collection === 'briefings') partial.briefings.push({ ...base, body: entry.body ?? '', bodyLine: entry.bodyLine ?? 1 });
    else (partial[entry.collection] as Array<typeof base>).push(base);
  }
  return partial;
}

/** Problems in reading order: by file, then line (a problem of the whole file first). */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.file < b.problem.file ? -1 : a.problem.file > b.problem.file ? 1 : 0) || (a.problem.line ?? 0) - (b.problem.line ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

const linesBefore = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** How many lines from the top of an MDX file are front matter (0 without any). */
function yamlLinesOf(text: string): number {
  const frontmatter = splitFrontmatter(text);
  return frontmatter ? linesBefore(text, frontmatter.end) + 1 : 0;
}

/**
 * Validates a content root without building the site: every file against its collection's schema, then
 * every reference, citation and MDX component use across files (the checks the build runs), and MDX syntax.
 * With `editorial`, it also flags spellings the site corrects when they are used outside quotations.
 * Problems come back located by file, line and field; nothing is thrown for bad content.
 *
 * @example
 * const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: 'tests/fixtures/minimal' } });
 * // problems: []
 */
export async function checkContent({ env = process.env, cwd = process.cwd(), editorial = true, calibration, today = new Date() }: CheckOptions = {}): Promise<CheckResult> {
  let root: string;
  try {
    root = resolveContentRoot(env, cwd);
  } catch (error) {
    if (error instanceof ContentValidationError) return { problems: [...error.problems], warnings: [], counts: {}, drafts: [] };
    throw error;
  }
  const relative = (absolute: string) => displayPath(absolute, cwd);
  const problems: ContentProblem[] = [...findStrayContentFiles(root, cwd), ...findSymlinks(root, cwd)];
  const book = readBookFile(root, { cwd, marking: readEnv(env).marking });
  // A broken book.yaml is reported with everything else, not instead of it: it holds no entry others refer to.
  const bookProblems = book.ok ? [] : book.problems;
  // The rules the book's own book.yaml sets, unless the caller gives its own; the build reads the same file.
  const rules = calibration ?? (book.ok ? calibrationOf(book.book) : undefined);
  const parsed: ParsedEntry[] = [];
  const mdxTreeOf = mdxTreeCache();
  const warnings: ContentProblem[] = [];
  const counts: CheckResult['counts'] = {};
  /** The id of every entry found, whether or not its file could be read and passed its schema. */
  const foundIds = Object.fromEntries(Object.keys(contentCollections).map((name) => [name, [] as string[]])) as Record<ContentCollectionName, string[]>;
  let corpus: Corpus | undefined;

  for (const [name, collection] of Object.entries(contentCollections) as [ContentCollectionName, (typeof contentCollections)[ContentCollectionName]][]) {
    if (collection.layout === 'map') {
      const absolute = path.join(root, collection.file);
      const file = relative(absolute);
      const read = readContentText(absolute, file);
      const textProblems = read.ok ? checkFileText(file, read.text, Infinity) : [read.problem];
      if (!read.ok || textProblems.length > 0) {
        problems.push(...textProblems);
        continue;
      }
      const { text } = read;
      const map = parseYamlMap(text);
      if (!map.ok) {
        problems.push({ file, line: map.line, message: map.message });
        // The ids are still there to read off the left margin, so references to them are not also "unknown".
        foundIds[name].push(...[...text.matchAll(/^([A-Za-z0-9][\w-]*):/gm)].map((match) => match[1]!));
        continue;
      }
      for (const [id, raw] of Object.entries(map.entries)) {
        foundIds[name].push(id);
        parsed.push({ collection: name, id, file, yamlText: text, yamlLineOffset: 0, yamlPathPrefix: [id], raw });
      }
      counts[name] = Object.keys(map.entries).length;
      continue;
    }
    const folder = path.join(root, collection.folder);
    const fileNames = existsSync(folder)
      ? readdirSync(folder, { withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith(collection.extension) && !entry.name.startsWith('.'))
          .map((entry) => entry.name)
          .sort()
      : [];
    counts[name] = fileNames.length;
    foundIds[name].push(...fileNames.map(idFromFileName));
    for (const fileName of fileNames) {
      const absolute = path.join(folder, fileName);
      const file = relative(absolute);
      const read = readContentText(absolute, file);
      const textProblems = !read.ok
        ? [read.problem]
        : checkFileText(file, read.text, collection.extension === '.yaml' ? Infinity : yamlLinesOf(read.text));
      if (!read.ok || textProblems.length > 0) {
        problems.push(...textProblems);
        continue;
      }
      const { text } = read;
      const id = idFromFileName(fileName);
      if (collection.extension === '.yaml') {
        const yaml = parseYamlText(text);
        if (!yaml.ok) problems.push({ file, line: yaml.line, message: yaml.message });
        else parsed.push({ collection: name, id, file, yamlText: text, yamlLineOffset: 0, yamlPathPrefix: [], raw: yaml.data ?? {} });
        continue;
      }
      const frontmatter = splitFrontmatter(text);
      if (!frontmatter) {
        problems.push({ file, line: 1, message: 'Missing front matter. Expected the file to start with a --- line, the fields (title, date, …), and another --- line.' });
        continue;
      }
      const { yamlLineOffset, blanked: mdxSource } = frontmatter;
      const yaml = parseYamlText(frontmatter.yaml);
      const rest = text.slice(frontmatter.end);
      const body = rest.trim();
      const bodyLine = linesBefore(text, frontmatter.end + rest.indexOf(body)) + 1;
      if (!yaml.ok) {
        problems.push({ file, line: yaml.line + yamlLineOffset, message: yaml.message.replace('YAML syntax error', 'YAML syntax error in the front matter') });
        continue;
      }
      parsed.push({ collection: name, id, file, yamlText: frontmatter.yaml, yamlLineOffset, yamlPathPrefix: [], raw: yaml.data ?? {}, body, bodyLine, mdxSource });
    }
  }

  for (const entry of parsed) {
    const { schema } = contentCollections[entry.collection];
    const where = (fieldPath: readonly PropertyKey[]) => entry.yamlLineOffset + locateYamlField(entry.yamlText, [...entry.yamlPathPrefix, ...fieldPath]);
    if (entry.raw === null || typeof entry.raw !== 'object' || Array.isArray(entry.raw)) {
      problems.push({ file: entry.file, line: where([]), field: entry.yamlPathPrefix.length ? String(entry.id) : undefined, message: `Expected a mapping of fields (name: value), got ${Array.isArray(entry.raw) ? 'a list' : typeof entry.raw}.` });
      continue;
    }
    const result = await schema.safeParseAsync(entry.raw, { reportInput: true });
    if (result.success) entry.data = result.data;
    else problems.push(...explainIssues(entry, result.error.issues, where));
    if (entry.mdxSource !== undefined) {
      try {
        problems.push(...checkProseTree(entry.file, mdxTreeOf(entry, entry.mdxSource) as MdastNode));
      } catch (error) {
        const message = (error as Error).message;
        const position = /^(\d+):(\d+):\s*/.exec(message);
        const line = position ? Number(position[1]) : (entry.bodyLine ?? 1);
        problems.push({ file: entry.file, line, message: explainMdxSyntaxError(message, entry.mdxSource, line, position ? Number(position[2]) : 1) });
      }
    }
  }

  // Every rule runs in this one pass, over the entries that passed their schemas: a schema error in one file
  // must not hide an unknown reference, a citation or a confidence problem in another until it is fixed. An
  // entry that failed (or could not be read) still exists, so a reference to it is not also called unknown.
  const validated = parsed.filter((entry) => entry.data !== undefined);
  const entriesOf = (name: ContentCollectionName) => validated.filter((entry) => entry.collection === name);
  const plain = (name: ContentCollectionName) => entriesOf(name).map(({ id, file, data }) => ({ id, filePath: file, data }));
  corpus = {
    briefings: entriesOf('briefings').map(({ id, file, data, body, bodyLine }) => ({ id, filePath: file, data, body: body ?? '', bodyLine: bodyLine ?? 1 })),
    figures: plain('figures'),
    events: plain('events'),
    entities: plain('entities'),
    sources: plain('sources'),
    topics: plain('topics'),
  } as Corpus;
  const unvalidated = Object.fromEntries(
    (Object.keys(contentCollections) as ContentCollectionName[]).map((name) => [name, new Set(foundIds[name].filter((id) => !corpus![name].some((entry) => entry.id === id)))]),
  ) as Record<ContentCollectionName, Set<string>>;
  const partial = await partialCorpusOf(parsed.filter((entry) => entry.data === undefined));
  const fileEntries = new Map(parsed.filter((entry) => entry.yamlPathPrefix.length === 0).map((entry) => [entry.file, entry]));
  // Cross-reference problems name a field; point at its line too.
  const withLine = (problem: ContentProblem): ContentProblem => {
    const entry = fileEntries.get(problem.file);
    const fieldPath = problem.field && !problem.field.startsWith('<') ? parseFieldPath(problem.field) : undefined;
    return problem.line === undefined && entry && fieldPath ? { ...problem, line: entry.yamlLineOffset + locateYamlField(entry.yamlText, fieldPath) } : problem;
  };
  problems.push(...[...validateCorpus(corpus, { contentRoot: relative(root), calibration: rules, unvalidated, partial }), ...checkCorpusRules(corpus, today)].map(withLine));
  warnings.push(...warnAttributionCues(corpus).map(withLine));
  if (editorial) problems.push(...findMisspelledNames(textEntriesOf(parsed, mdxTreeOf), corpus.entities));

  // The scaffold's placeholders are what a draft has left to fill in, and a problem in anything published.
  const drafts: DraftEntry[] = [];
  for (const entry of parsed) {
    if (entry.raw === null || typeof entry.raw !== 'object' || Array.isArray(entry.raw)) continue;
    const yamlLines = entry.yamlText.split('\n');
    const placeholders = findPlaceholders({
      collection: entry.collection,
      file: entry.file,
      data: entry.raw as Record<string, unknown>,
      lineOf: (fieldPath) => entry.yamlLineOffset + locateYamlField(entry.yamlText, [...entry.yamlPathPrefix, ...fieldPath]),
      lineText: (line) => yamlLines[line - 1 - entry.yamlLineOffset] ?? '',
      holdsPlaceholderComment: entry.yamlText.includes(placeholderComment),
      fieldPrefix: entry.yamlPathPrefix,
      mdxSource: entry.mdxSource,
    });
    if (isDraft(entry.raw)) drafts.push({ collection: entry.collection, id: entry.id, file: entry.file, toFill: sortProblems(placeholders) });
    else problems.push(...placeholders.map((problem) => ({ ...problem, message: `${problem.message} Or keep the entry out of the site with draft: true until it is done.` })));
  }

  // Copied text is checked on every build, not only as an editorial pass: it is a rule of the content.
  const { fingerprints, problems: fingerprintProblems } = readFingerprints(root, cwd);
  problems.push(...fingerprintProblems, ...findCopiedText(textEntriesOf(parsed, mdxTreeOf), fingerprints, printedTextOf(corpus)));

  return { problems: sortProblems([...bookProblems, ...problems].map(numberDigestLines)), warnings: sortProblems(warnings.map(numberDigestLines)), counts, corpus, drafts };
}
