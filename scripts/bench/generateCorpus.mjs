// Writes a synthetic Briefbook content root of N briefing notes, for the benchmark (`npm run bench`) and its tests.
//
// The corpus is shaped like the real one (content/ and src/schemas/): each briefing has about 800 words of prose using
// <Entity>, <FigureValue>, <Cite> and <FigureChart> (unless charts are off), front matter with a summary, key
// judgments, topics, entities, events, figures and sources; the YAML collections scale with N. The text is a word salad
// from a neutral vocabulary, so nothing of the source article is copied. The same seed always gives the same bytes.
//
// With editions on, every briefing also carries two updates and one revised key judgment (its earlier state and the
// reason), drawn from a random stream of their own: the rest of the corpus is byte for byte the book without them.
//
// Usage: node scripts/bench/generateCorpus.mjs --count 1000 [--seed briefbook] [--charts on|off] [--editions on|off] --out .bench/corpus-1000
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource, projectRoot } from '../lib/importSource.mjs';
import { createWriter, capitalize, facilityWords, groupWords, organisationWords, pad, placeWords, targetWords, vocabulary, writeProse } from './corpus/prose.mjs';
import { createRandom, createZipf, nearIndex } from './corpus/random.mjs';

/** @type {typeof import('./schemaValues.ts')} */
const { schemaValues, slugify } = await importSource('scripts/bench/schemaValues.ts');

export { countProseWords, targetWords } from './corpus/prose.mjs';
export { createRandom } from './corpus/random.mjs';

/** The name of the manifest written at the corpus root (ignored by the content loaders, which read *.mdx and *.yaml). */
export const manifestFile = 'bench-corpus.json';

/** How often each of the schema's entity kinds occurs, in parts of the whole. */
const entityKindShares = { person: 35, state: 8, organisation: 22, 'armed-group': 10, place: 15, facility: 10 };
const entityKindWeights = schemaValues.entityKinds.map((kind) => {
  if (!(kind in entityKindShares)) throw new Error(`generateCorpus.mjs has no share for the entity kind "${kind}"; add it to entityKindShares`);
  return [kind, entityKindShares[kind]];
});
const { sourceKinds, likelihoodIds, confidenceIds, figureQualifiers, dateQualifiers } = schemaValues;

// ---------------------------------------------------------------------------------------------------------------
// YAML: JSON values are valid YAML, so every value is written as JSON on its own key's line.

