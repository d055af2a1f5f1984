import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentValidationError } from '../contentFiles/contentProblem';
import type { BriefingEntry, Corpus } from '../corpus/corpus';
import { indexCorpus, type CorpusIndex } from '../corpus/indexCorpus';
import { validateCorpus } from '../validation/validateCorpus';
import { calibrationOf } from '../citations/calibration';
import { loadBook } from '../book/loadBook';
import { resolveContentRoot } from '../contentFiles/contentRoot';
import { findStrayContentFiles } from '../validation/findStrayContentFiles';
import { displayPath } from '../contentFiles/displayPath';
import { parseYamlMap } from '../contentFiles/parseYamlMap';
import { contentCollections, type ContentCollectionName } from '../contentFiles/contentCollections';
import { readEnv } from '../config/env';
import { isDraft } from '../schemas/draft';

export interface Briefbook extends CorpusIndex {
  /** The Astro entry of a briefing, for `render()`. */
  briefingEntry(id: string): CollectionEntry<'briefings'>;
}

/** The line of the file on which the MDX body starts (after the front matter). */
function bodyStartLine(filePath: string, body: string): number {
  const text = readFileSync(path.resolve(filePath), 'utf8');
  const offset = text.lastIndexOf(body);
  return offset < 0 ? 1 : text.slice(0, offset).split('\n').length;
}

/**
 * A collection's entries, or none without asking Astro when its folder or file holds none: a new book starts
 * empty, and Astro warns about every empty collection it is asked for (the build treats warnings as errors).
 */
async function entriesOf<Name extends ContentCollectionName>(name: Name, root: string): Promise<CollectionEntry<Name>[]> {
  const collection = contentCollections[name];
  const empty =
    collection.layout === 'folder'
      ? !readdirSync(path.join(root, collection.folder)).some((file) => file.endsWith(collection.extension) && !file.startsWith('.'))
      : (() => {
          const map = parseYamlMap(readFileSync(path.join(root, collection.file), 'utf8'));
          return map.ok && Object.keys(map.entries).length === 0;
        })();
  return empty ? [] : getCollection(name);
}

/** Every collection's entries as Astro's data store holds them now. */
function readEntries(root: string) {
  return Promise.all([
    entriesOf('briefings', root),
    entriesOf('figures', root),
    entriesOf('events', root),
    entriesOf('entities', root),
    entriesOf('sources', root),
    entriesOf('topics', root),
  ]);
}

type StoreEntries = Awaited<ReturnType<typeof readEntries>>;

/** What the store holds, in one string: it changes when any entry is added, removed or edited. */
const stateOf = (entries: StoreEntries) =>
  entries
    .flat()
    .map((entry) => `${entry.collection}/${entry.id}:${(entry as { digest?: string }).digest ?? JSON.stringify(entry.data)}`)
    .join('\n');

async function load([briefingEntries, figures, events, entities, sources, topics]: StoreEntries): Promise<Briefbook> {
  const withFile = <T extends { id: string; filePath?: string; data: unknown }>(entry: T) => ({
    id: entry.id,
    // Astro keeps paths relative to the project (`../elsewhere/…` for a content root outside it); messages show
    // them as the content check does.
    filePath: entry.filePath ? displayPath(path.resolve(entry.filePath)) : `(unknown file for ${entry.id})`,
    data: entry.data as T['data'],
  });
  const briefings: BriefingEntry[] = briefingEntries.map((entry) => ({
    ...withFile(entry),
    body: entry.body ?? '',
    bodyLine: entry.filePath && entry.body ? bodyStartLine(entry.filePath, entry.body) : 1,
  }));
  const corpus: Corpus = {
    briefings,
    figures: figures.map(withFile),
    events: events.map(withFile),
    entities: entities.map(withFile),
    sources: sources.map(withFile),
    topics: topics.map(withFile),
  };
  // `npm run build` has run the content check (the same schemas and rules, and more) on this content already; a
  // bare `astro build` or the dev server has not, and every prerender thread would repeat it.
  if (!readEnv().contentChecked) {
    const contentRoot = displayPath(resolveContentRoot());
    const problems = [...findStrayContentFiles(resolveContentRoot()), ...validateCorpus(corpus, { contentRoot, calibration: calibrationOf(loadBook()) })];
    if (problems.length > 0) throw new ContentValidationError(problems);
  }
  const entriesById = new Map(briefingEntries.map((entry) => [entry.id, entry]));
  return { ...indexCorpus(devServer ? corpus : withoutDrafts(corpus)), briefingEntry: (id) => entriesById.get(id)! };
}

/**
 * Whether this runs under `npm run dev` (src/integrations/devServer.ts). There drafts are shown, labelled
 * "Draft", and the book is read again whenever the store changes; a build leaves drafts out and reads the book
 * once. Drafts are validated either way, and a published entry that names one has already been refused, so
 * what is left refers only to what remains.
 */
const devServer = typeof __BRIEFBOOK_DEV_SERVER__ !== 'undefined' && __BRIEFBOOK_DEV_SERVER__;

function withoutDrafts(corpus: Corpus): Corpus {
  const keep = <T extends { data: unknown }>(entries: T[]) => entries.filter((entry) => !isDraft(entry.data));
  return {
    briefings: keep(corpus.briefings),
    figures: keep(corpus.figures),
    events: keep(corpus.events),
    entities: keep(corpus.entities),
    sources: keep(corpus.sources),
    topics: keep(corpus.topics),
  };
}

let loading: Promise<Briefbook> | undefined;
let loadedState: string | undefined;

/**
 * Loads, validates and indexes all content, once per build: every page awaits the same promise, so
 * validation runs once and a content problem stops the build at the first page with the full list. Under
 * `npm run dev` the book is loaded again when the author saves a change (the store's entries differ), so a
 * page shows the change and recovers from a problem once it is fixed.
 */
export function loadBriefbook(): Promise<Briefbook> {
  if (!devServer) {
    loading ??= readEntries(resolveContentRoot()).then(load);
    return loading;
  }
  return readEntries(resolveContentRoot()).then((entries) => {
    const state = stateOf(entries);
    if (!loading || state !== loadedState) {
      loadedState = state;
      loading = load(entries);
    }
    return loading;
  });
}
