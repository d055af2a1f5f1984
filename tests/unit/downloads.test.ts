import { describe, expect, it } from 'vitest';
import { GET as figureCsv, getStaticPaths as figurePaths } from '../../src/pages/data/figures/[id].csv';
import { GET as figureJson } from '../../src/pages/data/figures/[id].json';
import { GET as timelineCsv } from '../../src/pages/data/timeline.csv';
import { GET as timelineJson } from '../../src/pages/data/timeline.json';
import { GET as placesCsv } from '../../src/pages/data/places.csv';
import { GET as briefbookJson } from '../../src/pages/data/briefbook.json';
import { GET as chartSvg, getStaticPaths as chartPaths } from '../../src/pages/data/charts/[key].svg';
import path from 'node:path';
import { loadBriefbook } from '../../src/data/loadBriefbook';
import { indexCorpus } from '../../src/corpus/indexCorpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';
import { deriveYearlyAverage } from '../../src/figures/deriveYearlyAverage';
import { formatFigureValue } from '../../src/figures/formatFigureValue';
import { routes } from '../../src/routing/routes';
import { parseCsv } from './parseCsv';
import { isMappable } from '../../src/entities/isMappable';

// The 'astro' project points BRIEFBOOK_CONTENT at the fixture book (vitest.config.ts). The downloads are compared
// with that book as read from disk by the content check, not with what the endpoints themselves load.
const contentRoot = path.resolve(process.env.BRIEFBOOK_CONTENT ?? 'content');
const book = indexCorpus(await readCorpusFromDisk(contentRoot));
// The endpoints only read `params` and `props`; the rest of the context is not used.
const call = async (handler: (context: never) => Response | Promise<Response>, context: object = {}) => handler(context as never);

describe('the content behind the downloads', () => {
  it('is the content root on disk, with the cases the downloads must handle', async () => {
    const loaded = await loadBriefbook();
    expect(loaded.corpus.figures.map((figure) => figure.id).sort()).toEqual(book.corpus.figures.map((figure) => figure.id).sort());
    expect(loaded.corpus.events.map((event) => event.id).sort()).toEqual(book.corpus.events.map((event) => event.id).sort());
    // A derived yearly average, a figure citing two sources (one of them the source's own reading), a month-precision
    // event and a place with a status.
    expect(book.corpus.figures.some((figure) => deriveYearlyAverage(figure.data))).toBe(true);
    expect(book.corpus.figures.some((figure) => new Set(figure.data.citations.map((citation) => citation.source.id)).size > 1)).toBe(true);
    expect(book.corpus.figures.some((figure) => figure.data.citations.some((citation) => citation.attribution === 'analysis'))).toBe(true);
    expect(book.corpus.events.some((event) => event.data.date.precision === 'month')).toBe(true);
    expect(book.corpus.entities.some((entity) => isMappable(entity.data) && entity.data.status)).toBe(true);
  });
});

describe('figure downloads', () => {
  it('are published for every figure', async () => {
    const paths = await figurePaths();
    expect(paths.map((path) => path.params.id).sort()).toEqual(book.corpus.figures.map((figure) => figure.id).sort());
  });

  for (const figure of book.corpus.figures.filter((entry) => !entry.data.observations)) {
    it(`${figure.id}: the CSV and JSON parse and agree with the figure record`, async () => {
      const csvResponse = await call(figureCsv, { params: { id: figure.id } });
      expect(csvResponse.headers.get('Content-Type')).toMatch(/^text\/csv/);
      const rows = parseCsv(await csvResponse.text());
      const stated = rows.find((row) => !row.basis.startsWith('derived'))!;
      const kinds = new Set(figure.data.citations.map((citation) => citation.attribution));
      expect(stated.basis).toBe(kinds.size === 1 ? [...kinds][0] : 'source');
      expect(Number(stated.value)).toBe(figure.data.value);
      expect(stated.qualifier).toBe(figure.data.qualifier);
      expect(stated.estimated).toBe(String(figure.data.estimated));
      expect(stated.text).toBe(formatFigureValue(figure.data).text);
      expect(stated.period_from).toBe(figure.data.period?.from?.iso ?? '');
      expect(stated.as_of).toBe(figure.data.asOf ?? '');
      expect(stated.paragraphs).toBe(figure.data.citations.map((citation) => citation.paragraphs.join(' ')).join('; '));
      expect(stated.attribution).toBe(figure.data.citations.map((citation) => (citation.attribution === 'reported' ? `reported by ${citation.by}` : citation.attribution)).join('; '));
      const derived = deriveYearlyAverage(figure.data);
      expect(rows.filter((row) => row.basis.startsWith('derived'))).toHaveLength(derived ? 1 : 0);

      const json = await (await call(figureJson, { params: { id: figure.id } })).json();
      expect(json).toMatchObject({ id: figure.id, rank: figure.data.rank, value: figure.data.value, qualifier: figure.data.qualifier, label: figure.data.label });
      expect(json.citations).toEqual(
        figure.data.citations.map((citation) => ({ source: citation.source.id, paragraphs: citation.paragraphs, attribution: citation.attribution, by: citation.by ?? null, credibility: citation.credibility ?? null })),
      );
      expect(json.derived.map((value: { value: number }) => value.value)).toEqual(derived ? [derived.value] : []);
    });
  }
});