function toYaml(record) {
  return Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const dayMs = 86_400_000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const startMs = Date.UTC(2019, 0, 1);

// ---------------------------------------------------------------------------------------------------------------
// Collections

/** How many of each collection a corpus of `count` briefings has: they grow with N, the entities and topics more slowly. */
export function corpusShape(count) {
  return {
    briefings: count,
    topics: Math.max(4, Math.min(60, Math.round(Math.sqrt(count)))),
    entities: 30 + Math.floor(count / 10),
    figures: 8 + Math.floor(count / 4),
    events: 10 + Math.floor(count / 3),
    sources: 1 + Math.floor(count / 20),
  };
}

/**
 * Builds the corpus in memory: a map from file path (relative to the content root) to its text.
 *
 * @example
 * const files = buildCorpus({ count: 20, seed: 'briefbook', charts: false });
 * files.get('topics.yaml') // "topic-kalo:\n  title: …"
 */
export function buildCorpus({ count, seed = 'briefbook', charts = false, editions = false }) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`Expected a whole number of briefings of at least 1, got ${count}`);
  const random = createRandom(`${seed}:${count}`);
  const editionRandom = createRandom(`${seed}:${count}:editions`);
  const editionWrite = createWriter(editionRandom);
  const write = createWriter(random);
  const shape = corpusShape(count);
  const files = new Map();
  const usedNames = new Set();
  const claim = (name) => {
    const key = slugify(name);
    if (!key || usedNames.has(key)) return false;
    usedNames.add(key);
    return true;
  };
  /** A made-up proper name of two or three syllables that no other name uses. */
  const freshStem = () => {
    for (let attempt = 0; ; attempt += 1) {
      const syllables = attempt < 40 ? random.int(2, 3) : 4;
      const stem = capitalize(Array.from({ length: syllables }, () => random.pick(vocabulary.syllables)).join(''));
      if (!usedNames.has(slugify(stem))) return stem;
    }
  };

  // Sources come first: everything else cites them.
  const sources = [];
  for (let index = 0; index < shape.sources; index += 1) {
    const paragraphCount = random.int(20, 40);
    const sections = [];
    let first = 1;
    while (first <= paragraphCount) {
      const last = Math.min(paragraphCount, first + random.int(2, 8));
      sections.push({ title: write.title(3, 7), paragraphs: [first, paragraphCount - last < 2 ? paragraphCount : last] });
      first = sections.at(-1).paragraphs[1] + 1;
    }
    const published = isoDay(startMs + Math.floor(((index + random.next()) / shape.sources) * 7 * 365) * dayMs);
    const title = write.title(6, 12);
    const id = `source-${pad(index + 1, 4)}-${slugify(title.split(' ').slice(0, 3).join(' '))}`;
    sources.push({ id, paragraphCount, published });
    files.set(
      `sources/${id}.yaml`,
      `${toYaml({
        title,
        shortTitle: title.split(' ').slice(0, 4).join(' '),
        kind: random.pick(sourceKinds),
        desk: random.chance(0.5) ? write.title(1, 2) : undefined,
        published,
        publisher: random.chance(0.6) ? `${freshStem()} Press` : undefined,
        paragraphCount,
        sections,
        digest: Array.from({ length: paragraphCount }, () => write.sentence(8, 16)),
      })}\n`,
    );
  }
  const citeFrom = (source, paragraphs = random.int(1, 3)) => ({
    source: source.id,
    paragraphs: random.distinct(paragraphs, () => random.int(1, source.paragraphCount), source.paragraphCount).sort((a, b) => a - b),
  });
  // Generated books pass the same calibration table as real ones (src/citations/calibration.ts): a judgment at
  // moderate or high confidence, or at an end of the likelihood scale, cites two of its briefing's sources, and a
  // briefing with one source (ungraded) cannot carry it, so the judgment steps down to low or to very likely/unlikely.
  // The random draws are the same either way, so the rest of the corpus does not shift.
  const heldToConfidenceRules = (judgment, briefingSources) => {
    const extreme = judgment.likelihood === 'almost-certain' || judgment.likelihood === 'almost-no-chance';
    if (judgment.confidence === 'low' && !extreme) return judgment;
    if (briefingSources.length >= 2) {
      const [cited] = judgment.citations;
      const other = briefingSources.find((source) => source.id !== cited.source);
      return { ...judgment, citations: [cited, { source: other.id, paragraphs: [1] }] };
    }
    return {
      ...judgment,
      confidence: 'low',
      likelihood: judgment.likelihood === 'almost-certain' ? 'very-likely' : judgment.likelihood === 'almost-no-chance' ? 'very-unlikely' : judgment.likelihood,
    };
  };
  const sourceNear = (position) => sources[nearIndex(random, position * shape.sources, 2, shape.sources)];

  // The book's identity. Its places lie between 30–38° N and 34–44° E (see the entities below), so its maps
  // centre on Syria, as the sample book's do, and the benchmark draws maps of the same size.
  files.set(
    'book.yaml',
    [
      `title: ${JSON.stringify(`Synthetic briefing book (${count} briefings)`)}`,
      `description: ${JSON.stringify(`A generated corpus of ${count} briefing notes for benchmarks and build tests.`)}`,
      'publisher: Briefbook benchmark generator',
      'lang: en-GB',
      'mapFocus: Syria',
      '',
    ].join('\n'),
  );

  // Topics
  const topics = [];
  const topicLines = ['# Synthetic topics for the benchmark corpus.'];
  for (let index = 0; index < shape.topics; index += 1) {
    const stem = freshStem();
    claim(stem);
    const id = `topic-${slugify(stem)}`;
    topics.push(id);
    topicLines.push(`${id}:`, `  title: ${JSON.stringify(`${capitalize(random.pick(vocabulary.adjectives))} ${random.pick(vocabulary.nouns)} in ${stem}`)}`, `  description: ${JSON.stringify(write.sentence(10, 18))}`);
  }
  files.set('topics.yaml', `${topicLines.join('\n')}\n`);
  const drawTopic = createZipf(random, shape.topics, 0.8);

  // Entities: a Zipf-skewed popularity by index, so a few are hubs that many notes mention.
  const entities = [];
  const totalWeight = entityKindWeights.reduce((sum, [, weight]) => sum + weight, 0);
  const drawKind = () => {
    let target = random.next() * totalWeight;
    for (const [kind, weight] of entityKindWeights) {
      target -= weight;
      if (target < 0) return kind;
    }
    return 'person';
  };
  for (let index = 0; index < shape.entities; index += 1) {
    const kind = index < 3 ? 'state' : drawKind();
    const stem = freshStem();
    claim(stem);
    const given = random.pick(vocabulary.givenNames);
    const name = {
      person: `${given} ${stem}`,
      state: `${stem}ia`,
      organisation: `${stem} ${random.pick(organisationWords)}`,
      'armed-group': `${stem} ${random.pick(groupWords)}`,
      place: `${stem} ${random.pick(placeWords)}`,
      facility: `${stem} ${random.pick(facilityWords)}`,
    }[kind];
    claim(name);
    const id = slugify(name);
    const data = { name, kind };
    const aliases = [];
    if (kind === 'person') data.shortName = stem;
    if (kind === 'person' && random.chance(0.3) && claim(`${given[0]}. ${stem}`)) aliases.push(`${given[0]}. ${stem}`);
    if ((kind === 'organisation' || kind === 'armed-group') && random.chance(0.4) && claim(`the ${stem}s`)) aliases.push(`the ${stem}s`);
    if (aliases.length > 0) data.aliases = aliases;
    if (random.chance(0.1) && claim(`${stem}h`)) data.variantSpellings = [`${stem}h`];
    data.role = write.sentence(8, 16);
    if (kind === 'place' || kind === 'facility') {
      data.coordinates = { lat: Number((30 + random.next() * 8).toFixed(4)), lon: Number((34 + random.next() * 10).toFixed(4)) };
      const states = entities.filter((entity) => entity.kind === 'state');
      if (states.length > 0 && random.chance(0.7)) data.partOf = random.pick(states).id;
    }
    if (kind === 'facility' || kind === 'armed-group') {
      const operators = entities.filter((entity) => entity.kind === 'organisation' || entity.kind === 'state');
      if (operators.length > 0 && random.chance(0.6)) data.operator = random.pick(operators).id;
    }
    const source = sourceNear(index / shape.entities);
    if (kind === 'facility' && random.chance(0.3)) {
      data.status = { label: `${capitalize(random.pick(vocabulary.adjectives))} ${random.pick(vocabulary.nouns)}`, date: isoDay(startMs + random.int(0, 7 * 365) * dayMs).slice(0, 7), citations: [citeFrom(source, 1)] };
    }
    data.citations = [citeFrom(source)];
    entities.push({ id, kind, name });
    files.set(`entities/${id}.yaml`, `${toYaml(data)}\n`);
  }
  const drawEntity = createZipf(random, shape.entities, 1);

  // Figures
  const figures = [];
  for (let index = 0; index < shape.figures; index += 1) {
    const [singular, plural] = random.pick(vocabulary.units);
    const money = random.chance(0.15);
    const label = `${capitalize(random.pick(vocabulary.adjectives))} ${random.pick(vocabulary.nouns)} ${money ? 'cost' : plural}`;
    const id = `figure-${pad(index + 1, 4)}-${slugify(label)}`;
    const magnitude = 10 ** random.int(1, money ? 9 : 5);
    const year = 2012 + random.int(0, 12);
    const data = {
      rank: index < 12 ? index + 1 : undefined,
      label,
      value: magnitude * random.int(1, 9),
      unit: money ? { singular: 'dollar', plural: 'dollars' } : { singular, plural },
      currency: money ? 'USD' : undefined,
      qualifier: random.pick(figureQualifiers),
      period: random.chance(0.6) ? { from: String(year), to: String(year + random.int(0, 6)) } : undefined,
      definition: write.sentence(10, 20),
      citations: [citeFrom(sourceNear(index / shape.figures))],
    };
    if (!data.period) data.asOf = isoDay(startMs + random.int(0, 7 * 365) * dayMs);
    figures.push(id);
    files.set(`figures/${id}.yaml`, `${toYaml(data)}\n`);
  }

  // Events
  const events = [];
  for (let index = 0; index < shape.events; index += 1) {
    const dayIndex = Math.floor(((index + random.next()) / shape.events) * 7 * 365);
    const day = isoDay(startMs + dayIndex * dayMs);
    const precision = random.pick(['day', 'day', 'day', 'month', 'year']);
    const date = precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
    const title = write.title(4, 9);
    const id = `event-${pad(index + 1, 4)}-${slugify(title.split(' ').slice(0, 3).join(' '))}`;
    const data = {
      title,
      date,
      end: precision === 'day' && random.chance(0.15) ? isoDay(startMs + (dayIndex + random.int(1, 60)) * dayMs) : undefined,
      dateQualifier: precision !== 'day' && random.chance(0.3) ? random.pick(dateQualifiers) : undefined,
      topic: topics[drawTopic()],
      entities: random.distinct(random.int(1, 4), () => entities[drawEntity()].id, shape.entities),
      summary: `${write.sentence(10, 18)} ${write.sentence(6, 12)}`,
      citations: [citeFrom(sourceNear(index / shape.events))],
    };
    events.push(id);
    files.set(`events/${id}.yaml`, `${toYaml(data)}\n`);
  }

  // Briefings
  let previousId;
  for (let index = 0; index < count; index += 1) {
    const position = count === 1 ? 0 : index / (count - 1);
    const title = write.title(5, 10);
    const id = `note-${pad(index + 1, 4)}-${slugify(title.split(' ').slice(0, 3).join(' '))}`;
    const dateMs = startMs + Math.floor(position * 7 * 365) * dayMs + 2 * dayMs;
    const briefingSources = random.distinct(random.chance(0.7) ? 1 : 2, () => sourceNear(position), shape.sources);
    const briefingFigures = random.distinct(
      random.int(2, 3),
      () => figures[random.chance(0.2) ? random.int(0, Math.min(11, shape.figures - 1)) : nearIndex(random, position * shape.figures, 3, shape.figures)],
      shape.figures,
    );
    const briefingEntities = random.distinct(
      random.int(5, 10),
      () => entities[random.chance(0.5) ? drawEntity() : nearIndex(random, position * shape.entities, 4, shape.entities)].id,
      shape.entities,
    );
    const briefingEvents = random.distinct(random.int(2, 5), () => events[nearIndex(random, position * shape.events, 3, shape.events)], shape.events);
    const frontMatter = {
      title,
      date: isoDay(dateMs),
      asOf: isoDay(dateMs - random.int(0, 2) * dayMs),
      order: index + 1,
      summary: `${write.sentence(14, 24)} ${write.sentence(12, 20)} ${write.sentence(8, 14)}`,
      keyJudgments: Array.from({ length: random.int(2, 4) }, () =>
        heldToConfidenceRules(
          {
            statement: write.sentence(10, 20),
            likelihood: random.pick(likelihoodIds),
            confidence: random.pick(confidenceIds),
            citations: [citeFrom(random.pick(briefingSources))],
          },
          briefingSources,
        ),
      ),
      topics: random.distinct(random.int(1, 3), () => topics[drawTopic()], shape.topics),
      entities: briefingEntities,
      events: briefingEvents,
      figures: briefingFigures,
      sources: briefingSources.map((source) => source.id),
    };
    if (editions) addEditions(frontMatter, dateMs, editionRandom, editionWrite);
    const body = writeProse({ random, write, briefingSources, briefingEntities, briefingFigures, previousId, charts });
    files.set(`briefings/${id}.mdx`, `---\n${toYaml(frontMatter)}\n---\n\n${body}`);
    previousId = id;
  }

  files.set(
    manifestFile,
    `${JSON.stringify({ generator: 'scripts/bench/generateCorpus.mjs', count, seed, charts, ...(editions && { editions }), shape: corpusShape(count), targetWords }, null, 2)}\n`,
  );
  return files;
}

