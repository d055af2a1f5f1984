import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { DateQualifier } from '../../schemas/event';
import type { PartialDate } from '../../schemas/partialDate';
import { formatPartialDate } from '../../lib/formatPartialDate';
import { intervalOfEvent } from '../../lib/intervalOfEvent';
import type { DateInterval } from '../../lib/intervalOfPartialDate';
import type { CellPart, ChartModel, Mark, TableRow } from '../chartModel';
import { dodgeLabels } from '../dodgeLabels';
import { formatChartDate } from '../formatChartDate';
import { laneSymbol } from '../laneSymbol';
import { round1 } from '../round1';
import { seriesClass } from '../seriesClass';
import { wrapText } from '../wrapText';

export interface TimelineEvent {
  id: string;
  title: string;
  date: PartialDate;
  end?: PartialDate;
  dateQualifier?: DateQualifier;
  /** How a worked-out date was worked out; its presence marks the date as derived. */
  derivedDate?: string;
  /** Id of the lane (topic) the event runs in. */
  lane: string;
  /** The briefings that discuss the event, already linked. */
  briefings?: CellPart[];
  citations?: TableRow['citations'];
}

export interface TimelineLane {
  id: string;
  title: string;
}

export interface TimelineOptions {
  id?: string;
  width?: number;
  fontSize?: number;
  /** Start of the time axis; defaults to the start of the first event's year (or month, for short timelines). */
  from?: Date;
  /** End of the time axis (excluded); defaults to the end of the month of the last event. */
  to?: Date;
  /**
   * A second panel that zooms into recent months. `'auto'` adds one for the last `detailMonths` months when the
   * timeline spans more than three years and at least two events start in that window.
   */
  detail?: 'auto' | false | { from: Date; to: Date };
  detailMonths?: number;
  /** The chart's accessible name. */
  title?: string;
  /** Heading of the table column of briefings; `false` leaves the column out (a briefing's own timeline). */
  briefingsLabel?: string | false;
}

interface Item {
  event: TimelineEvent;
  interval: DateInterval;
  lane: number;
  /** Drawn as a bar over its month, year or span rather than as a point. */
  isSpan: boolean;
}

interface Panel {
  from: Date;
  to: Date;
  heading: string;
  /** Events labelled (and drawn) in this panel. */
  items: Item[];
  isOverview: boolean;
}

