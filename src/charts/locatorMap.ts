import {
  geoBounds,
  geoCentroid,
  geoConicConformal,
  geoContains,
  geoDistance,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { formatCoordinates } from '../lib/formatCoordinates';
import type { CellPart, ChartModel, Mark, TableRow } from './chartModel';
import { measureText } from './measureText';
import { placeLabels, type Box, type PointLabel } from './placeLabels';
import { wrapText } from './wrapText';

export interface MapPlace {
  id: string;
  /** The full name, for the table and the description. */
  name: string;
  /** The name on the map (a short name saves room). */
  label: string;
  kind: 'place' | 'facility';
  lon: number;
  lat: number;
  /** A change of state the source reports ("Vacated by Russian forces"), with its date in words. */
  status?: { label: string; date: string };
  /** Drawn larger, labelled first: the place a page is about. */
  emphasis?: boolean;
  /** The place's page, for the table. */
  href?: string;
  citations?: TableRow['citations'];
}

export type CountryFeature = Feature<Geometry, { name: string }>;

export interface Basemap {
  countries: readonly CountryFeature[];
  /** The same countries at a coarser resolution, for maps that span thousands of kilometres. */
  coarseCountries?: readonly CountryFeature[];
  /** The name of the country the map is fitted to, as the basemap spells it; without one, maps fit `area`. */
  focus?: string;
  /** The points a map without a focus country is fitted to (a book's places); none gives a map of the world. */
  area?: ReadonlyArray<{ lat: number; lon: number }>;
  /** Where the boundaries come from, for the note under the map. */
  attribution: string;
}

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

const niceDistances = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];
const earthRadiusKm = 6371;
const compass = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
/** The compass point of the direction from `from` to `to` on screen (y grows downwards). */
const compassPoint = (from: { x: number; y: number }, to: { x: number; y: number }) =>
  compass[Math.round(((Math.atan2(to.y - from.y, to.x - from.x) * 180) / Math.PI + 90 + 360) / 45) % 8]!;

/**
 * A locator map: the focus country and its neighbours from a basemap (world-atlas, read at build time by the
 * caller), in a conformal conic projection fitted to the focus country, with the places and facilities marked
 * (squares for facilities, circles for places, hollow where the source reports a change of status, such as a base
 * vacated), labels that never overprint one another or a marker, country names where they fit, a scale bar, and
 * arrows at the edge pointing to places beyond the frame.
 *
 * @example
 * locatorMap([{ id: 'tartus', name: 'Tartus Naval Base', label: 'Tartus', kind: 'facility', lon: 35.87, lat: 34.9 }], basemap)
 * // { kind: 'map', marks: [water, countries, markers, labels, scale bar, legend], table: { rows: [Tartus] } }
 */