/**
 * Two updates (3 and 10 days after the issue date) and a revision of the first key judgment on the day of the first
 * update, from one step along the likelihood scale; the schema's edition rules hold for every briefing.
 */
function addEditions(frontMatter, dateMs, random, write) {
  frontMatter.updates = [3, 10].map((days) => ({ date: isoDay(dateMs + days * dayMs), summary: write.sentence(10, 18) }));
  const judgment = frontMatter.keyJudgments[0];
  const rank = likelihoodIds.indexOf(judgment.likelihood);
  const earlier = likelihoodIds[rank === 0 ? 1 : random.chance(0.5) ? rank - 1 : rank === likelihoodIds.length - 1 ? rank - 1 : rank + 1];
  judgment.revised = { date: frontMatter.updates[0].date, reason: write.sentence(10, 18) };
  judgment.history = [{ date: frontMatter.date, likelihood: earlier, confidence: judgment.confidence }];
}

/**
 * Writes the corpus to `outDir`, replacing what is there. Returns the manifest.
 *
 * @example generateCorpus({ count: 1000, seed: 'briefbook', outDir: '.bench/corpus-1000' })
 */
export function generateCorpus({ count, seed = 'briefbook', charts = true, editions = false, outDir }) {
  const files = buildCorpus({ count, seed, charts, editions });
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of ['briefings', 'figures', 'events', 'entities', 'sources']) mkdirSync(path.join(outDir, folder), { recursive: true });
  for (const [file, text] of files) writeFileSync(path.join(outDir, file), text);
  return JSON.parse(files.get(manifestFile));
}

