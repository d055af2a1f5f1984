import type { ChartModel } from '../charts/chartModel';
import { figureChart } from '../charts/figureChart';
import { locatorMap, type MapPlace } from '../charts/locatorMap';
import { timelineChart, type TimelineEvent } from '../charts/timelineChart';
import { chartKey, type ChartSpec } from '../lib/chartKey';
import type { CorpusIndex } from '../lib/indexCorpus';
import { formatPartialDate } from '../lib/formatPartialDate';
import { isMappable } from '../lib/isMappable';
import { listEventsInTimelineOrder } from '../lib/listEventsInTimelineOrder';
import { listMapPlaces } from '../lib/listMapPlaces';
import { paginate, timelinePageSize } from '../lib/paginate';
import { routes } from '../lib/routes';
import { loadBasemap } from './loadBasemap';

/** Narrow charts fit a 320-pixel phone at full size; wide ones are for larger screens, print and the SVG files. */
export type ChartVariant = 'narrow' | 'wide';

/** Widths in SVG user units. Figure charts have one size, small enough for a card. */
export const chartWidths = { figure: 260, narrow: 300, wide: 720 } as const;

type Citations = ReadonlyArray<{ source: { id: string }; paragraphs: readonly number[] }>;

/** What a page needs to show a chart: its drawing(s), where its facts come from and where to download it. */
export interface BuiltChart {
  key: string;
  /** One model for figures; a narrow and a wide model for timelines and maps. */
  models: { narrow: ChartModel; wide?: ChartModel };
  citations: Citations;
  downloads: Array<{ label: string; href: string }>;
}

/** The events a timeline spec covers, in no particular order. */
function eventIdsOf(book: CorpusIndex, spec: Extract<ChartSpec, { kind: 'timeline' }>): string[] {
  switch (spec.scope) {
    case 'all':
      return (paginate(listEventsInTimelineOrder(book.corpus.events), timelinePageSize)[(spec.page ?? 1) - 1]?.items ?? []).map((event) => event.id);
    case 'topic':
      return book.corpus.events.filter((event) => event.data.topic.id === spec.topicId).map((event) => event.id);
    case 'briefing':
      return book.briefing(spec.briefingId).data.events.map((event) => event.id);
    case 'events':
      return [...spec.eventIds];
  }
}

/** The mapped entities a map spec covers. */
function entityIdsOf(book: CorpusIndex, spec: Extract<ChartSpec, { kind: 'map' }>): string[] {
  const mapped = (id: string) => isMappable(book.entity(id).data);
  switch (spec.scope) {
    case 'all':
      return listMapPlaces(book).map((entity) => entity.id);
    case 'briefing':
      return book.briefing(spec.briefingId).data.entities.map((entity) => entity.id).filter(mapped);
    case 'entity':
      return [spec.entityId];
    case 'entities': {
      const unmapped = spec.entityIds.filter((id) => !mapped(id));
      if (unmapped.length) {
        throw new Error(`A locator map can only show places and facilities with a point location; ${unmapped.map((id) => `"${id}" (${book.entity(id).data.kind})`).join(', ')} cannot be mapped`);
      }
      return [...spec.entityIds];
    }
  }
}

/**
 * Whether a spec draws anything: a briefing without events has no timeline, one without places no map.
 *
 * @example hasChartContent(book, { kind: 'map', scope: 'briefing', briefingId: 'the-moscow-visit' }) // true
 */
export function hasChartContent(book: CorpusIndex, spec: ChartSpec): boolean {
  if (spec.kind === 'figure') return true;
  return spec.kind === 'timeline' ? eventIdsOf(book, spec).length > 0 : entityIdsOf(book, spec).length > 0;
}

function timelineEvents(book: CorpusIndex, ids: readonly string[], exceptBriefing?: string): TimelineEvent[] {
  return ids.map((id) => {
    const { data } = book.event(id);
    return {
      id,
      title: data.title,
      date: data.date,
      ...(data.end ? { end: data.end } : {}),
      ...(data.dateQualifier ? { dateQualifier: data.dateQualifier } : {}),
      ...(data.derivedDate ? { derivedDate: data.derivedDate } : {}),
      lane: data.topic.id,
      briefings: book
        .briefingsDiscussing(id)
        .filter((briefing) => briefing.id !== exceptBriefing)
        .map((briefing) => ({ text: briefing.data.title, href: routes.briefing(briefing.id) })),
      citations: data.citations,
    };
  });
}