export function locatorMap(
  places: readonly MapPlace[],
  basemap: Basemap,
  { id = 'map', width = 300, fontSize = 14, fit = 'focus', padding = 0.14, title }: LocatorMapOptions = {},
): ChartModel {
  const small = fontSize - 1;
  const smallLineHeight = Math.round(small * 1.3);
  const lineHeight = Math.round(fontSize * 1.25);
  const ascent = (size: number) => size * 0.78;
  const focus = basemap.focus === undefined ? areaFeature(basemap.area ?? []) : basemap.countries.find((country) => country.properties.name === basemap.focus);
  if (!focus) throw new Error(`The basemap has no country called "${basemap.focus}"`);
  // Without a focus country the map is of the area the places span, and no country is drawn as the focus.
  const centredOn = basemap.focus ?? 'the places in the briefings';

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
  const countryBounds = boundsOf(basemap.countries);
  // Whether a point is on land does not change from map to map; the answers are kept per basemap (landCache),
  // because testing points against 1:50m coastlines is most of the work of drawing a map.
  const landAt = landCache.get(basemap.countries) ?? new Map<string, boolean>();
  landCache.set(basemap.countries, landAt);
  const onLand = (lon: number, lat: number) => {
    const key = `${lon},${lat}`;
    let land = landAt.get(key);
    if (land === undefined) {
      land = countryBounds.some(
        ({ country, bounds: [[x0, y0], [x1, y1]] }) => (x0 > x1 || (lon >= x0 && lon <= x1)) && lat >= y0 && lat <= y1 && geoContains(country, [lon, lat]),
      );
      landAt.set(key, land);
    }
    return land;
  };
  // A sea is a point with no land within about 20 km (a coastal base that the 1:50m coastline leaves offshore is not).
  const isOpenWater = (lon: number, lat: number) =>
    [[0, 0], [0.2, 0], [-0.2, 0], [0, 0.2], [0, -0.2], [0.14, 0.14], [-0.14, 0.14], [0.14, -0.14], [-0.14, -0.14]].every(([dx, dy]) => !onLand(lon + dx!, lat + dy!));
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
  for (const entry of onMap) {
    const { place, x, y, isWater } = entry;
    if (isWater) {
      waterPlaces.push(entry);
      continue;
    }
    const scale = place.emphasis ? 1.35 : 1;
    const radius = 4.5 * scale;
    const classes = ['chart-place', `chart-place--${place.kind}`, place.status && 'has-status', place.emphasis && 'is-emphasised'].filter(Boolean).join(' ');
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

  // Arrows at the edge for places beyond the frame, grouped when they point the same way.
  const centre = { x: width / 2, y: mapHeight / 2 };
  const edgeInset = 14;
  const edgeGroups: Array<{ x: number; y: number; angle: number; names: string[]; direction: string }> = [];
  for (const { place, x, y } of offMap) {
    const angle = Math.atan2(y - centre.y, x - centre.x);
    const edge = rayToFrame(centre, angle, width, mapHeight, edgeInset);
    const existing = edgeGroups.find((group) => Math.hypot(group.x - edge.x, group.y - edge.y) < 40);
    const direction = compassPoint(centre, { x, y });
    if (existing) existing.names.push(place.label);
    else edgeGroups.push({ ...edge, angle, names: [place.label], direction });
  }
  const arrowMarks: Mark[] = [];
  const arrowBoxes: Box[] = [];
  for (const [index, group] of edgeGroups.entries()) {
    arrowBoxes.push({ x: group.x - 9, y: group.y - 9, width: 18, height: 18 });
    const length = 12;
    const tipX = group.x + Math.cos(group.angle) * (length / 2);
    const tipY = group.y + Math.sin(group.angle) * (length / 2);
    const tailX = group.x - Math.cos(group.angle) * (length / 2);
    const tailY = group.y - Math.sin(group.angle) * (length / 2);
    const headA = group.angle + Math.PI * 0.8;
    const headB = group.angle - Math.PI * 0.8;
    arrowMarks.push({
      type: 'path',
      className: 'chart-offmap-arrow',
      d: `M${tailX},${tailY}L${tipX},${tipY}M${tipX + 6 * Math.cos(headA)},${tipY + 6 * Math.sin(headA)}L${tipX},${tipY}L${tipX + 6 * Math.cos(headB)},${tipY + 6 * Math.sin(headB)}`,
    });
    // Wide maps label their arrows; narrow ones explain them in a note below, where there is room.
    if (width < 560) continue;
    const text = wrapText(`${listNames(group.names)} (off the map)`, Math.min(width * 0.5, 200), small);
    const key = `offmap-${index}`;
    labelLines.set(key, { name: [], status: text, water: false, emphasis: false });
    labelInputs.push({ key, x: group.x, y: group.y, width: Math.max(...text.map((line) => measureText(line, small))), height: text.length * smallLineHeight, radius: 8 });
  }

  const bounds: Box = { x: 3, y: 3, width: width - 6, height: mapHeight - 6 };
  const labelMarks: Mark[] = [];
  // Markers and arrows first; sea names next, as they have few places to go; then the places' labels around them.
  const taken: Box[] = [
    ...arrowBoxes,
    ...labelInputs.map((label) => ({ x: label.x - label.radius, y: label.y - label.radius, width: 2 * label.radius, height: 2 * label.radius })),
  ];
  // Seas are named on open water near their point: across it if there is room, else along a narrow strip.
  const isWaterAt = (px: number, py: number) => {
    const point = projection.invert!([px, py]);
    return point !== null && !onLand(point[0], point[1]);
  };
  const unplacedWater: string[] = [];
  const seaBoxes: Box[] = [];
  for (const { place, x, y } of waterPlaces) {
    const textWidth = measureText(place.label, fontSize) * 1.04;
    // The box is the glyphs' height (not the line's) so a name fits a strip of sea as wide as its letters.
    const textHeight = fontSize;
    const offsets = [0, 8, -8, 16, -16, 24, -24, 36, -36, 50, -50, 70, -70, 90, -90];
    const candidates: Array<{ box: Box; rotate: boolean }> = [];
    for (const rotate of [false, true]) {
      for (const dy of offsets) {
        for (const dx of offsets) {
          const w = rotate ? textHeight : textWidth;
          const h = rotate ? textWidth : textHeight;
          candidates.push({ box: { x: x + dx - w / 2, y: y + dy - h / 2, width: w, height: h }, rotate });
        }
      }
    }
    // Water under the whole length of the name and most of its height: the ends of a line of letters may touch the coast.
    const samples = [...[0.05, 0.25, 0.5, 0.75, 0.95].map((along) => [along, 0.5] as const), [0.3, 0.2] as const, [0.3, 0.8] as const, [0.7, 0.2] as const, [0.7, 0.8] as const];
    // Whether a spot lies on water depends only on the frame and the name's box: each answer is kept with the frame.
    const waterKey = `${x},${y},${textWidth},${textHeight}`;
    const onWater = frame.waterSpots.get(waterKey) ?? [];
    frame.waterSpots.set(waterKey, onWater);
    const choice = candidates.find(
      ({ box, rotate }, index) =>
        box.x >= bounds.x &&
        box.y >= bounds.y &&
        box.x + box.width <= bounds.x + bounds.width &&
        box.y + box.height <= bounds.y + bounds.height &&
        !taken.some((other) => overlaps(box, other, 2)) &&
        (onWater[index] ??= samples.every(([along, across]) =>
          rotate ? isWaterAt(box.x + box.width * across, box.y + box.height * along) : isWaterAt(box.x + box.width * along, box.y + box.height * across),
        )),
    );
    if (!choice) {
      unplacedWater.push(place.label);
      continue;
    }
    taken.push(choice.box);
    seaBoxes.push(choice.box);
    const cx = choice.box.x + choice.box.width / 2;
    const cy = choice.box.y + choice.box.height / 2;
    labelMarks.push({
      type: 'group',
      className: 'chart-map-label-group',
      key: place.id,
      marks: [
        {
          type: 'text',
          className: 'chart-map-label chart-map-label--water',
          x: cx,
          y: cy + ascent(fontSize) / 2,
          lines: [place.label],
          fontSize,
          anchor: 'middle',
          fontStyle: 'italic',
          ...(choice.rotate ? { rotate: -90, x: cx + ascent(fontSize) / 2, y: cy } : {}),
        },
      ],
    });
  }

  const { placed, unplaced } = placeLabels(labelInputs, { bounds, rings: [12, 24, 40, 60], obstacles: [...arrowBoxes, ...seaBoxes] });
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

  // Country names where the country shows enough of itself to hold one and the spot is free.
  const countryLabels: Mark[] = [];
  const countryNames: string[] = [];
  for (const { country, area, centroid } of visible) {
    const name = country.properties.name.toUpperCase();
    const textWidth = measureText(name, small);
    const boxHeight = smallLineHeight;
    if (area < textWidth * boxHeight * 2.5) continue;
    const [cx, cy] = centroid;
    const candidates = [0, -1, 1, -2, 2, -3, 3].map((step) => ({ x: cx - textWidth / 2, y: cy - boxHeight / 2 + step * boxHeight, width: textWidth, height: boxHeight }));
    const box = candidates.find(
      (candidate) =>
        candidate.x >= bounds.x &&
        candidate.y >= bounds.y &&
        candidate.x + candidate.width <= bounds.x + bounds.width &&
        candidate.y + candidate.height <= bounds.y + bounds.height &&
        containsPoint(country, projection.invert!([candidate.x + candidate.width / 2, candidate.y + candidate.height / 2])!) &&
        !taken.some((other) => overlaps(candidate, other, 3)),
    );
    if (!box) continue;
    taken.push(box);
    countryNames.push(country.properties.name);
    countryLabels.push({
      type: 'text',
      className: `chart-country-label${country === drawnFocus ? ' chart-country-label--focus' : ''}`,
      x: box.x + box.width / 2,
      y: box.y + ascent(small),
      lines: [name],
      fontSize: small,
      anchor: 'middle',
    });
  }

  marks.push({ type: 'group', className: 'chart-country-labels', marks: countryLabels });
  marks.push({ type: 'group', className: 'chart-markers', marks: markerMarks });
  marks.push({ type: 'group', className: 'chart-offmap', marks: arrowMarks });
  marks.push({ type: 'group', className: 'chart-map-labels', marks: labelMarks });
  marks.push({ type: 'rect', className: 'chart-frame', x: 0.5, y: 0.5, width: width - 1, height: mapHeight - 1 });

  // Below the map: scale bar, then the key, then any label that found no room on the map.
  let y = mapHeight + 14;
  const kmPerPixel = scaleKmPerPixel;
  const km = [...niceDistances].reverse().find((distance) => distance / kmPerPixel <= width * 0.35) ?? niceDistances[0]!;
  const barLength = km / kmPerPixel;
  marks.push({
    type: 'group',
    className: 'chart-scale-bar',
    key: 'scale-bar',
    marks: [
      { type: 'path', className: 'chart-scale-bar__line', d: `M0.75,${y - 5}V${y + 1}H${barLength}V${y - 5}` },
      { type: 'text', className: 'chart-tick', x: barLength + 6, y: y + 1, lines: [`${km} km`], fontSize: small },
    ],
  });
  y += 14;

  const keyItems: Array<{ icon: Mark; text: string }> = [];
  const drawnPlaces = onMap.filter((entry) => !entry.isWater).map((entry) => entry.place);
  if (drawnPlaces.some((place) => place.kind === 'facility')) keyItems.push({ icon: { type: 'rect', className: 'chart-place chart-place--facility', x: -4.5, y: -4.5, width: 9, height: 9 }, text: 'Facility' });
  if (drawnPlaces.some((place) => place.kind === 'place')) keyItems.push({ icon: { type: 'circle', className: 'chart-place chart-place--place', cx: 0, cy: 0, r: 4.5 }, text: 'Place' });
  if (drawnPlaces.some((place) => place.status)) keyItems.push({ icon: { type: 'rect', className: 'chart-place chart-place--facility has-status', x: -4.5, y: -4.5, width: 9, height: 9 }, text: 'Hollow: status changed, as labelled' });
  let keyX = 0;
  const keyMarks: Mark[] = [];
  for (const item of keyItems) {
    const itemWidth = 18 + measureText(item.text, small) + 14;
    if (keyX > 0 && keyX + itemWidth > width) {
      keyX = 0;
      y += smallLineHeight + 2;
    }
    const cy = y + smallLineHeight / 2;
    keyMarks.push(moveIcon(item.icon, keyX + 5, cy), { type: 'text', className: 'chart-label', x: keyX + 16, y: y + ascent(small) + 1, lines: [item.text], fontSize: small });
    keyX += itemWidth;
  }
  if (keyMarks.length) {
    marks.push({ type: 'group', className: 'chart-legend', marks: keyMarks });
    y += smallLineHeight + 4;
  }
  const unlabelledGroups = edgeGroups.filter((_, index) => width < 560 || unplaced.includes(`offmap-${index}`));
  const unlabelledPlaces = [...unplaced.filter((key) => !key.startsWith('offmap-')).map((key) => projected.find((entry) => entry.place.id === key)!.place.label), ...unplacedWater];
  const footnotes = [
    unlabelledGroups.length ? `Arrows point to places beyond the map: ${unlabelledGroups.map((group) => `${listNames(group.names)} to the ${group.direction}`).join('; ')}.` : '',
    unlabelledPlaces.length ? `Marked but not labelled for lack of room: ${listNames(unlabelledPlaces)} (see the table).` : '',
  ].filter(Boolean);
  for (const footnote of footnotes) {
    const lines = wrapText(footnote, width, small);
    marks.push({ type: 'text', className: 'chart-note', x: 0, y: y + ascent(small), lines, fontSize: small, lineHeight: smallLineHeight });
    y += lines.length * smallLineHeight + 2;
  }
  const height = Math.ceil(y + 2);

  const [focusLon, focusLat] = geoCentroid(focus);
  const describePlace = (place: MapPlace) => `${place.name} (${place.kind}${place.status ? `; ${place.status.label.toLowerCase()}, ${place.status.date}` : ''})`;
  const offMapText = offMap.length
    ? ` Beyond the frame, marked by arrows at its edge: ${offMap.map(({ place, x, y }) => `${place.name}, to the ${compassPoint(centre, { x, y })}`).join('; ')}.`
    : '';
  const neighbours = countryNames.filter((name) => name !== basemap.focus);
  const chartTitle = title ?? `${basemap.focus ? `Map of ${basemap.focus} and its neighbours` : 'Map of the places in the briefings'}${places.length ? ` with ${places.length} place${places.length === 1 ? '' : 's'}` : ''}`;
  const desc =
    `Locator map centred on ${centredOn} (about ${focusLat.toFixed(1)}° N, ${focusLon.toFixed(1)}° E)${neighbours.length ? `, with ${neighbours.join(', ')} named around it` : ''}.` +
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
        status: place.status ? `${place.status.label}, ${place.status.date}` : '—',
        coordinates: formatCoordinates({ lat: place.lat, lon: place.lon }),
        shown: shown ? 'On the map' : `Off the map, to the ${compassPoint(centre, { x, y: py })}`,
      },
      ...(place.citations ? { citations: place.citations } : {}),
    }));

  return {
    kind: 'map',
    id,
    width,
    height,
    title: chartTitle,
    desc,
    patterns: [],
    marks,
    table: {
      caption: `Data: ${chartTitle}`,
      rowHeader: 'Place',
      citeColumn: 'kind',
      columns: [
        { key: 'kind', label: 'Kind' },
        { key: 'status', label: 'Status' },
        { key: 'coordinates', label: 'Coordinates' },
        { key: 'shown', label: 'On this map' },
      ],
      rows,
    },
    notes: [
      `Boundaries: ${basemap.attribution}. They are shown for orientation and imply no position on any border or territory.`,
      'Positions are geographic references added for the map, not details from the source.',
    ],
  };
}

