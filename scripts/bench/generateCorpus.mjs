// Writes a synthetic Briefbook content root of N briefing notes, for the benchmark (`npm run bench`) and its tests.
//
// The corpus is shaped like the real one (content/ and src/schemas/): each briefing has about 800 words of prose using
// <Entity>, <FigureValue>, <Cite> and <FigureChart> (unless charts are off), front matter with a summary, key
// judgments, topics, entities, events, figures and sources; the YAML collections scale with N. The text is a word salad
// from a neutral vocabulary, so nothing of the source article is copied. The same seed always gives the same bytes.
//
// Usage: node scripts/bench/generateCorpus.mjs --count 1000 [--seed briefbook] [--charts on|off] --out .bench/corpus-1000
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource, projectRoot } from '../lib/importSource.mjs';

/** @type {typeof import('./schemaValues.ts')} */
const { fnv1a, schemaValues, slugify } = await importSource('scripts/bench/schemaValues.ts');

/** Words of prose per briefing, before the components' own text. */
export const targetWords = 800;

/** The name of the manifest written at the corpus root (ignored by the content loaders, which read *.mdx and *.yaml). */
export const manifestFile = 'bench-corpus.json';

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness


/**
 * A small seeded generator (mulberry32) with the helpers the corpus needs. Deterministic across platforms, since it
 * only uses 32-bit integer arithmetic.
 */
export function createRandom(seed) {
  let state = typeof seed === 'number' ? seed >>> 0 : fnv1a(String(seed));
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (probability) => next() < probability;
  /** `count` distinct items drawn by `draw()` (which may repeat), in the order first drawn. */
  const distinct = (count, draw, limit) => {
    const chosen = new Set();
    let attempts = 0;
    while (chosen.size < Math.min(count, limit) && attempts < count * 50) {
      chosen.add(draw());
      attempts += 1;
    }
    return [...chosen];
  };
  return { next, int, pick, chance, distinct };
}

/**
 * Draws indexes 0…size−1 with a Zipf-like skew (index 0 most often), as real mentions are: a few entities appear in
 * many notes, most in a few.
 */
function createZipf(random, size, exponent = 1) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank += 1) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/**
 * An index near `center` (within `spread`), as notes written close together share sources and figures. The window is
 * shifted inside the list rather than clamped, so the first and last entries are not chosen more often than others.
 */
function nearIndex(random, center, spread, size) {
  if (size <= 2 * spread + 1) return random.int(0, size - 1);
  const middle = Math.max(spread, Math.min(size - 1 - spread, Math.round(center)));
  return middle + random.int(-spread, spread);
}

// ---------------------------------------------------------------------------------------------------------------
// Neutral vocabulary: everyday and administrative words, none taken from the source article's sentences.

