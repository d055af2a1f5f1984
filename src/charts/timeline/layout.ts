import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import type { DateInterval } from '../../dates/intervalOfPartialDate';
import type { Mark } from '../chartModel';
import { dodgeLabels } from '../dodgeLabels';
import { formatChartDate } from '../formatChartDate';
import { laneSymbol } from './laneSymbol';
import { round1 } from '../round1';
import { seriesClass } from './seriesClass';
import { wrapText } from '../wrapText';
import { describeEventDate, monthNames } from './timelineDates';
import type { TimelineEvent, TimelineLane } from './timelineData';

// The drawing of a timeline, in the phases its comments name: the columns (axis, lanes, labels), the legend, then
// each panel: its scale, its axis, the marks' tracks within a lane, and the labels pushed apart beside them.

export interface Item {
  event: TimelineEvent;
  interval: DateInterval;
  lane: number;
  /** Drawn as a bar over its month, year or span rather than as a point. */
  isSpan: boolean;
}

export interface Panel {
  from: Date;
  to: Date;
  heading: string;
  /** Events labelled (and drawn) in this panel. */
  items: Item[];
  isOverview: boolean;
  /** An axis of days (events a few weeks apart at most) rather than of months or years. */
  byDay?: boolean;
}

interface LabelBlock {
  item: Item;
  dateLines: string[];
  titleLines: string[];
  height: number;
}

export interface LayoutInput {
  panels: Panel[];
  usedLanes: TimelineLane[];
  window: { from: Date; to: Date } | undefined;
  width: number;
  fontSize: number;
  /** Side-by-side tracks to make room for in each lane. */
  tracks: number[];
}

type Columns = ReturnType<typeof columnsOf>;

