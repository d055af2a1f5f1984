import type { EntityData } from '../schemas/entity';
import { buildAliasIndex, namesOf } from '../entities/buildAliasIndex';
import { normalizeName } from '../entities/normalizeName';
import { closestMatch } from '../contentFiles/closestMatch';
import { checkConfidence } from '../citations/confidenceRules';
import { checkSourceMarkers } from '../citations/sourceMarkers';
import { checkCredibility } from '../citations/checkCredibility';
import { defaultCalibration, type CalibrationTable } from '../citations/calibration';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { collectionLocation, contentCollections, type ContentCollectionName } from '../contentFiles/contentCollections';
import type { BriefingEntry, Corpus, CorpusEntry } from '../corpus/corpus';
import { mdxComponentContracts } from './mdxComponentContracts';
import { splitIdList, type AttributeContract, type NamedCollection } from '../prose/componentContract';
import { resolveCitationSource } from '../citations/resolveCitationSource';
import { checkObservationDates } from './checkObservationDates';
import { checkIdList } from './checkIdList';
import { blankCodeSpans, isNumberOrNumbers, scanMdxComponents, type AttributeValue } from '../prose/scanMdxComponents';
import { isDraft } from '../schemas/draft';

interface Citation {
  source: { id: string };
  paragraphs: number[];
}

/** The collection whose ids an attribute of each named kind holds. */
const collectionNamed: Record<NamedCollection, ContentCollectionName> = { entity: 'entities', figure: 'figures', event: 'events', topic: 'topics', briefing: 'briefings' };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function describe(value: AttributeValue): string {
  return typeof value === 'object' && !Array.isArray(value) ? `{${value.expression}}` : JSON.stringify(value);
}

export interface ValidateCorpusOptions {
  contentRoot: string;
  calibration?: Readonly<CalibrationTable>;
  /**
   * Ids of entries that exist but are not in the corpus because their own file failed (a schema error, a YAML
   * syntax error). A reference to one is not "unknown": its file's problem is reported there, and the rest of the
   * book is still checked in the same run.
   */
  unvalidated?: Partial<Record<ContentCollectionName, ReadonlySet<string>>>;
  /**
   * The fields that did pass of entries that failed their schemas (a bad date beside an unknown entity): their
   * references and citations are checked too, so both problems come out of one run. Rules that need a whole
   * entry (names, reading order, confidence) leave them alone.
   */
  partial?: PartialCorpus;
}

type Loose<T> = { [K in keyof T]?: T[K] };

/** Entries that failed their schemas, with the fields that passed on their own. */
export interface PartialCorpus {
  briefings: Array<Omit<BriefingEntry, 'data'> & { data: Loose<BriefingEntry['data']> }>;
  figures: Array<CorpusEntry<Loose<Corpus['figures'][number]['data']>>>;
  events: Array<CorpusEntry<Loose<Corpus['events'][number]['data']>>>;
  entities: Array<CorpusEntry<Loose<Corpus['entities'][number]['data']>>>;
  sources: Array<CorpusEntry<Loose<Corpus['sources'][number]['data']>>>;
}

/**
 * Checks what a schema cannot see on its own: that every reference and citation points at something that
 * exists, that names are unambiguous, and that the components used in prose are known and well-formed.
 * Returns every problem found rather than stopping at the first, so one build reports them all. Drafts
 * (`draft: true`) are checked like every entry, and a published entry that refers to a draft is a problem
 * naming both: the build leaves drafts out, so the reference would point at nothing.
 *
 * @example
 * validateCorpus(corpus, { contentRoot: 'content' })
 * // [{ file: 'content/briefings/x.mdx', line: 12, field: '<Cite p>', message: 'Paragraph 17 does not exist …' }]
 */
