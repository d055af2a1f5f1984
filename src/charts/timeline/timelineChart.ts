import { utcDay, utcMonth, utcYear } from 'd3-time';
import { formatPartialDate } from '../../dates/formatPartialDate';
import { intervalOfEvent } from '../../dates/intervalOfEvent';
import type { ChartModel, TableRow } from '../chartModel';
import { citationsOf, dataTable } from '../dataTable';
import { layOut, type Item, type Panel } from './layout';
import { describeDays, describeEventDate, describeMonth, lastDayOf, lastMonthOf } from './timelineDates';
import type { TimelineEvent, TimelineLane } from './timelineData';

/** Events spanning at most this many days are drawn on an axis of days rather than months. */
const shortSpanDays = 45;

export type { TimelineEvent, TimelineLane } from './timelineData';

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
 * This module decides what is drawn (events, lanes, panels) and says it in words; layout.ts draws it.
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
  // Events within a few weeks of each other get an axis of days: on one of months they would sit in a sliver of
  // it, under a heading ("February 2025 to March 2025") wider than what happened.
  const eventDays = utcDay.count(utcDay.floor(firstStart), utcDay.ceil(lastEnd));
  const byDay = from === undefined && to === undefined && eventDays <= shortSpanDays;
  const dayPadding = Math.max(1, Math.ceil(eventDays / 10));
  const domainTo = to ?? (byDay ? utcDay.offset(utcDay.ceil(lastEnd), dayPadding) : utcMonth.ceil(lastEnd));
  const long = utcMonth.count(firstStart, domainTo) > 36;
  const domainFrom = from ?? (byDay ? utcDay.offset(utcDay.floor(firstStart), -dayPadding) : long ? utcYear.floor(firstStart) : utcMonth.offset(utcMonth.floor(firstStart), -1));
  const singlePanelHeading = byDay
    ? describeDays(utcDay.floor(firstStart), lastDayOf(utcDay.ceil(lastEnd)))
    : `${describeMonth(domainFrom)} to ${describeMonth(lastMonthOf(domainTo))}`;

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
    : [{ from: domainFrom, to: domainTo, heading: singlePanelHeading, items, isOverview: false, byDay }];

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
    ...citationsOf(event.citations),
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
    table: dataTable(chartTitle, {
      rowHeader: 'Date',
      citeColumn: 'event',
      columns: [
        { key: 'event', label: 'Event' },
        { key: 'topic', label: 'Topic' },
        ...(briefingsLabel ? [{ key: 'briefings', label: briefingsLabel }] : []),
        ...(hasNotes ? [{ key: 'note', label: 'How a derived date was worked out' }] : []),
      ],
      rows,
    }),
    notes: [],
  };
}