const vocabulary = {
  determiners: ['the', 'a', 'each', 'every', 'another', 'this', 'that', 'one', 'some', 'any'],
  adjectives: [
    'quiet', 'broad', 'narrow', 'steady', 'early', 'late', 'northern', 'southern', 'eastern', 'western', 'coastal',
    'inland', 'formal', 'informal', 'local', 'regional', 'modest', 'large', 'small', 'rapid', 'gradual', 'partial',
    'complete', 'temporary', 'lasting', 'public', 'private', 'joint', 'separate', 'new', 'older', 'uneven', 'careful',
    'limited', 'wider', 'central', 'remote', 'seasonal', 'annual', 'monthly', 'minor', 'major', 'direct', 'indirect',
    'written', 'verbal', 'technical', 'practical', 'routine', 'unusual', 'familiar', 'shared', 'costly', 'cheap',
  ],
  nouns: [
    'harbour', 'council', 'supply', 'route', 'market', 'bridge', 'agreement', 'schedule', 'budget', 'warehouse',
    'railway', 'office', 'committee', 'district', 'border', 'crossing', 'convoy', 'permit', 'contract', 'pipeline',
    'survey', 'ledger', 'archive', 'station', 'depot', 'runway', 'terminal', 'shipment', 'tariff', 'loan', 'grant',
    'census', 'harvest', 'reservoir', 'corridor', 'checkpoint', 'delegation', 'statement', 'proposal', 'review',
    'inventory', 'workshop', 'garrison', 'patrol', 'timetable', 'network', 'registry', 'mandate', 'deadline', 'forum',
    'channel', 'reserve', 'fleet', 'cargo', 'transit', 'ministry', 'assembly', 'treaty', 'clause', 'ceremony',
    'plan', 'report', 'audit', 'dispute', 'offer', 'request', 'visit', 'meeting', 'exchange', 'quota', 'yard',
  ],
  verbs: [
    'reviews', 'extends', 'delays', 'approves', 'rejects', 'records', 'funds', 'moves', 'secures', 'reopens',
    'closes', 'expands', 'narrows', 'tracks', 'limits', 'supports', 'questions', 'follows', 'replaces', 'shapes',
    'links', 'shifts', 'tests', 'measures', 'publishes', 'signals', 'outlines', 'revisits', 'confirms', 'postpones',
  ],
  prepositions: ['near', 'across', 'beyond', 'along', 'within', 'under', 'after', 'before', 'around', 'between', 'toward', 'behind'],
  adverbs: ['slowly', 'openly', 'again', 'quietly', 'largely', 'partly', 'still', 'often', 'rarely', 'briefly', 'mostly', 'soon'],
  connectors: ['Meanwhile,', 'In turn,', 'By contrast,', 'Even so,', 'As a result,', 'For now,', 'In practice,', 'At the same time,', 'Later,', 'Overall,'],
  syllables: [
    'ka', 'lo', 'ri', 'mon', 'ta', 'vel', 'sa', 'dor', 'ni', 'pel', 'ar', 'bro', 'cen', 'dal', 'fen', 'gor', 'hal',
    'jes', 'kor', 'lun', 'mar', 'nor', 'pra', 'quin', 'ros', 'sel', 'tor', 'ul', 'vin', 'wes', 'zan', 'bel', 'cor',
  ],
  givenNames: [
    'Alex', 'Dana', 'Mira', 'Tomas', 'Lena', 'Omar', 'Rafael', 'Ines', 'Karim', 'Nadia', 'Yusuf', 'Sofia', 'Ivo',
    'Hana', 'Leo', 'Tara', 'Milan', 'Rosa', 'Emil', 'Vera', 'Samir', 'Lina', 'Pavel', 'Nora', 'Farid', 'Elena',
  ],
  units: [
    ['vessel', 'vessels'], ['flight', 'flights'], ['tonne', 'tonnes'], ['worker', 'workers'], ['vehicle', 'vehicles'],
    ['kilometre', 'kilometres'], ['site', 'sites'], ['permit', 'permits'], ['household', 'households'], ['container', 'containers'],
    ['school', 'schools'], ['patrol', 'patrols'], ['bed', 'beds'], ['day', 'days'], ['crossing', 'crossings'],
  ],
};

/** How often each of the schema's entity kinds occurs, in parts of the whole. */
const entityKindShares = { person: 35, state: 8, organisation: 22, 'armed-group': 10, place: 15, facility: 10 };
const entityKindWeights = schemaValues.entityKinds.map((kind) => {
  if (!(kind in entityKindShares)) throw new Error(`generateCorpus.mjs has no share for the entity kind "${kind}"; add it to entityKindShares`);
  return [kind, entityKindShares[kind]];
});
const organisationWords = ['Council', 'Agency', 'Commission', 'Authority', 'Institute', 'Bureau', 'Committee', 'Trust', 'Union'];
const groupWords = ['Brigade', 'Front', 'Guard', 'Militia', 'Battalion', 'Legion'];
const placeWords = ['Valley', 'Heights', 'Plain', 'Bay', 'Springs', 'Ridge', 'Harbour', 'Crossing'];
const facilityWords = ['Air Base', 'Naval Yard', 'Depot', 'Station', 'Airport', 'Camp', 'Terminal'];
const { sourceKinds, likelihoodIds, confidenceIds, figureQualifiers, dateQualifiers } = schemaValues;

const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const pad = (value, width) => String(value).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------------------
// Text