function parseArguments(argv) {
  const options = { count: 100, seed: 'briefbook', charts: 'on', editions: 'off', out: undefined };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=');
    const value = inline ?? argv[++index];
    if (flag === '--count' || flag === '-n') options.count = Number(value);
    else if (flag === '--seed') options.seed = value;
    else if (flag === '--charts') options.charts = value;
    else if (flag === '--editions') options.editions = value;
    else if (flag === '--out') options.out = value;
    else throw new Error(`Unknown option ${flag}. Usage: generateCorpus.mjs --count N [--seed S] [--charts on|off] [--editions on|off] --out DIR`);
  }
  if (!['on', 'off'].includes(options.charts)) throw new Error(`Expected --charts on or off, got ${options.charts}`);
  if (!['on', 'off'].includes(options.editions)) throw new Error(`Expected --editions on or off, got ${options.editions}`);
  options.out ??= path.join(projectRoot, '.bench', `corpus-${options.count}`);
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  const charts = options.charts === 'on';
  const editions = options.editions === 'on';
  const manifest = generateCorpus({ count: options.count, seed: options.seed, charts, editions, outDir: options.out });
  console.log(`Wrote ${manifest.count} briefings to ${options.out} (${Object.entries(manifest.shape).map(([name, value]) => `${value} ${name}`).join(', ')}; charts ${charts ? 'on' : 'off'}; editions ${editions ? 'on' : 'off'}).`);
}
