import { formatCoordinates } from '../../entities/formatCoordinates';
import type { CellPart, ChartModel, TableRow } from '../chartModel';
import { citationsOf, dataTable } from '../dataTable';
import type { MapPlace } from './mapData';
import { compassPoint } from './mapGeometry';

type Projected = { place: MapPlace; x: number; y: number; onMap: boolean };

/** A place's status as the source words it, with its date; the author's capitals are kept ("Vacated by Russian forces"). */
const statusText = (status: NonNullable<MapPlace['status']>) => `${status.label}, ${status.date}`;

/**
 * What a locator map says in words: its title, the description (centre, neighbours named, places marked, places
 * beyond the frame, scale) and the data table of every place, on the map or not.
 */
export function describeMap({
  title,
  focus,
  focusCentroid: [focusLon, focusLat],
  countryNames,
  places,
  projected,
  onMap,
  offMap,
  centre,
  km,
}: {
  title: string | undefined;
  /** The focus country; none when the map is fitted to the book's places. */
  focus: string | undefined;
  focusCentroid: [number, number];
  countryNames: readonly string[];
  places: readonly MapPlace[];
  projected: readonly Projected[];
  onMap: readonly Projected[];
  offMap: readonly Projected[];
  centre: { x: number; y: number };
  km: number;
}): Pick<ChartModel, 'title' | 'desc' | 'table'> {
  const describePlace = (place: MapPlace) => `${place.name} (${place.kind}${place.status ? `; ${statusText(place.status)}` : ''})`;
  const offMapText = offMap.length
    ? ` Beyond the frame, marked by arrows at its edge: ${offMap.map(({ place, x, y }) => `${place.name}, to the ${compassPoint(centre, { x, y })}`).join('; ')}.`
    : '';
  const neighbours = countryNames.filter((name) => name !== focus);
  const chartTitle = title ?? `${focus ? `Map of ${focus} and its neighbours` : 'Map of the places in the briefings'}${places.length ? ` with ${places.length} place${places.length === 1 ? '' : 's'}` : ''}`;
  const desc =
    `Locator map centred on ${focus ?? 'the places in the briefings'} (about ${focusLat.toFixed(1)}° N, ${focusLon.toFixed(1)}° E)${neighbours.length ? `, with ${neighbours.join(', ')} named around it` : ''}.` +
    (onMap.length ? ` Marked: ${onMap.map(({ place }) => describePlace(place)).join('; ')}.` : '') +
    offMapText +
    ` The scale bar shows ${km} km.`;

  const rows: TableRow[] = projected
    .slice()
    .sort((a, b) => a.place.name.localeCompare(b.place.name))
    .map(({ place, onMap: shown, x, y: py }) => ({
      id: `place-${place.id}`,
      header: place.href ? ([{ text: place.name, href: place.href }] satisfies CellPart[]) : place.name,
      cells: {
        kind: place.kind === 'facility' ? 'Facility' : 'Place',
        status: place.status ? statusText(place.status) : '—',
        coordinates: formatCoordinates({ lat: place.lat, lon: place.lon }),
        shown: shown ? 'On the map' : `Off the map, to the ${compassPoint(centre, { x, y: py })}`,
      },
      ...citationsOf(place.citations),
    }));

  return {
    title: chartTitle,
    desc,
    table: dataTable(chartTitle, {
      rowHeader: 'Place',
      citeColumn: 'kind',
      columns: [
        { key: 'kind', label: 'Kind' },
        { key: 'status', label: 'Status' },
        { key: 'coordinates', label: 'Coordinates' },
        { key: 'shown', label: 'On this map' },
      ],
      rows,
    }),
  };
}