function mapPlaces(book: CorpusIndex, ids: readonly string[], emphasis?: string): MapPlace[] {
  return ids.map((id) => {
    const { data } = book.entity(id);
    return {
      id,
      name: data.name,
      label: data.shortName ?? data.name,
      kind: data.kind as MapPlace['kind'],
      lon: data.coordinates!.lon,
      lat: data.coordinates!.lat,
      ...(data.status ? { status: { label: data.status.label, date: formatPartialDate(data.status.date) } } : {}),
      ...(id === emphasis ? { emphasis: true } : {}),
      href: routes.entity(id),
      citations: mergeCitations([...data.citations, ...(data.status?.citations ?? [])]),
    };
  });
}

/**
 * Drawings that a page and the chart's standalone SVG file both show (the variant the file uses), per book: the
 * second of the two gets the first's drawing, with its own id. A drawing depends on nothing but the spec and the
 * variant; the id is only where the SVG's own ids start (see renderSvg).
 */
const sharedDrawings = new WeakMap<CorpusIndex, Map<string, ChartModel>>();

function drawShared(book: CorpusIndex, key: string, id: string, draw: () => ChartModel): ChartModel {
  const kept = sharedDrawings.get(book) ?? new Map<string, ChartModel>();
  sharedDrawings.set(book, kept);
  const drawn = kept.get(key);
  if (drawn) {
    // Two users at most (the page and the file), so the drawing is let go after its second use.
    kept.delete(key);
    return { ...drawn, id };
  }
  const model = draw();
  kept.set(key, model);
  return model;
}

/**
 * The chart's drawings, each made when first read: a page shows both variants, but the standalone SVG file only the
 * wide one, and drawing a timeline or map costs far more than anything else about it.
 */
function lazyModels(drawNarrow: () => ChartModel, drawWide?: () => ChartModel): BuiltChart['models'] {
  let narrow: ChartModel | undefined;
  let wide: ChartModel | undefined;
  const models = {
    get narrow() {
      return (narrow ??= drawNarrow());
    },
  } as BuiltChart['models'];
  if (drawWide) Object.defineProperty(models, 'wide', { enumerable: true, get: () => (wide ??= drawWide()) });
  return models;
}

/** Every citation of a set, merged by source, so a chart can name its sources once. */
function mergeCitations(all: Citations): Citations {
  const bySource = new Map<string, Set<number>>();
  for (const citation of all) {
    const set = bySource.get(citation.source.id) ?? new Set<number>();
    citation.paragraphs.forEach((paragraph) => set.add(paragraph));
    bySource.set(citation.source.id, set);
  }
  return [...bySource].map(([id, paragraphs]) => ({ source: { id }, paragraphs: [...paragraphs].sort((a, b) => a - b) }));
}

/**
 * Draws the chart a spec describes from the corpus: the figure record's own numbers, the events with the briefings
 * that discuss them, the places with their status. `idPrefix` keeps ids inside the SVG unique on a page.
 *
 * @example buildChart(book, { kind: 'figure', figureId: 'isis-detainees' }, 'c1').models.narrow.kind // "figure"
 */