/** The type sizes and the columns: axis labels, lanes (each as wide as its tracks need), then the labels. */
function columnsOf({ width, fontSize, tracks }: Pick<LayoutInput, 'width' | 'fontSize' | 'tracks'>) {
  const small = fontSize - 1;
  const lineHeight = Math.round(fontSize * 1.25);
  const smallLineHeight = Math.round(small * 1.3);
  const ascent = (size: number) => size * 0.78;
  const wide = width >= 560;

  // Columns: axis labels, lanes, then the labels.
  // Narrow charts keep every unit of width they can for the labels.
  const axisX = 41;
  const baseLane = wide ? 26 : 14;
  /** Horizontal distance between two marks of one lane that would otherwise overlap in time. */
  const trackSpacing = wide ? 9 : 6.5;
  const barWidth = wide ? 7 : 5;
  const markerArea = wide ? 70 : 50;
  const markerRadius = Math.sqrt(markerArea / Math.PI) + 1;
  const laneWidths = tracks.map((count) => Math.max(baseLane, count * trackSpacing + (wide ? 9 : 6)));
  const laneLefts = laneWidths.map((_, index) => axisX + 10 + laneWidths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const laneX = (lane: number) => laneLefts[lane]! + laneWidths[lane]! / 2;
  const trackX = (lane: number, track: number) => laneX(lane) + (track - (tracks[lane]! - 1) / 2) * trackSpacing;
  const lanesRight = axisX + 10 + laneWidths.reduce((sum, w) => sum + w, 0);
  const labelX = lanesRight + (wide ? 28 : 16);
  const labelWidth = width - labelX - 2;
  return { width, fontSize, small, lineHeight, smallLineHeight, ascent, wide, tracks, axisX, trackSpacing, barWidth, markerArea, markerRadius, laneX, trackX, lanesRight, labelX, labelWidth };
}

/** Lays the timeline out; returns its marks, its height and how many tracks each lane turned out to need. */
export function layOut({ panels, usedLanes, window, width, fontSize, tracks }: LayoutInput) {
  const columns = columnsOf({ width, fontSize, tracks });
  const allItems = panels.flatMap((panel) => panel.items);
  const marks: Mark[] = [];
  const legend = layOutLegend(allItems, usedLanes, columns, 0);
  marks.push(legend.mark);
  let y = legend.bottom + 12;

  const tracksNeeded = usedLanes.map(() => 1);
  for (const panel of panels) {
    const drawn = layOutPanel(panel, { allItems, usedLanes, window, columns, tracksNeeded }, y);
    marks.push(...drawn.marks);
    y = drawn.bottom + 26;
  }

  return { marks, height: Math.ceil(y - 14), tracksNeeded };
}

/** Legend: the lanes, then the drawing conventions that occur. */
function layOutLegend(allItems: readonly Item[], usedLanes: readonly TimelineLane[], { width, wide, small, smallLineHeight, ascent }: Columns, top: number) {
  let y = top;
  const legendItems: Array<{ icon: Mark; text: string }> = usedLanes.map((lane, index) => ({
    icon: { type: 'path', className: `chart-event__marker ${seriesClass(index)}`, d: laneSymbol(index, 70) },
    text: lane.title,
  }));
  if (allItems.some((item) => item.isSpan)) {
    legendItems.push({ icon: { type: 'rect', className: 'chart-event__span chart-legend__neutral', x: -3, y: -7, width: 6, height: 14, rx: 3 }, text: 'Bar: date known to the month or year' });
  }
  if (allItems.some((item) => item.event.derivedDate)) {
    legendItems.push({ icon: { type: 'circle', className: 'chart-event__marker chart-legend__neutral is-derived', cx: 0, cy: 0, r: 4.5 }, text: 'Hollow: date worked out, not stated' });
  }
  if (allItems.some((item) => item.event.dateQualifier === 'by')) {
    legendItems.push({ icon: { type: 'line', className: 'chart-event__by', x1: 0, y1: 7, x2: 0, y2: -8 }, text: 'Dashed tail: on or before that date' });
  }
  const legendMarks: Mark[] = [];
  const legendColumns = wide ? 2 : 1;
  const legendColumnWidth = (width - (legendColumns - 1) * 12) / legendColumns;
  for (let rowStart = 0; rowStart < legendItems.length; rowStart += legendColumns) {
    let rowHeight = 0;
    legendItems.slice(rowStart, rowStart + legendColumns).forEach((item, column) => {
      const x0 = column * (legendColumnWidth + 12);
      const textLines = wrapText(item.text, legendColumnWidth - 22, small);
      legendMarks.push({
        type: 'group',
        className: 'chart-legend__item',
        marks: [
          moveMark(item.icon, x0 + 7, y + smallLineHeight / 2),
          { type: 'text', className: 'chart-label', x: x0 + 22, y: y + ascent(small) + 1, lines: textLines, fontSize: small, lineHeight: smallLineHeight },
        ],
      });
      rowHeight = Math.max(rowHeight, textLines.length * smallLineHeight);
    });
    y += rowHeight + 4;
  }
  return { mark: { type: 'group', className: 'chart-legend', marks: legendMarks } satisfies Mark as Mark, bottom: y };
}

/** One panel: heading, scale, axis, the events' marks in their tracks, and their labels; `top` is where it starts. */
function layOutPanel(
  panel: Panel,
  { allItems, usedLanes, window, columns, tracksNeeded }: { allItems: readonly Item[]; usedLanes: readonly TimelineLane[]; window: LayoutInput['window']; columns: Columns; tracksNeeded: number[] },
  start: number,
) {
  const { fontSize, small, lineHeight, smallLineHeight, ascent, wide, markerRadius, labelWidth } = columns;
  const marks: Mark[] = [];
  let y = start;
  marks.push({ type: 'text', className: 'chart-panel-heading', x: 0, y: y + ascent(fontSize), lines: [panel.heading], fontSize, fontWeight: 'bold' });
  y += lineHeight + 10;
  const top = y;

  const blocks: LabelBlock[] = panel.items.map((item) => {
    const dateText = `${describeEventDate(item.event, formatChartDate)}${item.event.derivedDate ? ' · derived' : ''}`;
    const dateLines = wrapText(dateText, labelWidth, small, { bold: true });
    const titleLines = wrapText(item.event.title, labelWidth, fontSize);
    return { item, dateLines, titleLines, height: dateLines.length * smallLineHeight + titleLines.length * lineHeight };
  });
  const inWindow = panel.isOverview && window ? allItems.filter((item) => item.interval.start >= window.from).length : 0;
  const noteLines = inWindow
    ? wrapText(`Shaded: ${inWindow} more event${inWindow === 1 ? '' : 's'}, shown in the detail below`, labelWidth, small)
    : [];
  const gap = 8;
  const needed = blocks.reduce((sum, block) => sum + block.height + gap, 0) + (noteLines.length ? noteLines.length * smallLineHeight + gap : 0);
  const months = utcMonth.count(panel.from, panel.to);
  const days = utcDay.count(panel.from, panel.to);
  // Years get a little room each, months more; a zoomed detail panel gets the most, as its point is to spread out.
  // A panel of a few weeks (timelineChart's axis of days) gives each day a line.
  const minimum = panel.byDay ? days * (smallLineHeight + 4) : !panel.isOverview && window ? months * (wide ? 44 : 36) : months > 36 ? (months / 12) * (wide ? 24 : 20) : months * 14;
  const length = Math.max(minimum, needed * 1.15, 80);
  const yScale = scaleUtc().domain([panel.from, panel.to]).range([top, top + length]);

  marks.push(...panelAxis(panel, { usedLanes, window, columns, yScale, top, length, months }));
  const { extents, trackOf } = assignTracks(panel, { usedLanes, columns, yScale, top, length, tracksNeeded });

  // Labels, pushed apart; the "more in the detail" note takes its turn among them.
  const anchors = panel.items.map((item, index) => (item.isSpan ? Math.min(extents[index]!.top + 6, (extents[index]!.top + extents[index]!.bottom) / 2) : extents[index]!.top + markerRadius));
  const dodgeItems = blocks.map((block, index) => ({ desired: anchors[index]! - smallLineHeight / 2 - 1, size: block.height }));
  if (noteLines.length) dodgeItems.push({ desired: yScale(window!.from) - 2, size: noteLines.length * smallLineHeight });
  const tops = dodgeLabels(dodgeItems, { min: top - 4, max: top + length, gap });

  const eventGroups: Mark[] = panel.items.map((item, index) =>
    eventMark(item, { columns, extent: extents[index]!, track: trackOf.get(item) ?? 0, anchor: anchors[index]!, labelTop: tops[index]!, block: blocks[index]!, top }),
  );
  marks.push({ type: 'group', className: 'chart-events', marks: eventGroups });
  if (noteLines.length) {
    marks.push({ type: 'text', className: 'chart-note', x: columns.labelX, y: tops[tops.length - 1]! + ascent(small), lines: noteLines, fontSize: small, lineHeight: smallLineHeight, fontStyle: 'italic' });
  }
  const bottom = Math.max(top + length, ...tops.map((labelTop, index) => labelTop + dodgeItems[index]!.size));
  return { marks, bottom };
}

type PanelScale = { yScale: (date: Date) => number; top: number; length: number };

/** Axis, ticks, grid and lane guides; on the overview, the band of the months the detail panel enlarges. */
function panelAxis(
  panel: Panel,
  { usedLanes, window, columns: { axisX, lanesRight, laneX, small, smallLineHeight, ascent, wide }, yScale, top, length, months }: PanelScale & { usedLanes: readonly TimelineLane[]; window: LayoutInput['window']; columns: Columns; months: number },
): Mark[] {
  const marks: Mark[] = [];
  const axisMarks: Mark[] = [{ type: 'line', className: 'chart-axis', x1: axisX, y1: top, x2: axisX, y2: top + length }];
  const tickUnit = panel.byDay ? 'day' : panel.isOverview || months > 36 ? 'year' : 'month';
  // Month ticks carry the year on a second line under January, so they need room for two lines.
  const minSpacing = tickUnit === 'month' ? 2 * smallLineHeight + 6 : tickUnit === 'day' ? smallLineHeight + 4 : wide ? 26 : 30;
  for (const tick of chooseTicks(panel.from, panel.to, yScale, tickUnit, minSpacing)) {
    const ty = yScale(tick.date);
    axisMarks.push({ type: 'line', className: 'chart-grid', x1: axisX, y1: ty, x2: lanesRight, y2: ty });
    axisMarks.push({ type: 'line', className: 'chart-axis', x1: axisX - 4, y1: ty, x2: axisX, y2: ty });
    axisMarks.push({ type: 'text', className: 'chart-tick', x: axisX - 7, y: ty + ascent(small) / 2, lines: tick.lines, fontSize: small, lineHeight: smallLineHeight, anchor: 'end' });
  }
  for (const lane of usedLanes.keys()) {
    axisMarks.push({ type: 'line', className: 'chart-lane-guide', x1: laneX(lane), y1: top, x2: laneX(lane), y2: top + length });
  }
  marks.push({ type: 'group', className: 'chart-axis-group', marks: axisMarks });
  if (panel.isOverview && window) {
    marks.push({ type: 'rect', className: 'chart-detail-band', x: axisX, y: yScale(window.from), width: lanesRight - axisX, height: Math.max(4, yScale(window.to) - yScale(window.from)) });
  }
  return marks;
}

/**
 * Each mark's vertical extent, then side-by-side tracks within a lane for marks that overlap; records in
 * `tracksNeeded` how many tracks each lane needed, for the second pass.
 */
function assignTracks(
  panel: Panel,
  { usedLanes, columns: { markerRadius, tracks }, yScale, top, length, tracksNeeded }: PanelScale & { usedLanes: readonly TimelineLane[]; columns: Columns; tracksNeeded: number[] },
) {
  const clampY = (value: number) => Math.max(top, Math.min(top + length, value));
  const extents = panel.items.map((item) => {
    if (item.isSpan) {
      const y0 = clampY(yScale(item.interval.start));
      const y1 = clampY(yScale(item.interval.end));
      const minLength = 7;
      // Bars stop just short of their end so that back-to-back months read as two bars, not one.
      const inset = y1 - y0 > minLength + 3 ? 1.5 : 0;
      return y1 - y0 < minLength ? { top: (y0 + y1) / 2 - minLength / 2, bottom: (y0 + y1) / 2 + minLength / 2 } : { top: y0, bottom: y1 - inset };
    }
    const centre = yScale(new Date((+item.interval.start + +item.interval.end) / 2));
    return { top: centre - markerRadius, bottom: centre + markerRadius };
  });
  const trackOf = new Map<Item, number>();
  for (const lane of usedLanes.keys()) {
    const trackBottoms: number[] = [];
    panel.items
      .map((item, index) => ({ item, extent: extents[index]! }))
      .filter(({ item }) => item.lane === lane)
      .sort((a, b) => a.extent.top - b.extent.top)
      .forEach(({ item, extent }) => {
        let track = trackBottoms.findIndex((bottom) => bottom + 2 <= extent.top);
        if (track === -1) {
          track = trackBottoms.length;
          trackBottoms.push(extent.bottom);
        } else {
          trackBottoms[track] = extent.bottom;
        }
        trackOf.set(item, Math.min(track, tracks[lane]! - 1));
      });
    tracksNeeded[lane] = Math.max(tracksNeeded[lane]!, trackBottoms.length);
  }
  return { extents, trackOf };
}

/** One event: its leader, its "by" tail, its mark (bar or symbol) and its date and title. */
function eventMark(
  item: Item,
  {
    columns: { trackX, lanesRight, labelX, markerRadius, barWidth, markerArea, small, fontSize, lineHeight, smallLineHeight, ascent },
    extent,
    track,
    anchor,
    labelTop,
    block,
    top,
  }: { columns: Columns; extent: { top: number; bottom: number }; track: number; anchor: number; labelTop: number; block: LabelBlock; top: number },
): Mark {
  const { event, lane } = item;
  const x = trackX(lane, track);
  const classes = [seriesClass(lane), event.derivedDate && 'is-derived', event.dateQualifier && `is-${event.dateQualifier}`].filter(Boolean).join(' ');
  const group: Mark[] = [];
  group.push({
    type: 'path',
    className: 'chart-leader',
    // Leaves the mark level, bends, and arrives level with the label: neighbouring leaders fan out instead of
    // running together as one thick line.
    d: (() => {
      const [x0, x1, y0, y1] = [lanesRight + 2, labelX - 4, anchor, labelTop + smallLineHeight / 2];
      const bend = (x1 - x0) * 0.6;
      return `M${round1(x + markerRadius)},${round1(y0)}H${round1(x0)}C${round1(x0 + bend)},${round1(y0)} ${round1(x1 - bend)},${round1(y1)} ${round1(x1)},${round1(y1)}`;
    })(),
  });
  if (event.dateQualifier === 'by') {
    group.push({ type: 'line', className: 'chart-event__by', x1: x, y1: extent.top, x2: x, y2: Math.max(top, extent.top - 18) });
  }
  group.push(
    item.isSpan
      ? { type: 'rect', className: `chart-event__span ${classes}`, x: x - barWidth / 2, y: extent.top, width: barWidth, height: extent.bottom - extent.top, rx: barWidth / 2 }
      : { type: 'path', className: `chart-event__marker ${classes}`, d: laneSymbol(lane, markerArea), transform: `translate(${round1(x)} ${round1(extent.top + markerRadius)})` },
  );
  group.push(
    { type: 'text', className: 'chart-event__date', x: labelX, y: labelTop + ascent(small), lines: block.dateLines, fontSize: small, lineHeight: smallLineHeight, fontWeight: 'bold' },
    { type: 'text', className: 'chart-event__title', x: labelX, y: labelTop + block.dateLines.length * smallLineHeight + ascent(fontSize), lines: block.titleLines, fontSize, lineHeight },
  );
  return { type: 'group', className: 'chart-event', key: event.id, marks: group };
}

/** Moves a legend icon drawn around 0,0 to (dx, dy). */
function moveMark(mark: Mark, dx: number, dy: number): Mark {
  switch (mark.type) {
    case 'rect':
      return { ...mark, x: mark.x + dx, y: mark.y + dy };
    case 'circle':
      return { ...mark, cx: mark.cx + dx, cy: mark.cy + dy };
    case 'line':
      return { ...mark, x1: mark.x1 + dx, y1: mark.y1 + dy, x2: mark.x2 + dx, y2: mark.y2 + dy };
    case 'path':
      return { ...mark, transform: `translate(${round1(dx)} ${round1(dy)})` };
    default:
      return mark;
  }
}

/**
 * Ticks for a panel: years (every 1, 2, 5 or 10), months (every 1, 2, 3 or 6) or days (every 1, 2, 7 or 14), as
 * sparse as needed to keep `minSpacing` between them. Month ticks name the year under January and under the first
 * tick; day ticks name the month on the first tick and the first of a month.
 */
function chooseTicks(from: Date, to: Date, y: (date: Date) => number, unit: 'year' | 'month' | 'day', minSpacing: number) {
  if (unit === 'day') {
    for (const step of [1, 2, 7, 14]) {
      const dates = utcDay.every(step)!.range(from, new Date(+to + 1));
      const spacing = dates.length > 1 ? y(dates[1]!) - y(dates[0]!) : Infinity;
      if (spacing >= minSpacing || step === 14) {
        return dates.map((date, index) => ({ date, lines: [index === 0 || date.getUTCDate() === 1 ? `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]!.slice(0, 3)}` : `${date.getUTCDate()}`] }));
      }
    }
  }
  const steps = unit === 'year' ? [1, 2, 5, 10] : [1, 2, 3, 6];
  const interval = unit === 'year' ? utcYear : utcMonth;
  for (const step of steps) {
    const dates = interval.every(step)!.range(from, new Date(+to + 1));
    const spacing = dates.length > 1 ? y(dates[1]!) - y(dates[0]!) : Infinity;
    if (spacing >= minSpacing || step === steps[steps.length - 1]) {
      return dates.map((date, index) => ({
        date,
        lines:
          unit === 'year'
            ? [`${date.getUTCFullYear()}`]
            : index === 0 || date.getUTCMonth() === 0
              ? [monthNames[date.getUTCMonth()]!.slice(0, 3), `${date.getUTCFullYear()}`]
              : [monthNames[date.getUTCMonth()]!.slice(0, 3)],
      }));
    }
  }
  return [];
}
