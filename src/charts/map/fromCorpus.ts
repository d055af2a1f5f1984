import { chartWidths } from '../../config/limits';
import { formatPartialDate } from '../../dates/formatPartialDate';
import type { CorpusIndex } from '../../corpus/indexCorpus';
import { isMappable } from '../../entities/isMappable';
import { listMapPlaces } from '../../corpus/listMapPlaces';
import { routes } from '../../routing/routes';
import { drawShared, lazyModels, mergeCitations, type BuildContext, type BuiltChart, type ChartVariant } from '../builtChart';
import { locatorMap, type MapPlace } from './locatorMap';
import type { MapSpec } from './spec';

/** The mapped entities a map spec covers. */
function entityIdsOf(book: CorpusIndex, spec: MapSpec): string[] {
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

/** The places with their status and citations; `emphasis` is the place whose own page the map is on. */
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

export const mapHasContent = (book: CorpusIndex, spec: MapSpec) => entityIdsOf(book, spec).length > 0;

export function buildMapChart(book: CorpusIndex, spec: MapSpec, { key, idPrefix, svg, readBasemap }: BuildContext): BuiltChart {
  const emphasis = spec.scope === 'entity' ? spec.entityId : undefined;
  const places = mapPlaces(book, entityIdsOf(book, spec), emphasis);
  const basemap = readBasemap(() => book.corpus.entities.flatMap((entity) => (entity.data.coordinates ? [entity.data.coordinates] : [])));
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

/** The map page's map, the map of each briefing that asks for one, and each place's map. */
export function mapSiteSpecs(book: CorpusIndex): MapSpec[] {
  return [
    { kind: 'map', scope: 'all' },
    ...book.briefings.filter((briefing) => briefing.data.map).map((briefing): MapSpec => ({ kind: 'map', scope: 'briefing', briefingId: briefing.id })),
    ...book.corpus.entities.filter((entity) => isMappable(entity.data)).map((entity): MapSpec => ({ kind: 'map', scope: 'entity', entityId: entity.id })),
  ];
}