/**
 * Wraps a projection so that, after projecting, points closer than `tolerance` units to the last one kept are
 * dropped: detail finer than a pixel costs bytes and shows nothing.
 */
function dropNearbyPoints(projection: GeoProjection, tolerance: number): GeoStreamWrapper {
  return {
    stream(output) {
      let lastX = 0;
      let lastY = 0;
      let first = true;
      const filter: GeoStream = {
        point(x, y) {
          if (first || Math.hypot(x - lastX, y - lastY) >= tolerance) {
            output.point(x, y);
            lastX = x;
            lastY = y;
            first = false;
          }
        },
        lineStart() {
          first = true;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      };
      return projection.stream(filter);
    },
  };
}

/** Answers of `onLand` per basemap and point (see locatorMap). */
const landCache = new WeakMap<readonly CountryFeature[], Map<string, boolean>>();

/** `geoContains` for a country and a point, remembered: the country-label spots repeat on every map of a frame. */
const containsCache = new WeakMap<CountryFeature, Map<string, boolean>>();
function containsPoint(country: CountryFeature, point: [number, number]): boolean {
  const answers = containsCache.get(country) ?? new Map<string, boolean>();
  containsCache.set(country, answers);
  const key = `${point[0]},${point[1]}`;
  let inside = answers.get(key);
  if (inside === undefined) {
    inside = geoContains(country, point);
    answers.set(key, inside);
  }
  return inside;
}

interface Frame {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  mapHeight: number;
  scaleKmPerPixel: number;
  drawnFocus: CountryFeature;
  /** The countries in view, the focus last, with their outline, projected area and centroid (for their names). */
  visible: Array<{ country: CountryFeature; d: string; area: number; centroid: [number, number] }>;
  /** Per sea name's box (`x,y,width,height`), whether each of its candidate spots lies on water, as far as asked. */
  waterSpots: Map<string, boolean[]>;
}

/** Frames worked out so far, per basemap, by what decides them (see frameOf). */
const frameCache = new WeakMap<Basemap, Map<string, Frame>>();

/**
 * The projection fitted to the focus country (and, with `fit: 'all'`, the places), the map's height and scale, and
 * the outlines of the countries in view. Every map with the same basemap, width, padding and fitted area shares one
 * frame, so it is computed once. Nothing here is changed after it is made.
 */
function frameOf(
  basemap: Basemap,
  focus: CountryFeature,
  places: readonly MapPlace[],
  { width, padding, fit }: { width: number; padding: number; fit: 'focus' | 'all' },
): Frame {
  const fitsPlaces = fit === 'all' && places.length > 0;
  const key = `${focus.properties.name}|${width}|${padding}|${fitsPlaces ? places.map((place) => `${place.lon},${place.lat}`).join(';') : 'focus'}`;
  const frames = frameCache.get(basemap) ?? new Map<string, Frame>();
  frameCache.set(basemap, frames);
  const known = frames.get(key);
  if (known) return known;

  const fitObject: GeoPermissibleObjects =
    fitsPlaces
      ? { type: 'FeatureCollection', features: [focus, { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: places.map((place) => [place.lon, place.lat]) } }] }
      : focus;
  const [[west, south], [east, north]] = geoBounds(fitObject);
  const projection = geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + (north - south) / 6, north - (north - south) / 6]);
  const pad = Math.round(width * padding);
  projection.fitWidth(width - 2 * pad, fitObject);
  const [[, fy0], [, fy1]] = geoPath(projection).bounds(fitObject);
  // A tall fit (a place far north of the focus) is capped so the map stays roughly square; it narrows instead.
  const fittedHeight = Math.min(fy1 - fy0, width - 2 * pad);
  const mapHeight = Math.round(fittedHeight + 2 * pad * 0.8);
  projection.fitExtent(
    [
      [pad, pad * 0.8],
      [width - pad, pad * 0.8 + fittedHeight],
    ],
    fitObject,
  );
  projection.clipExtent([
    [0, 0],
    [width, mapHeight],
  ]);
  const path = geoPath(dropNearbyPoints(projection, 0.8)).digits(1);
  const scaleKmPerPixel = (() => {
    const a = projection.invert!([width / 2 - 50, mapHeight / 2])!;
    const b = projection.invert!([width / 2 + 50, mapHeight / 2])!;
    return (geoDistance(a, b) * earthRadiusKm) / 100;
  })();
  // Past about 4 km a unit, 1:50m coastlines are finer than the drawing can show; the coarse outlines say as much.
  const drawnCountries = scaleKmPerPixel > 4 && basemap.coarseCountries ? basemap.coarseCountries : basemap.countries;
  const drawnFocus = drawnCountries.find((country) => country.properties.name === basemap.focus) ?? focus;

  // Only countries whose bounding box meets the frame are projected: clipping all of them costs most of the time.
  const frameBounds = (() => {
    const corners: Array<[number, number]> = [];
    for (let step = 0; step <= 10; step += 1) {
      corners.push([(width * step) / 10, 0], [(width * step) / 10, mapHeight], [0, (mapHeight * step) / 10], [width, (mapHeight * step) / 10]);
    }
    const points = corners.map((corner) => projection.invert!(corner)!);
    const lons = points.map(([lon]) => lon);
    const lats = points.map(([, lat]) => lat);
    return { west: Math.min(...lons) - 2, east: Math.max(...lons) + 2, south: Math.min(...lats) - 2, north: Math.max(...lats) + 2 };
  })();
  const meetsFrame = ({ bounds: [[x0, y0], [x1, y1]] }: { bounds: ReturnType<typeof geoBounds> }) =>
    y1 >= frameBounds.south && y0 <= frameBounds.north && (x0 > x1 || (x1 >= frameBounds.west && x0 <= frameBounds.east));
  const visible = boundsOf(drawnCountries)
    .filter(meetsFrame)
    .map(({ country }) => ({ country, d: path(country) ?? '' }))
    .filter(({ d }) => d.length > 0)
    .sort((a, b) => Number(a.country === drawnFocus) - Number(b.country === drawnFocus))
    .map((entry) => ({ ...entry, area: path.area(entry.country), centroid: path.centroid(entry.country) }));

  const frame: Frame = { projection, path, mapHeight, scaleKmPerPixel, drawnFocus, visible, waterSpots: new Map() };
  frames.set(key, frame);
  return frame;
}

