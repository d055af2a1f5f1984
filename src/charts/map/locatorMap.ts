import { geoCentroid } from 'd3-geo';
import type { ChartModel, Mark } from '../chartModel';
import type { Basemap, MapPlace } from './mapData';
import { measureText } from '../measureText';
import { placeLabels, type Box, type PointLabel } from './placeLabels';
import { wrapText } from '../wrapText';
import { countryLabels } from './countryLabels';
import { describeMap } from './describeMap';
import { dodgeMarkers } from './dodgeMarkers';
import { areaFeature } from './areaFeature';
import { frameOf } from './frame';
import { landTests } from './land';
import { mapFooter } from './mapFooter';
import { listNames } from './mapGeometry';
import { mapText } from './mapText';
import { offMapArrows } from './offMapArrows';
import { seaLabels } from './seaLabels';

export type { Basemap, CountryFeature, MapPlace } from './mapData';

export interface LocatorMapOptions {
  id?: string;
  width?: number;
  fontSize?: number;
  /** Fit the focus country alone (places beyond it become arrows at the edge), or the focus country and every place. */
  fit?: 'focus' | 'all';
  /** Room around the fitted area, as a share of the width, so the neighbours show. */
  padding?: number;
  title?: string;
}

/**
 * A locator map: the focus country and its neighbours from a basemap (world-atlas, read at build time by the
 * caller), in a conformal conic projection fitted to the focus country, with the places and facilities marked
 * (squares for facilities, circles for places, hollow where the source reports a change of status, such as a base
 * vacated), labels that never overprint one another or a marker, country names where they fit, a scale bar, and
 * arrows at the edge pointing to places beyond the frame. It is drawn in phases, each a module beside this one: the
 * frame (frame.ts), land and sea (land.ts), markers and their labels (here), arrows to places beyond the frame
 * (offMapArrows.ts), sea names (seaLabels.ts), country names (countryLabels.ts), what goes below the map
 * (mapFooter.ts), and the words: title, description and table (describeMap.ts).
 *
 * @example
 * locatorMap([{ id: 'east-quay', name: 'Northport East Quay', label: 'East Quay', kind: 'facility', lon: -3.6, lat: 54.5 }], basemap)
 * // { kind: 'map', marks: [water, countries, markers, labels, scale bar, legend], table: { rows: [East Quay] } }
 */