export function validateCorpus(
  corpus: Corpus,
  { contentRoot, calibration = defaultCalibration, unvalidated = {}, partial }: ValidateCorpusOptions,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = Object.fromEntries(
    (Object.keys(corpus) as ContentCollectionName[]).map((name) => [name, new Set([...corpus[name].map((entry) => entry.id), ...(unvalidated[name] ?? [])])]),
  ) as Record<ContentCollectionName, Set<string>>;
  const drafts = draftsOf(corpus);
  const draftFiles = new Set(Object.values(drafts).flatMap((byId) => [...byId.values()]));
  const paragraphCounts = new Map(corpus.sources.map((source) => [source.id, source.data.paragraphCount]));
  const figureUnits = new Map(corpus.figures.map((figure) => [figure.id, figure.data.currency ? `${figure.data.currency} amounts` : figure.data.unit.plural]));

  // An empty collection is allowed: a new book (`npm run new -- book`) starts with none, and builds. A content
  // folder given by mistake is caught earlier, by its missing book.yaml.
  for (const name of Object.keys(contentCollections) as ContentCollectionName[]) {
    for (const entry of corpus[name]) {
      if (name !== 'topics' && !slugPattern.test(entry.id)) {
        problems.push({
          file: entry.filePath,
          message: `The file name "${entry.id}" is used as the id in URLs and references. Expected lower-case letters and digits joined by hyphens, e.g. ships-registered.`,
        });
      }
    }
  }

  function checkReference(file: string, field: string, collection: ContentCollectionName, id: string | undefined) {
    if (id !== undefined && ids[collection].has(id)) {
      const draftMessage = draftReference(file, collection, id);
      if (draftMessage) problems.push({ file, field, message: draftMessage });
    }
    if (id === undefined || ids[collection].has(id)) return;
    const hint = closestMatch(id, ids[collection]);
    problems.push({
      file,
      field,
      message: `Unknown ${collection.replace(/s$/, '').replace(/ie$/, 'y')} "${id}". Expected the id of a file in ${contentRoot}/${collectionLocation(collection)}${hint ? ` — did you mean "${hint}"?` : '.'}`,
    });
  }

  /** What is wrong when a published entry (in `file`) names a draft, or undefined when it is not that. */
  function draftReference(file: string, collection: ContentCollectionName, id: string): string | undefined {
    const draftFile = drafts[collection].get(id);
    if (draftFile === undefined || draftFiles.has(file)) return undefined;
    return `Refers to ${singular(collection)} "${id}", which is a draft (${draftFile} has draft: true) and is left out of the built site. Expected published content to point only at published entries: publish "${id}" (delete its draft line) or mark this entry draft: true too.`;
  }

  function checkParagraphs(file: string, field: string, sourceId: string, paragraphs: readonly number[], line?: number) {
    const count = paragraphCounts.get(sourceId);
    if (count === undefined) return;
    for (const paragraph of paragraphs) {
      if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > count) {
        problems.push({
          file,
          field,
          line,
          message: `Paragraph ${paragraph} does not exist in source "${sourceId}". Expected a whole number from 1 to ${count}.`,
        });
      }
    }
  }

  function checkCitations(file: string, field: string, citations: readonly Citation[], allowedSources?: readonly string[]) {
    citations.forEach((citation, index) => {
      const where = `${field}[${index}]`;
      checkReference(file, `${where}.source`, 'sources', citation.source.id);
      if (allowedSources && ids.sources.has(citation.source.id) && !allowedSources.includes(citation.source.id)) {
        problems.push({
          file,
          field: `${where}.source`,
          message: `Cites source "${citation.source.id}", which the briefing does not list. Expected it in \`sources\` (${allowedSources.join(', ')}).`,
        });
      }
      checkParagraphs(file, `${where}.paragraphs`, citation.source.id, citation.paragraphs);
    });
  }

  for (const { id, filePath, data } of [...corpus.sources, ...(partial?.sources ?? [])]) {
    (data.corrections ?? []).forEach((correction, index) => {
      checkReference(filePath, `corrections[${index}].meant`, 'entities', correction.meant.id);
      checkParagraphs(filePath, `corrections[${index}].paragraphs`, id, correction.paragraphs);
    });
  }

  const publishedOn = new Map(corpus.sources.map((source) => [source.id, source.data.published]));
  for (const figure of [...corpus.figures, ...(partial?.figures ?? [])]) {
    const { filePath, data } = figure;
    // A figure kept as observations has its citations in each one, where their lines are.
    if (!data.observations) checkCitations(filePath, 'citations', data.citations ?? []);
    data.observations?.forEach((observation, index) => checkCitations(filePath, `observations[${index}].citations`, observation.citations ?? []));
    problems.push(...checkObservationDates(figure, publishedOn));
  }

  for (const { filePath, data } of [...corpus.events, ...(partial?.events ?? [])]) {
    checkReference(filePath, 'topic', 'topics', data.topic?.id);
    (data.entities ?? []).forEach((entity, index) => checkReference(filePath, `entities[${index}]`, 'entities', entity.id));
    checkCitations(filePath, 'citations', data.citations ?? []);
  }

  for (const { filePath, data } of [...corpus.entities, ...(partial?.entities ?? [])]) {
    checkReference(filePath, 'partOf', 'entities', data.partOf?.id);
    checkReference(filePath, 'operator', 'entities', data.operator?.id);
    checkCitations(filePath, 'citations', data.citations ?? []);
    if (data.status) checkCitations(filePath, 'status.citations', data.status.citations);
  }

  const aliasIndex = buildAliasIndex(corpus.entities);
  const entityFiles = new Map(corpus.entities.map((entity) => [entity.id, entity.filePath]));
  const entityData = new Map(corpus.entities.map((entity) => [entity.id, entity.data]));
  for (const conflict of aliasIndex.conflicts) {
    problems.push({
      file: entityFiles.get(conflict.entityIds[1])!,
      field: fieldNaming(conflict.entityIds[1], entityData.get(conflict.entityIds[1])!, conflict.name),
      message: `The name "${conflict.name}" also belongs to "${conflict.entityIds[0]}" (${entityFiles.get(conflict.entityIds[0])}). Expected every name, alias and spelling to point to one entity only.`,
    });
  }

  const byOrder = new Map<number, string>();
  for (const briefing of corpus.briefings) {
    const { filePath, data } = briefing;
    const previous = byOrder.get(data.order);
    if (previous) {
      problems.push({
        file: filePath,
        field: 'order',
        message: `Order ${data.order} is already taken by ${previous}. Expected each briefing to have its own place in the reading order.`,
      });
    }
    byOrder.set(data.order, filePath);
  }
  for (const briefing of [...corpus.briefings, ...(partial?.briefings ?? [])]) {
    const { filePath, data } = briefing;
    const sourceIds = (data.sources ?? []).map((source) => source.id);
    (data.sources ?? []).forEach((source, index) => checkReference(filePath, `sources[${index}]`, 'sources', source.id));
    (data.topics ?? []).forEach((topic, index) => checkReference(filePath, `topics[${index}]`, 'topics', topic.id));
    (data.entities ?? []).forEach((entity, index) => checkReference(filePath, `entities[${index}]`, 'entities', entity.id));
    (data.events ?? []).forEach((event, index) => checkReference(filePath, `events[${index}]`, 'events', event.id));
    (data.figures ?? []).forEach((figure, index) => checkReference(filePath, `figures[${index}]`, 'figures', figure.id));
    (data.keyJudgments ?? []).forEach((judgment, index) =>
      checkCitations(filePath, `keyJudgments[${index}].citations`, judgment.citations, sourceIds),
    );
    problems.push(...validateProse({ ...briefing, data: { ...briefing.data, sources: data.sources ?? [] } }, { ids, figureUnits, aliasIndex, paragraphCounts, contentRoot, draftReference }));
  }
  problems.push(...checkConfidence(corpus, calibration));
  problems.push(...checkSourceMarkers(corpus.sources));
  problems.push(...checkCredibility(corpus));

  return problems;
}