function createWriter(random) {
  const { pick } = random;
  const nounPhrase = () => (random.chance(0.5) ? `${pick(vocabulary.determiners)} ${pick(vocabulary.adjectives)} ${pick(vocabulary.nouns)}` : `${pick(vocabulary.determiners)} ${pick(vocabulary.nouns)}`);
  /** A sentence of exactly `length` words (at least 3), without its final full stop. */
  const words = (length) => {
    const parts = [];
    if (length >= 8 && random.chance(0.2)) parts.push(...pick(vocabulary.connectors).split(' '));
    while (parts.length < length) {
      const remaining = length - parts.length;
      if (parts.length === 0 || remaining > 6) {
        parts.push(...nounPhrase().split(' '), pick(vocabulary.verbs), ...nounPhrase().split(' '));
        if (length - parts.length > 4) parts.push(pick(vocabulary.prepositions), ...nounPhrase().split(' '));
        if (length - parts.length > 3 && random.chance(0.3)) parts.push(pick(vocabulary.adverbs));
      } else {
        parts.push(pick(random.chance(0.5) ? vocabulary.nouns : vocabulary.adjectives));
      }
    }
    const sentence = parts.slice(0, length);
    sentence[0] = capitalize(sentence[0]);
    return sentence.join(' ');
  };
  const sentence = (min, max) => `${words(random.int(min, max))}.`;
  const title = (min, max) =>
    words(random.int(min, max))
      .split(' ')
      .map((word, index) => (index === 0 || word.length > 3 ? capitalize(word) : word))
      .join(' ')
      .replace(/,/g, '');
  return { words, sentence, title };
}

/** Words are runs of non-space characters with a letter or digit in them, so a lone "." or "—" is not one. */
const countWords = (text) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;

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
export function buildCorpus({ count, seed = 'briefbook', charts = false }) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`Expected a whole number of briefings of at least 1, got ${count}`);
  const random = createRandom(`${seed}:${count}`);
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
      keyJudgments: Array.from({ length: random.int(2, 4) }, () => ({
        statement: write.sentence(10, 20),
        likelihood: random.pick(likelihoodIds),
        confidence: random.pick(confidenceIds),
        citations: [citeFrom(random.pick(briefingSources))],
      })),
      topics: random.distinct(random.int(1, 3), () => topics[drawTopic()], shape.topics),
      entities: briefingEntities,
      events: briefingEvents,
      figures: briefingFigures,
      sources: briefingSources.map((source) => source.id),
    };
    const body = writeProse({ random, write, briefingSources, briefingEntities, briefingFigures, previousId, charts });
    files.set(`briefings/${id}.mdx`, `---\n${toYaml(frontMatter)}\n---\n\n${body}`);
    previousId = id;
  }

  files.set(
    manifestFile,
    `${JSON.stringify({ generator: 'scripts/bench/generateCorpus.mjs', count, seed, charts, shape: corpusShape(count), targetWords }, null, 2)}\n`,
  );
  return files;
}