export function locatorMap(
  places: readonly MapPlace[],
  basemap: Basemap,
  { id = 'map', width = 300, fontSize = 14, fit = 'focus', padding = 0.14, title }: LocatorMapOptions = {},
): ChartModel {
  const text = mapText(fontSize);
  const { small, smallLineHeight, lineHeight, ascent } = text;
  // Without a focus country the map is of the area the book's places span, and no country is drawn as the focus.
  const focus = basemap.focus === undefined ? areaFeature(basemap.area ?? []) : basemap.countries.find((country) => country.properties.name === basemap.focus);
  if (!focus) throw new Error(`The basemap has no country called "${basemap.focus}"`);

  // The projection and the countries' outlines depend only on the frame, which every briefing map fitted to the focus
  // country shares; they are worked out once per frame (frameOf) rather than once per map.
  const frame = frameOf(basemap, focus, places, { width, padding, fit });
  const { projection, mapHeight, scaleKmPerPixel, drawnFocus, visible } = frame;

  const marks: Mark[] = [{ type: 'rect', className: 'chart-water', x: 0, y: 0, width, height: mapHeight }];
  marks.push({
    type: 'group',
    className: 'chart-countries',
    marks: visible.map(({ country, d }) => ({ type: 'path', className: country === drawnFocus ? 'chart-land chart-land--focus' : 'chart-land', d })),
  });

  // Places inside the frame get markers; a point in no country is a sea and is named in italics, unmarked.
  const inside = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= mapHeight;
  const { onLand, isOpenWater } = landTests(basemap.countries);
  const projected = places.map((place) => {
    let [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    const isWater = isOpenWater(place.lon, place.lat);
    // A sea's name belongs on the water in view, even when its reference point lies just beyond the frame.
    if (isWater && x > -width * 0.5 && x < width * 1.5 && y > -mapHeight * 0.5 && y < mapHeight * 1.5) {
      x = Math.max(width * 0.12, Math.min(width * 0.88, x));
      y = Math.max(mapHeight * 0.1, Math.min(mapHeight * 0.9, y));
    }
    return { place, x, y, onMap: inside(x, y), isWater };
  });
  const order = (entry: (typeof projected)[number]) => (entry.place.emphasis ? 0 : entry.isWater ? 3 : entry.place.kind === 'facility' ? 1 : 2);
  const onMap = projected.filter((entry) => entry.onMap).sort((a, b) => order(a) - order(b) || a.place.label.localeCompare(b.place.label));
  const offMap = projected.filter((entry) => !entry.onMap);

  const markerMarks: Mark[] = [];
  const labelInputs: PointLabel[] = [];
  const labelLines = new Map<string, { name: string[]; status: string[]; water: boolean; emphasis: boolean }>();
  const waterPlaces: typeof onMap = [];
  const markerRadius = (place: MapPlace) => 4.5 * (place.emphasis ? 1.35 : 1);
  // A facility inside a city would hide under the city's marker: it steps aside, tied to its true spot by a line.
  const dodged = new Map(
    dodgeMarkers(onMap.filter((entry) => !entry.isWater).map(({ place, x, y }) => ({ key: place.id, x, y, radius: markerRadius(place), anchored: place.kind !== 'facility' }))).map((marker) => [marker.key, marker]),
  );
  const movedPlaces: string[] = [];
  for (const entry of onMap) {
    const { place, isWater } = entry;
    if (isWater) {
      waterPlaces.push(entry);
      continue;
    }
    const { x, y, from } = dodged.get(place.id)!;
    const radius = markerRadius(place);
    const classes = ['chart-place', `chart-place--${place.kind}`, place.status && 'has-status', place.emphasis && 'is-emphasised'].filter(Boolean).join(' ');
    if (from) {
      movedPlaces.push(place.label);
      markerMarks.push({ type: 'line', className: 'chart-leader chart-marker-leader', x1: from.x, y1: from.y, x2: x, y2: y }, { type: 'circle', className: 'chart-true-spot', cx: from.x, cy: from.y, r: 1.5 });
    }
    markerMarks.push(
      place.kind === 'facility'
        ? { type: 'rect', className: classes, x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius }
        : { type: 'circle', className: classes, cx: x, cy: y, r: radius },
    );
    const labelWidth = Math.min(width * 0.45, 150);
    const name = wrapText(place.label, labelWidth, fontSize, { bold: place.emphasis });
    const status = place.status ? wrapText(`${place.status.label}, ${place.status.date}`, labelWidth, small) : [];
    const boxWidth = Math.max(...name.map((line) => measureText(line, fontSize, { bold: place.emphasis })), ...status.map((line) => measureText(line, small)));
    labelLines.set(place.id, { name, status, water: false, emphasis: Boolean(place.emphasis) });
    labelInputs.push({ key: place.id, x, y, width: boxWidth, height: name.length * lineHeight + status.length * smallLineHeight, radius: radius + 1 });
  }

  const arrows = offMapArrows(offMap, { width, mapHeight, text });
  const { centre, edgeGroups, arrowMarks, arrowBoxes } = arrows;
  for (const { input, lines } of arrows.labels) {
    labelLines.set(input.key, { name: [], status: lines, water: false, emphasis: false });
    labelInputs.push(input);
  }

  const bounds: Box = { x: 3, y: 3, width: width - 6, height: mapHeight - 6 };
  // Markers and arrows first; sea names next, as they have few places to go; then the places' labels around them.
  const taken: Box[] = [
    ...arrowBoxes,
    ...labelInputs.map((label) => ({ x: label.x - label.radius, y: label.y - label.radius, width: 2 * label.radius, height: 2 * label.radius })),
  ];
  const seas = seaLabels(waterPlaces, { frame, projection, onLand, bounds, taken, text });
  const labelMarks: Mark[] = seas.labelMarks;

  const { placed, unplaced } = placeLabels(labelInputs, { bounds, rings: [12, 24, 40, 60], obstacles: [...arrowBoxes, ...seas.seaBoxes] });
  taken.push(...placed.map((label) => label.box));
  for (const label of placed) {
    const lines = labelLines.get(label.key)!;
    const x = label.anchor === 'start' ? label.box.x : label.anchor === 'end' ? label.box.x + label.box.width : label.box.x + label.box.width / 2;
    const group: Mark[] = [];
    if (label.leader) group.push({ type: 'line', className: 'chart-leader', ...label.leader });
    let cursor = label.box.y;
    if (lines.name.length) {
      group.push({
        type: 'text',
        className: `chart-map-label${lines.water ? ' chart-map-label--water' : ''}`,
        x,
        y: cursor + ascent(fontSize),
        lines: lines.name,
        fontSize,
        lineHeight,
        anchor: label.anchor,
        ...(lines.water ? { fontStyle: 'italic' as const } : {}),
        ...(lines.emphasis ? { fontWeight: 'bold' as const } : {}),
      });
      cursor += lines.name.length * lineHeight;
    }
    if (lines.status.length) {
      group.push({ type: 'text', className: 'chart-map-label chart-map-label--status', x, y: cursor + ascent(small), lines: lines.status, fontSize: small, lineHeight: smallLineHeight, anchor: label.anchor });
    }
    labelMarks.push({ type: 'group', className: 'chart-map-label-group', key: label.key, marks: group });
  }

  const countries = countryLabels(frame, { projection, bounds, taken, text });

  marks.push({ type: 'group', className: 'chart-country-labels', marks: countries.marks });
  marks.push({ type: 'group', className: 'chart-markers', marks: markerMarks });
  marks.push({ type: 'group', className: 'chart-offmap', marks: arrowMarks });
  marks.push({ type: 'group', className: 'chart-map-labels', marks: labelMarks });
  marks.push({ type: 'rect', className: 'chart-frame', x: 0.5, y: 0.5, width: width - 1, height: mapHeight - 1 });

  const unlabelledGroups = edgeGroups.filter((_, index) => width < 560 || unplaced.includes(`offmap-${index}`));
  const unlabelledPlaces = [...unplaced.filter((key) => !key.startsWith('offmap-')).map((key) => projected.find((entry) => entry.place.id === key)!.place.label), ...seas.unplacedWater];
  const footer = mapFooter({
    width,
    mapHeight,
    scaleKmPerPixel,
    drawnPlaces: onMap.filter((entry) => !entry.isWater).map((entry) => entry.place),
    footnotes: [
      unlabelledGroups.length ? `Arrows point to places beyond the map: ${unlabelledGroups.map((group) => `${listNames(group.names)} to the ${group.direction}`).join('; ')}.` : '',
      unlabelledPlaces.length ? `Marked but not labelled for lack of room: ${listNames(unlabelledPlaces)} (see the table).` : '',
      movedPlaces.length ? `Moved aside so as not to hide under a neighbouring marker, with a line to the true spot: ${listNames(movedPlaces)}.` : '',
    ].filter(Boolean),
    text,
  });
  marks.push(...footer.marks);

  const words = describeMap({
    title,
    focus: basemap.focus,
    focusCentroid: geoCentroid(focus),
    countryNames: countries.names,
    places,
    projected,
    onMap,
    offMap,
    centre,
    km: footer.km,
  });

  return {
    kind: 'map',
    id,
    width,
    height: footer.height,
    title: words.title,
    desc: words.desc,
    patterns: [],
    marks,
    table: words.table,
    notes: [
      `Boundaries: ${basemap.attribution}. They are shown for orientation and imply no position on any border or territory.`,
      'Positions are geographic references added for the map, not details from the source.',
    ],
  };
}