const nameFields = { name: 'name', shortName: 'shortName', alias: 'aliases', variantSpelling: 'variantSpellings', otherName: 'otherNames' } as const;

/** The field of an entity that holds a given name (`aliases[1]`), so a clash can point at its line. */
function fieldNaming(id: string, data: EntityData, name: string): string | undefined {
  const wanted = normalizeName(name);
  const counters = new Map<string, number>();
  for (const entry of namesOf(id, data)) {
    if (entry.kind === 'id') continue;
    const field = nameFields[entry.kind];
    const index = counters.get(field) ?? 0;
    counters.set(field, index + 1);
    if (normalizeName(entry.name) === wanted) return field === 'name' || field === 'shortName' ? field : `${field}[${index}]`;
  }
  return undefined;
}

/**
 * Raw HTML that has no place in a briefing: it would run code, pull in other pages or restyle the site, and the
 * Content-Security-Policy would block most of it anyway. Prose uses Markdown and the Briefbook components.
 */
const forbiddenElement = /<(script|style|iframe|frame|object|embed|link|meta|base|form|input|button|textarea|select)\b/gi;
const forbiddenAttribute = /<[A-Za-z][\w.-]*\b[^>]*?\s(on[a-z]+|style|srcdoc)\s*=/g;

const singular = (collection: ContentCollectionName) => collection.replace(/ies$/, 'y').replace(/s$/, '');