/** About {@link targetWords} words in four headed sections, with the components a real note uses. */
function writeProse({ random, write, briefingSources, briefingEntities, briefingFigures, previousId, charts }) {
  const sections = 4;
  const paragraphsPerSection = [3, 3, 2, 3];
  const paragraphCount = paragraphsPerSection.reduce((sum, value) => sum + value, 0);
  // Headings count as prose words too, so the paragraphs get what they leave of the target.
  const headings = Array.from({ length: sections }, () => write.title(2, 5));
  const total = targetWords + random.int(-15, 15) - headings.reduce((sum, heading) => sum + countWords(heading), 0);
  const entitiesToPlace = [...briefingEntities];
  const figuresToPlace = [...briefingFigures];
  const cite = () => {
    const source = random.pick(briefingSources);
    const paragraphs = random.distinct(random.int(1, 2), () => random.int(1, source.paragraphCount), source.paragraphCount).sort((a, b) => a - b);
    const p = paragraphs.length === 1 ? `{${paragraphs[0]}}` : `{[${paragraphs.join(', ')}]}`;
    return ` <Cite p=${p} source="${source.id}" />`;
  };
  let written = 0;
  let paragraphIndex = 0;
  const lines = [];
  for (let section = 0; section < sections; section += 1) {
    lines.push(`## ${headings[section]}`, '');
    for (let local = 0; local < paragraphsPerSection[section]; local += 1) {
      const remainingParagraphs = paragraphCount - paragraphIndex;
      const budget = Math.round((total - written) / remainingParagraphs);
      const sentences = [];
      let words = 0;
      while (words < budget) {
        const length = budget - words < 24 ? budget - words : random.int(9, 20);
        if (length < 3) {
          // Too short for a sentence of its own: lengthen the previous one.
          sentences[sentences.length - 1] = sentences.at(-1).replace(/\.(?=[^.]*$)/, ` ${write.words(3).toLowerCase().split(' ').slice(0, length).join(' ')}.`);
          words += length;
          break;
        }
        let sentence = `${write.words(length)}.`;
        words += length;
        // The linking words below ("with", "about", "since") count towards the paragraph's words; the components do not.
        if (entitiesToPlace.length > 0 && random.chance(0.5)) {
          sentence = `<Entity id="${entitiesToPlace.shift()}" /> ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
        } else if (random.chance(0.12)) {
          sentence = sentence.replace(/\.$/, ` with <Entity id="${random.pick(briefingEntities)}" />.`);
          words += 1;
        }
        if (figuresToPlace.length > 0 && random.chance(0.25)) {
          sentence = sentence.replace(/\.$/, `, about <FigureValue id="${figuresToPlace.shift()}" />.`);
          words += 1;
        }
        // Like the real notes, the marker sits before the full stop: "… on 28 January <Cite p={1} />."
        if (random.chance(0.45)) sentence = sentence.replace(/\.$/, `${cite()}.`);
        // Like the real notes, one sentence points back to an earlier note.
        if (previousId && section === sections - 1 && sentences.length === 1) {
          sentence = sentence.replace(/\.$/, ` since <BriefingLink id="${previousId}" />.`);
          previousId = undefined;
          words += 1;
        }
        sentences.push(sentence);
      }
      written += words;
      paragraphIndex += 1;
      lines.push(sentences.join(' '), '');
    }
    if (section === 0 && charts) lines.push(`<FigureChart id="${briefingFigures[0]}" />`, '');
  }
  // Whatever was not placed yet goes in a closing sentence-less line of references, so every listed entity and figure
  // appears in the prose at least once.
  const leftovers = [
    ...entitiesToPlace.map((id) => `<Entity id="${id}" />`),
    ...figuresToPlace.map((id) => `<FigureValue id="${id}" />`),
  ];
  if (leftovers.length > 0) lines.splice(lines.length - 1, 0, `Also in view: ${leftovers.join(', ')}.`, '');
  return lines.join('\n');
}

/** The words a reader sees in a briefing's prose, leaving out headings' markers and the components. */
export function countProseWords(body) {
  return countWords(body.replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ').replace(/^#+\s/gm, ' '));
}

/**
 * Writes the corpus to `outDir`, replacing what is there. Returns the manifest.
 *
 * @example generateCorpus({ count: 1000, seed: 'briefbook', outDir: '.bench/corpus-1000' })
 */
export function generateCorpus({ count, seed = 'briefbook', charts = true, outDir }) {
  const files = buildCorpus({ count, seed, charts });
  rmSync(outDir, { recursive: true, force: true });
  for (const folder of ['briefings', 'figures', 'events', 'entities', 'sources']) mkdirSync(path.join(outDir, folder), { recursive: true });
  for (const [file, text] of files) writeFileSync(path.join(outDir, file), text);
  return JSON.parse(files.get(manifestFile));
}

function parseArguments(argv) {
  const options = { count: 100, seed: 'briefbook', charts: 'on', out: undefined };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=');
    const value = inline ?? argv[++index];
    if (flag === '--count' || flag === '-n') options.count = Number(value);
    else if (flag === '--seed') options.seed = value;
    else if (flag === '--charts') options.charts = value;
    else if (flag === '--out') options.out = value;
    else throw new Error(`Unknown option ${flag}. Usage: generateCorpus.mjs --count N [--seed S] [--charts on|off] --out DIR`);
  }
  if (!['on', 'off'].includes(options.charts)) throw new Error(`Expected --charts on or off, got ${options.charts}`);
  options.out ??= path.join(projectRoot, '.bench', `corpus-${options.count}`);
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  const charts = options.charts === 'on';
  const manifest = generateCorpus({ count: options.count, seed: options.seed, charts, outDir: options.out });
  console.log(`Wrote ${manifest.count} briefings to ${options.out} (${Object.entries(manifest.shape).map(([name, value]) => `${value} ${name}`).join(', ')}; charts ${charts ? 'on' : 'off'}).`);
}