const boundsCache = new WeakMap<readonly CountryFeature[], Array<{ country: CountryFeature; bounds: ReturnType<typeof geoBounds> }>>();

/** Each country's bounding box, computed once per basemap: point-in-country tests check it first. */
function boundsOf(countries: readonly CountryFeature[]) {
  let bounds = boundsCache.get(countries);
  if (!bounds) {
    bounds = countries.map((country) => ({ country, bounds: geoBounds(country) }));
    boundsCache.set(countries, bounds);
  }
  return bounds;
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.x - margin < b.x + b.width && b.x < a.x + a.width + margin && a.y - margin < b.y + b.height && b.y < a.y + a.height + margin;
}

/** Names joined for a sentence: "A", "A and B", "A, B and C", in alphabetical order, each once. */
function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Where a ray from the centre at `angle` meets the frame, `inset` units inside it. */
function rayToFrame(centre: { x: number; y: number }, angle: number, width: number, height: number, inset: number) {
  const dx = Math.cos(angle);
  const dy = Math.sin(angle);
  const tx = dx > 0 ? (width - inset - centre.x) / dx : dx < 0 ? (inset - centre.x) / dx : Infinity;
  const ty = dy > 0 ? (height - inset - centre.y) / dy : dy < 0 ? (inset - centre.y) / dy : Infinity;
  const t = Math.min(tx, ty);
  return { x: centre.x + dx * t, y: centre.y + dy * t };
}