/** The draft entries of each collection, id → file. */
function draftsOf(corpus: Corpus): Record<ContentCollectionName, Map<string, string>> {
  return Object.fromEntries(
    (Object.keys(corpus) as ContentCollectionName[]).map((name) => [
      name,
      new Map(corpus[name].filter((entry) => isDraft(entry.data)).map((entry) => [entry.id, entry.filePath])),
    ]),
  ) as Record<ContentCollectionName, Map<string, string>>;
}

interface ProseContext {
  ids: Record<ContentCollectionName, Set<string>>;
  /** Each figure's unit in words ("calls", "US dollars"), for charts that put figures on one scale. */
  figureUnits: Map<string, string>;
  /** The problem when the note (by file) names a draft; undefined otherwise. */
  draftReference: (file: string, collection: ContentCollectionName, id: string) => string | undefined;
  aliasIndex: ReturnType<typeof buildAliasIndex>;
  paragraphCounts: Map<string, number>;
  contentRoot: string;
}

function validateProse(briefing: Pick<BriefingEntry, 'filePath' | 'body' | 'bodyLine'> & { data: Pick<BriefingEntry['data'], 'sources'> }, { ids, figureUnits, aliasIndex, paragraphCounts, contentRoot, draftReference }: ProseContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = briefing.filePath;
  const sourceIds = briefing.data.sources.map((source) => source.id);
  const known = Object.keys(mdxComponentContracts);

  // Quoted attribute values are blanked too: a "<script>" inside an href is the unsafe link's problem, not raw HTML.
  const code = blankCodeSpans(briefing.body).replace(/=\s*("[^"\n]*"|'[^'\n]*')/g, (match) => match.replace(/[^\n=]/g, ' '));
  const lineAt = (index: number) => briefing.bodyLine + code.slice(0, index).split('\n').length - 1;
  for (const match of code.matchAll(forbiddenElement)) {
    problems.push({
      file,
      line: lineAt(match.index),
      field: `<${match[1]!.toLowerCase()}>`,
      message: `Raw HTML <${match[1]!.toLowerCase()}> is not allowed in briefing prose. Expected Markdown and the Briefbook components (${known.map((name) => `<${name}>`).join(', ')}).`,
    });
  }
  for (const match of code.matchAll(forbiddenAttribute)) {
    problems.push({
      file,
      line: lineAt(match.index),
      field: match[1]!,
      message: `The attribute ${match[1]}="…" is not allowed in briefing prose: scripts and inline styles are blocked by the site's Content-Security-Policy. Expected plain Markdown and component attributes.`,
    });
  }

  /** A reference in an attribute that resolves, but to a draft. */
  const draftNamedBy = (rule: AttributeContract, value: AttributeValue): string | undefined => {
    if (typeof value !== 'string') return undefined;
    if (rule.kind !== 'entity' && rule.kind !== 'figure' && rule.kind !== 'event' && rule.kind !== 'topic' && rule.kind !== 'briefing') return undefined;
    const collection = collectionNamed[rule.kind];
    const named = rule.list ? splitIdList(value) : [rule.kind === 'entity' ? (aliasIndex.resolve(value)?.entityId ?? value) : value];
    return named.map((id) => draftReference(file, collection, id)).find(Boolean);
  };

  for (const usage of scanMdxComponents(briefing.body)) {
    const line = briefing.bodyLine + usage.line - 1;
    const contract = mdxComponentContracts[usage.name];
    const report = (attribute: string | undefined, message: string) =>
      problems.push({ file, line, field: attribute ? `<${usage.name} ${attribute}>` : `<${usage.name}>`, message });
    if (!contract) {
      const hint = closestMatch(usage.name, known);
      report(undefined, `Unknown component. Expected one of ${known.map((name) => `<${name}>`).join(', ')}${hint ? ` — did you mean <${hint}>?` : '.'}`);
      continue;
    }
    for (const attribute of Object.keys(usage.attributes)) {
      if (!(attribute in contract.attributes)) {
        report(attribute, `Unknown attribute. Expected ${Object.keys(contract.attributes).join(', ')}; usage: ${contract.usage}`);
      }
    }
    for (const [attribute, rule] of Object.entries(contract.attributes)) {
      if (rule.required && !(attribute in usage.attributes)) report(attribute, `Missing. Usage: ${contract.usage}`);
    }
    for (const problem of contract.crossCheck?.(usage.attributes) ?? []) report(problem.attribute, problem.message);
    for (const group of contract.oneOf ?? []) {
      const given = group.filter((attribute) => attribute in usage.attributes);
      if (given.length !== 1) report(group.join('|'), `Expected exactly one of ${group.join(', ')}. Usage: ${contract.usage}`);
    }

    const explicitSource = usage.attributes.source;

    let sourceId: string | undefined;
    if (explicitSource !== undefined && typeof explicitSource !== 'string') {
      report('source', `Expected a source id in quotes, got ${describe(explicitSource)}.`);
    } else if (explicitSource !== undefined || 'p' in usage.attributes || 'basis' in usage.attributes) {
      const resolved = resolveCitationSource(explicitSource, sourceIds);
      if (resolved.problem !== undefined) report('source', resolved.problem);
      else sourceId = resolved.sourceId;
    }

    for (const [attribute, value] of Object.entries(usage.attributes)) {
      const rule = contract.attributes[attribute];
      if (!rule) continue;
      const message = checkAttribute(rule, value, { ids, figureUnits, aliasIndex, contentRoot }) ?? draftNamedBy(rule, value);
      if (message) report(attribute, message);
      if (rule.kind === 'paragraphs' && sourceId && isNumberOrNumbers(value)) {
        const count = paragraphCounts.get(sourceId) ?? 0;
        for (const paragraph of [value].flat()) {
          if (!Number.isInteger(paragraph) || paragraph < 1 || paragraph > count) {
            report(attribute, `Paragraph ${paragraph} does not exist in source "${sourceId}". Expected a whole number from 1 to ${count}.`);
          }
        }
      }
    }
  }
  return problems;
}

function checkAttribute(
  rule: AttributeContract,
  value: AttributeValue,
  { ids, figureUnits, aliasIndex, contentRoot }: Pick<ProseContext, 'ids' | 'figureUnits' | 'aliasIndex' | 'contentRoot'>,
): string | undefined {
  const lookUp = (collection: ContentCollectionName, id: string) => {
    if (ids[collection].has(id)) return undefined;
    const hint = closestMatch(id, ids[collection]);
    return `Unknown ${collection.replace(/ies$/, 'y').replace(/s$/, '')} "${id}". Expected the id of a file in ${contentRoot}/${collectionLocation(collection)}${hint ? ` — did you mean "${hint}"?` : '.'}`;
  };
  switch (rule.kind) {
    case 'paragraphs': {
      const valid = isNumberOrNumbers(value) && (!Array.isArray(value) || value.length > 0);
      return valid ? undefined : `Expected a paragraph number or a list of them, like p={4} or p={[4, 12]}, got ${describe(value)}.`;
    }
    case 'source':
      return undefined;
    case 'entity':
    case 'figure':
    case 'event':
    case 'topic':
    case 'briefing': {
      const collection = collectionNamed[rule.kind];
      if (rule.list) return checkIdList(rule, value, (id) => lookUp(collection, id), figureUnits);
      if (rule.kind !== 'entity') return typeof value === 'string' ? lookUp(collection, value) : `Expected an id in quotes, got ${describe(value)}.`;
      if (typeof value !== 'string') return `Expected an entity id or name in quotes, got ${describe(value)}.`;
      return aliasIndex.resolve(value) || ids.entities.has(value) ? undefined : `No entity is called "${value}". Expected an id, name or alias from the entities folder.`;
    }
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value)
        ? undefined
        : `Expected one of ${rule.values.join(', ')}, got ${describe(value)}.`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `Expected {true} or {false}, got ${describe(value)}.`;
    case 'text':
      return typeof value === 'string' ? undefined : `Expected text in quotes, got ${describe(value)}.`;
    case 'wholeNumber':
      return typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max
        ? undefined
        : `Expected a whole number from ${rule.min} to ${rule.max} in braces, like {${rule.min}}, got ${describe(value)}.`;
  }
}