interface LabelBlock {
  item: Item;
  dateLines: string[];
  titleLines: string[];
  height: number;
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const describeMonth = (date: Date) => `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
const lastMonthOf = (end: Date) => utcMonth.offset(end, -1);

/** The date an event is drawn and listed at, as words: in full for tables, short for chart labels. */
function describeEventDate(event: TimelineEvent, format: typeof formatPartialDate): string {
  const start = format(event.date, event.dateQualifier);
  return event.end && event.end.iso !== event.date.iso ? `${start}–${format(event.end)}` : start;
}

/**
 * A vertical timeline: time runs down, one lane per topic (told apart by position, colour and marker shape), and
 * each event's label sits in a column to the right, pushed apart so that no two labels overlap and joined to its
 * mark by a leader line that never crosses another. Dates are drawn at their precision: a day is a point, a month or
 * a year is a bar over the whole month or year ("late 2019" over its last third); a worked-out date is hollow and
 * says "derived"; a date the source gives as "by" a day trails a dashed line back in time. Marks of one lane that
 * overlap in time sit side by side. When the events span years but crowd into the last months, a second panel
 * zooms into those months.
 *
 * Vertical, so that labels keep a readable size on a 320-pixel phone; the same function draws the wide version.
 *
 * @example
 * timelineChart(events, lanes, { width: 300 })
 * // { kind: 'timeline', marks: [legend, overview panel, detail panel], table: { rows: one per event } }
 */
export function timelineChart(
  events: readonly TimelineEvent[],
  lanes: readonly TimelineLane[],
  { id = 'timeline', width = 300, fontSize = 14, from, to, detail = 'auto', detailMonths = 6, title, briefingsLabel = 'Discussed in' }: TimelineOptions = {},
): ChartModel {
  const usedLanes = lanes.filter((lane) => events.some((event) => event.lane === lane.id));
  const laneIndex = new Map(usedLanes.map((lane, index) => [lane.id, index]));
  const items: Item[] = events
    .map((event) => {
      const lane = laneIndex.get(event.lane);
      if (lane === undefined) throw new Error(`Timeline event "${event.id}" is in lane "${event.lane}", which is not among the lanes given`);
      return { event, interval: intervalOfEvent(event), lane, isSpan: Boolean(event.end) || event.date.precision !== 'day' };
    })
    .sort((a, b) => +a.interval.start - +b.interval.start || +a.interval.end - +b.interval.end || a.event.id.localeCompare(b.event.id));
  if (items.length === 0) throw new Error('A timeline needs at least one event');

  const firstStart = items[0]!.interval.start;
  const lastEnd = new Date(Math.max(...items.map((item) => +item.interval.end)));
  const domainTo = to ?? utcMonth.ceil(lastEnd);
  const long = utcMonth.count(firstStart, domainTo) > 36;
  const domainFrom = from ?? (long ? utcYear.floor(firstStart) : utcMonth.offset(utcMonth.floor(firstStart), -1));

  let window: { from: Date; to: Date } | undefined;
  if (detail === 'auto') {
    const candidate = { from: utcMonth.offset(domainTo, -detailMonths), to: domainTo };
    const startsInside = items.filter((item) => item.interval.start >= candidate.from).length;
    if (long && startsInside >= 2 && startsInside < items.length) window = candidate;
  } else if (detail) {
    window = detail;
  }

  const panels: Panel[] = window
    ? [
        {
          from: domainFrom,
          to: domainTo,
          heading: `${domainFrom.getUTCFullYear()} to ${describeMonth(lastMonthOf(domainTo))}`,
          items: items.filter((item) => item.interval.start < window!.from),
          isOverview: true,
        },
        {
          from: window.from,
          to: window.to,
          heading: `Detail: ${describeMonth(window.from)} to ${describeMonth(lastMonthOf(window.to))}`,
          items: items.filter((item) => item.interval.start >= window!.from),
          isOverview: false,
        },
      ]
    : [{ from: domainFrom, to: domainTo, heading: `${describeMonth(domainFrom)} to ${describeMonth(lastMonthOf(domainTo))}`, items, isOverview: false }];

  // Lanes widen for marks that overlap in time; the first pass finds how many side-by-side tracks each lane needs.
  const firstPass = layOut({ panels, usedLanes, window, width, fontSize, tracks: usedLanes.map(() => 1) });
  const { marks, height } = layOut({ panels, usedLanes, window, width, fontSize, tracks: firstPass.tracksNeeded });

  const first = items[0]!;
  const last = items[items.length - 1]!;
  const chartTitle = title ?? `Timeline of ${items.length} event${items.length === 1 ? '' : 's'}, ${panels[0]!.heading}`;
  const desc = [
    `Vertical timeline, time running downwards, in ${usedLanes.length} lane${usedLanes.length === 1 ? '' : 's'} by topic: ${usedLanes.map((lane) => lane.title).join('; ')}.`,
    `It runs from ${describeEventDate(first.event, formatPartialDate)} (${first.event.title}) to ${describeEventDate(last.event, formatPartialDate)} (${last.event.title}).`,
    window ? `A second panel enlarges ${describeMonth(window.from)} to ${describeMonth(lastMonthOf(window.to))}, where ${panels[1]!.items.length} of the events fall.` : '',
    'Dates known only to the month or year are drawn as bars spanning that month or year; worked-out dates are hollow and marked derived.',
    'Every event is listed in the table that follows.',
  ]
    .filter(Boolean)
    .join(' ');

  const laneTitle = new Map(usedLanes.map((lane) => [lane.id, lane.title]));
  const hasNotes = items.some(({ event }) => event.derivedDate);
  const rows: TableRow[] = items.map(({ event }) => ({
    id: event.id,
    header: describeEventDate(event, formatPartialDate) + (event.derivedDate ? ' (derived)' : ''),
    cells: {
      event: event.title,
      topic: laneTitle.get(event.lane) ?? event.lane,
      briefings: event.briefings && event.briefings.length > 0 ? event.briefings : '—',
      ...(hasNotes ? { note: event.derivedDate ?? '' } : {}),
    },
    ...(event.citations ? { citations: event.citations } : {}),
  }));

  return {
    kind: 'timeline',
    id,
    width,
    height,
    title: chartTitle,
    desc,
    patterns: [],
    marks,
    table: {
      caption: `Data: ${chartTitle}`,
      rowHeader: 'Date',
      citeColumn: 'event',
      columns: [
        { key: 'event', label: 'Event' },
        { key: 'topic', label: 'Topic' },
        ...(briefingsLabel ? [{ key: 'briefings', label: briefingsLabel }] : []),
        ...(hasNotes ? [{ key: 'note', label: 'How a derived date was worked out' }] : []),
      ],
      rows,
    },
    notes: [],
  };
}

interface LayoutInput {
  panels: Panel[];
  usedLanes: TimelineLane[];
  window: { from: Date; to: Date } | undefined;
  width: number;
  fontSize: number;
  /** Side-by-side tracks to make room for in each lane. */
  tracks: number[];
}

function layOut({ panels, usedLanes, window, width, fontSize, tracks }: LayoutInput) {
  const small = fontSize - 1;
  const lineHeight = Math.round(fontSize * 1.25);
  const smallLineHeight = Math.round(small * 1.3);
  const ascent = (size: number) => size * 0.78;
  const wide = width >= 560;
  const allItems = panels.flatMap((panel) => panel.items);

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

  const marks: Mark[] = [];
  let y = 0;

  // Legend: the lanes, then the drawing conventions that occur.
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
  marks.push({ type: 'group', className: 'chart-legend', marks: legendMarks });
  y += 12;

  const tracksNeeded = usedLanes.map(() => 1);

  for (const panel of panels) {
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
    // Years get a little room each, months more; a zoomed detail panel gets the most, as its point is to spread out.
    const minimum = !panel.isOverview && window ? months * (wide ? 44 : 36) : months > 36 ? (months / 12) * (wide ? 24 : 20) : months * 14;
    const length = Math.max(minimum, needed * 1.15, 80);
    const yScale = scaleUtc().domain([panel.from, panel.to]).range([top, top + length]);
    const clampY = (value: number) => Math.max(top, Math.min(top + length, value));

    // Axis, ticks, grid and lane guides.
    const axisMarks: Mark[] = [{ type: 'line', className: 'chart-axis', x1: axisX, y1: top, x2: axisX, y2: top + length }];
    const tickUnit = panel.isOverview || months > 36 ? 'year' : 'month';
    // Month ticks carry the year on a second line under January, so they need room for two lines.
    for (const tick of chooseTicks(panel.from, panel.to, yScale, tickUnit, tickUnit === 'month' ? 2 * smallLineHeight + 6 : wide ? 26 : 30)) {
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

    // Each mark's vertical extent, then side-by-side tracks within a lane for marks that overlap.
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

    // Labels, pushed apart; the "more in the detail" note takes its turn among them.
    const anchors = panel.items.map((item, index) => (item.isSpan ? Math.min(extents[index]!.top + 6, (extents[index]!.top + extents[index]!.bottom) / 2) : extents[index]!.top + markerRadius));
    const dodgeItems = blocks.map((block, index) => ({ desired: anchors[index]! - smallLineHeight / 2 - 1, size: block.height }));
    if (noteLines.length) dodgeItems.push({ desired: yScale(window!.from) - 2, size: noteLines.length * smallLineHeight });
    const tops = dodgeLabels(dodgeItems, { min: top - 4, max: top + length, gap });

    const eventGroups: Mark[] = panel.items.map((item, index) => {
      const { event, lane } = item;
      const extent = extents[index]!;
      const x = trackX(lane, trackOf.get(item) ?? 0);
      const classes = [seriesClass(lane), event.derivedDate && 'is-derived', event.dateQualifier && `is-${event.dateQualifier}`].filter(Boolean).join(' ');
      const group: Mark[] = [];
      const labelTop = tops[index]!;
      const block = blocks[index]!;
      group.push({
        type: 'path',
        className: 'chart-leader',
        // Leaves the mark level, bends, and arrives level with the label: neighbouring leaders fan out instead of
        // running together as one thick line.
        d: (() => {
          const [x0, x1, y0, y1] = [lanesRight + 2, labelX - 4, anchors[index]!, labelTop + smallLineHeight / 2];
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
    });
    marks.push({ type: 'group', className: 'chart-events', marks: eventGroups });
    if (noteLines.length) {
      marks.push({ type: 'text', className: 'chart-note', x: labelX, y: tops[tops.length - 1]! + ascent(small), lines: noteLines, fontSize: small, lineHeight: smallLineHeight, fontStyle: 'italic' });
    }
    const bottom = Math.max(top + length, ...tops.map((labelTop, index) => labelTop + dodgeItems[index]!.size));
    y = bottom + 26;
  }

  return { marks, height: Math.ceil(y - 14), tracksNeeded };
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
 * Ticks for a panel: years (every 1, 2, 5 or 10) or months (every 1, 2, 3 or 6), as sparse as needed to keep
 * `minSpacing` between them. Month ticks name the year under January and under the first tick.
 */
function chooseTicks(from: Date, to: Date, y: (date: Date) => number, unit: 'year' | 'month', minSpacing: number) {
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