function moveIcon(mark: Mark, dx: number, dy: number): Mark {
  if (mark.type === 'rect') return { ...mark, x: mark.x + dx, y: mark.y + dy };
  if (mark.type === 'circle') return { ...mark, cx: mark.cx + dx, cy: mark.cy + dy };
  return mark;
}

/**
 * The area a map without a focus country is fitted to: the box around the points, widened to at least three
 * degrees each way so that one place, or a few close together, still shows its surroundings. With no points,
 * the inhabited world.
 */
function areaFeature(points: ReadonlyArray<{ lat: number; lon: number }>): CountryFeature {
  const lons = points.map((point) => point.lon);
  const lats = points.map((point) => point.lat);
  const span = (values: number[], min: number, max: number, fallback: [number, number]): [number, number] => {
    if (values.length === 0) return fallback;
    const low = Math.min(...values);
    const high = Math.max(...values);
    const widen = Math.max(0, 3 - (high - low)) / 2;
    return [Math.max(min, low - widen), Math.min(max, high + widen)];
  };
  const [west, east] = span(lons, -180, 180, [-150, 150]);
  const [south, north] = span(lats, -85, 85, [-50, 70]);
  // Edges are great-circle arcs; points every few degrees keep a wide box's top and bottom along their parallels.
  const steps = (from: number, to: number) => {
    const count = Math.max(1, Math.ceil(Math.abs(to - from) / 5));
    return Array.from({ length: count + 1 }, (_, index) => from + ((to - from) * index) / count);
  };
  const ring: Array<[number, number]> = [
    ...steps(south, north).map((lat): [number, number] => [west, lat]),
    ...steps(west, east).slice(1).map((lon): [number, number] => [lon, north]),
    ...steps(north, south).slice(1).map((lat): [number, number] => [east, lat]),
    ...steps(east, west).slice(1).map((lon): [number, number] => [lon, south]),
  ];
  return { type: 'Feature', properties: { name: '' }, geometry: { type: 'Polygon', coordinates: [ring] } };
}