describe('downloads of a figure kept as observations', () => {
  const observed = book.corpus.figures.filter((entry) => entry.data.observations);
  it('has one to check', () => expect(observed.length).toBeGreaterThan(0));
  for (const figure of observed) {
    it(`${figure.id}: the CSV has one row per observation with its source ids, and the JSON every observation`, async () => {
      const rows = parseCsv(await (await call(figureCsv, { params: { id: figure.id } })).text());
      const observations = figure.data.observations!;
      expect(rows.map((row) => [Number(row.value), row.qualifier, row.as_of, row.source])).toEqual(
        observations.map((observation) => [observation.value, observation.qualifier, observation.asOf ?? '', observation.citations.map((citation) => citation.source.id).join(' ')]),
      );
      expect(rows.map((row) => row.note)).toEqual(observations.map((observation) => observation.note ?? ''));
      const json = await (await call(figureJson, { params: { id: figure.id } })).json();
      expect(json.observations.map((observation: { value: number; date: string }) => [observation.value, observation.date])).toEqual(
        observations.map((observation) => [observation.value, observation.asOf]),
      );
      // The top-level value is the latest reading's; whether its day is disputed is said beside it.
      expect(json.value).toBe(observations.at(-1)!.value);
      expect(typeof json.disputed).toBe('boolean');
    });
  }
});

describe('timeline downloads', () => {
  it('list every event once, in date order, with its date at its precision and the briefings that discuss it', async () => {
    const rows = parseCsv(await (await call(timelineCsv)).text());
    expect(rows.map((row) => row.id).sort()).toEqual(book.corpus.events.map((event) => event.id).sort());
    expect(rows.map((row) => row.drawn_from)).toEqual([...rows.map((row) => row.drawn_from)].sort());
    for (const row of rows) {
      const { data } = book.event(row.id!);
      expect(row.date).toBe(data.date.iso);
      expect(row.date_precision).toBe(data.date.precision);
      expect(row.date_qualifier).toBe(data.dateQualifier ?? '');
      expect(row.date_derivation).toBe(data.derivedDate ?? '');
      expect(row.topic).toBe(data.topic.id);
      expect(row.briefings).toBe(book.briefingsDiscussing(row.id!).map((briefing) => routes.briefing(briefing.id)).join(' '));
    }
    const json = await (await call(timelineJson)).json();
    expect(json.map((event: { id: string }) => event.id)).toEqual(rows.map((row) => row.id));
  });

  it('draw a month-precision date over the whole month', async () => {
    const rows = parseCsv(await (await call(timelineCsv)).text());
    const month = rows.find((row) => row.date_precision === 'month' && !row.date_qualifier && !row.end)!;
    const [year, monthNumber] = month.date!.split('-').map(Number);
    expect(month.drawn_from).toBe(`${month.date}-01`);
    expect(month.drawn_until).toBe(new Date(Date.UTC(year!, monthNumber!, 1)).toISOString().slice(0, 10));
  });
});

describe('the all-in-one download', () => {
  it('holds every figure, event and place, the same as the single files', async () => {
    const all = await (await call(briefbookJson)).json();
    expect(all.figures.map((figure: { id: string }) => figure.id).sort()).toEqual(book.corpus.figures.map((figure) => figure.id).sort());
    expect(all.events).toEqual(await (await call(timelineJson)).json());
    for (const figure of all.figures) expect(figure).toEqual(await (await call(figureJson, { params: { id: figure.id } })).json());
    const places = parseCsv(await (await call(placesCsv)).text());
    expect(places.map((place) => place.id)).toEqual(all.places.map((place: { id: string }) => place.id));
    const mapped = book.corpus.entities.filter((entity) => isMappable(entity.data));
    expect(places).toHaveLength(mapped.length);
    for (const place of places) {
      const { data } = book.entity(place.id!);
      expect(Number(place.lat)).toBe(data.coordinates!.lat);
      expect(place.status).toBe(data.status?.label ?? '');
    }
    expect(all.asOf).toBe(book.asOf);
  });
});

describe('standalone chart files', () => {
  it('are published for every figure, the timeline and the map', async () => {
    const keys = (await chartPaths()).map((path) => path.params.key);
    for (const figure of book.corpus.figures) expect(keys).toContain(`figure-${figure.id}`);
    expect(keys).toContain('timeline');
    expect(keys).toContain('map');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are complete SVG documents with a title, their source and their own stylesheet, and no style attributes', async () => {
    for (const path of await chartPaths()) {
      const response = await call(chartSvg, path);
      expect(response.headers.get('Content-Type')).toMatch(/^image\/svg\+xml/);
      const svg = await response.text();
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
      expect(svg).toContain('<style>');
      expect(svg).toContain('--chart-1');
      expect(svg).toMatch(/Source: [^<]+¶\d/);
      expect(svg).not.toMatch(/\sstyle="/);
      expect(svg.match(/<(\w+)[\s>]/g)!.length).toBeGreaterThan(5);
    }
  });
});