export function buildChart(book: CorpusIndex, spec: ChartSpec, idPrefix: string): BuiltChart {
  const key = chartKey(spec);
  const svg = { label: 'SVG', href: routes.data(`charts/${key}.svg`) };
  if (spec.kind === 'figure') {
    const figure = book.figure(spec.figureId);
    return {
      key,
      models: { narrow: figureChart(figure.data, { id: idPrefix, width: chartWidths.figure, citations: figure.data.citations }) },
      citations: figure.data.citations,
      downloads: [svg, { label: 'CSV', href: routes.data(`figures/${figure.id}.csv`) }, { label: 'JSON', href: routes.data(`figures/${figure.id}.json`) }],
    };
  }
  if (spec.kind === 'timeline') {
    const events = timelineEvents(book, eventIdsOf(book, spec), spec.scope === 'briefing' ? spec.briefingId : undefined);
    const lanes = book.corpus.topics.map((topic) => ({ id: topic.id, title: topic.data.title }));
    const title =
      spec.scope === 'all'
        ? undefined
        : spec.scope === 'topic'
          ? `Timeline: ${book.topic(spec.topicId).data.title}`
          : spec.scope === 'briefing'
            ? `Timeline of this note’s ${events.length} event${events.length === 1 ? '' : 's'}`
            : undefined;
    const draw = (variant: ChartVariant) =>
      timelineChart(events, lanes, {
        id: `${idPrefix}-${variant}`,
        width: chartWidths[variant],
        ...(title ? { title } : {}),
        // On a briefing's own timeline the reader is in the briefing; related ones are listed after it.
        ...(spec.scope === 'briefing' ? { briefingsLabel: false as const } : {}),
      });
    return {
      key,
      models: lazyModels(() => draw('narrow'), () => drawShared(book, `${key}|wide`, `${idPrefix}-wide`, () => draw('wide'))),
      citations: mergeCitations(events.flatMap((event) => event.citations ?? [])),
      downloads: [svg, { label: 'CSV (all events)', href: routes.data('timeline.csv') }, { label: 'JSON (all events)', href: routes.data('timeline.json') }],
    };
  }
  const emphasis = spec.scope === 'entity' ? spec.entityId : undefined;
  const places = mapPlaces(book, entityIdsOf(book, spec), emphasis);
  const basemap = loadBasemap(() => book.corpus.entities.flatMap((entity) => (entity.data.coordinates ? [entity.data.coordinates] : [])));
  const title =
    spec.scope === 'entity'
      ? `Where ${places[0]!.name} is`
      : spec.scope === 'briefing'
        ? `Map of the places in this note`
        : undefined;
  const draw = (variant: ChartVariant) =>
    locatorMap(places, basemap, {
      id: `${idPrefix}-${variant}`,
      width: chartWidths[variant],
      fit: spec.scope === 'entity' ? 'all' : 'focus',
      ...(title ? { title } : {}),
    });
  return {
    key,
    // A place's page and a briefing get a small map; the map page and maps placed in prose get the full-width one.
    models:
      spec.scope === 'entity' || spec.scope === 'briefing'
        ? lazyModels(() => drawShared(book, `${key}|narrow`, `${idPrefix}-narrow`, () => draw('narrow')))
        : lazyModels(() => draw('narrow'), () => drawShared(book, `${key}|wide`, `${idPrefix}-wide`, () => draw('wide'))),
    citations: mergeCitations(places.flatMap((place) => place.citations ?? [])),
    downloads: [svg, { label: 'CSV (all places)', href: routes.data('places.csv') }, { label: 'JSON (all places)', href: routes.data('places.json') }],
  };
}

/**
 * Every chart the site shows, so that each gets its standalone SVG file: all figures, the full timeline and map,
 * each topic's and each briefing's timeline and map, each place's map, and the charts briefings place in prose.
 *
 * @example listChartSpecs(book, usages).map(chartKey) // ["figure-…", …, "timeline", "map", …]
 */
export function listChartSpecs(book: CorpusIndex, proseSpecs: readonly ChartSpec[] = []): ChartSpec[] {
  const specs: ChartSpec[] = [
    ...book.corpus.figures.map((figure) => ({ kind: 'figure' as const, figureId: figure.id })),
    ...paginate(book.corpus.events, timelinePageSize).map((page) => ({ kind: 'timeline' as const, scope: 'all' as const, page: page.number })),
    { kind: 'map', scope: 'all' },
    // Only the charts some page shows get a standalone file: a briefing's own timeline and map when it asks for them.
    ...book.briefings.flatMap((briefing) => [
      ...(briefing.data.timeline ? [{ kind: 'timeline' as const, scope: 'briefing' as const, briefingId: briefing.id }] : []),
      ...(briefing.data.map ? [{ kind: 'map' as const, scope: 'briefing' as const, briefingId: briefing.id }] : []),
    ]),
    ...book.corpus.entities
      .filter((entity) => isMappable(entity.data))
      .map((entity) => ({ kind: 'map' as const, scope: 'entity' as const, entityId: entity.id })),
    ...proseSpecs,
  ];
  const seen = new Set<string>();
  return specs.filter((spec) => {
    const key = chartKey(spec);
    if (seen.has(key) || !hasChartContent(book, spec)) return false;
    seen.add(key);
    return true;
  });
}
