import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';
import { utcFormat } from 'd3-time-format';
import type { FigureData, Observation } from '../../schemas/figure';
import { parsePartialDate } from '../../schemas/partialDate';
import { intervalOfPartialDate } from '../../dates/intervalOfPartialDate';
import { formatPartialDate } from '../../dates/formatPartialDate';
import { describeFigurePeriod } from '../../figures/describeFigurePeriod';
import { formatFigureValue, formatNumber } from '../../figures/formatFigureValue';
import type { ChartModel, Mark, TableRow } from '../chartModel';
import { citationsOf, dataTable } from '../dataTable';
import { dodgeLabels } from '../dodgeLabels';
import { measureText } from '../measureText';
import { round1 } from '../round1';
import { wrapText } from '../wrapText';
import { isLowerBound } from './figureChart';

/** One reading to draw: an observation with the short titles of its sources. */
export type SeriesReading = Observation & { sources: string[] };

export interface SeriesInput extends Pick<FigureData, 'label' | 'unit' | 'currency'> {
  /** Oldest first, as the schema keeps them. */
  readings: SeriesReading[];
}

export interface SeriesOptions {
  /** Prefix for ids inside the SVG; unique on the page. */
  id?: string;
  width?: number;
  fontSize?: number;
  /** Height of the plotting area. */
  plotHeight?: number;
}

const day = 24 * 60 * 60 * 1000;

/** Where a reading sits in time: a day, or the span its period covers (drawn as a bar ending at its date). */
function timeOf(reading: Observation): { at: Date; from?: Date } {
  if (reading.asOf) return { at: new Date(`${reading.asOf}T00:00:00Z`) };
  const { from, to } = reading.period ?? {};
  const end = to ?? from!;
  // A period's reading is placed at the last day it covers; the bar shows the span.
  const at = new Date(intervalOfPartialDate(end).end.getTime() - day);
  return { at, ...(from && { from: intervalOfPartialDate(from).start }) };
}

const dayKey = (reading: Observation) => reading.asOf ?? reading.period?.to?.iso ?? reading.period?.from?.iso ?? '';

/**
 * A figure over time, drawn from its observations: one point per reading on a time axis and a value axis from zero,
 * in the unit chart's vocabulary (a solid square counts, a hatched one is an estimate, a dashed outline is
 * approximate, an arrow up is a lower bound the source gives no upper figure for). Each source's readings of a stock
 * (`asOf` days) are joined by a step line, since a count stands until the next one; a reading that covers a period is
 * a bar over that period. A day on which sources give different numbers is a shaded vertical span from the lowest to
 * the highest, each reading labelled with its source: never one number for the day.
 *
 * @example
 * seriesChart({ label: 'Boats waiting', unit, readings: [{ value: 140, qualifier: 'about', asOf: '2027-02-03', … }, …] })
 * // { kind: 'figure', marks: [axes, lines, one square per reading, a span for the disputed day, labels, notes], … }
 */
export function seriesChart(figure: SeriesInput, { id = 'series', width = 300, fontSize = 14, plotHeight }: SeriesOptions = {}): ChartModel {
  const small = fontSize - 1;
  const lineHeight = Math.round(small * 1.3);
  const ascent = (size: number) => size * 0.78;
  const { readings } = figure;
  const words = (reading: Observation, withUnit = false) => formatFigureValue({ ...figure, ...reading }, { withUnit }).text;
  const money = (value: number) => (figure.currency ? formatFigureValue({ ...figure, value, qualifier: 'exact', estimated: false }).number : formatNumber(value));

  const byDay = new Map<string, SeriesReading[]>();
  for (const reading of readings) byDay.set(dayKey(reading), [...(byDay.get(dayKey(reading)) ?? []), reading]);
  const disputedDays = [...byDay].filter(([, group]) => group.length > 1 && new Set(group.flatMap((reading) => reading.sources)).size > 1);
  const latestKey = dayKey(readings.at(-1)!);
  const latest = byDay.get(latestKey)!;

  // Labels of the latest day go to the right of the plot, with their sources; the plot leaves room for them.
  const latestLabels = latest.map((reading) => [words(reading), reading.sources.join('; ')]);
  const rightMargin = Math.min(width * 0.42, Math.max(...latestLabels.flat().map((text) => measureText(text, small))) + 14);
  const maxValue = Math.max(...readings.map((reading) => reading.value));
  const y = scaleLinear()
    .domain([0, maxValue * 1.18 || 1])
    .nice(4);
  const yTicks = y.ticks(4);
  const leftMargin = Math.ceil(Math.max(...yTicks.map((tick) => measureText(money(tick), small)))) + 8;
  const top = Math.ceil(lineHeight * 1.5);
  const height = plotHeight ?? Math.round(Math.min(260, Math.max(150, width * 0.42)));
  y.range([top + height, top]);

  const times = readings.map(timeOf);
  const first = Math.min(...times.map((time) => (time.from ?? time.at).getTime()));
  const last = Math.max(...times.map((time) => time.at.getTime()));
  const pad = Math.max(day, (last - first) * 0.06);
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([leftMargin, width - rightMargin]);

  const marks: Mark[] = [];
  // The value axis: grid lines and numbers, from zero.
  marks.push({
    type: 'group',
    className: 'chart-value-axis',
    marks: yTicks.flatMap((tick): Mark[] => [
      { type: 'line', className: tick === 0 ? 'chart-axis' : 'chart-grid', x1: leftMargin, y1: y(tick), x2: width - rightMargin, y2: y(tick) },
      { type: 'text', className: 'chart-tick', x: leftMargin - 6, y: y(tick) + ascent(small) / 2, lines: [money(tick)], fontSize: small, anchor: 'end' },
    ]),
  });
  marks.push({ type: 'text', className: 'chart-tick', x: 0, y: ascent(small), lines: [figure.unit.plural], fontSize: small });

  // The time axis: a few dated ticks, the year given once where the ticks leave it out.
  const span = last - first;
  const tickCount = width < 420 ? 3 : 6;
  const format = span <= 200 * day ? utcFormat('%-d %b') : span <= 3 * 365 * day ? utcFormat('%b %Y') : utcFormat('%Y');
  // Every other tick goes while neighbouring labels would touch.
  let xTicks = x.ticks(tickCount);
  const crowded = (ticks: Date[]) => ticks.some((tick, index) => index > 0 && x(tick) - x(ticks[index - 1]!) < (measureText(format(tick), small) + measureText(format(ticks[index - 1]!), small)) / 2 + 10);
  while (xTicks.length > 2 && crowded(xTicks)) xTicks = xTicks.filter((_, index) => index % 2 === 0);
  const axisY = top + height;
  marks.push({
    type: 'group',
    className: 'chart-time-axis',
    marks: xTicks.flatMap((tick, index): Mark[] => [
      { type: 'line', className: 'chart-axis', x1: x(tick), y1: axisY, x2: x(tick), y2: axisY + 4 },
      {
        type: 'text',
        className: 'chart-tick',
        x: x(tick),
        y: axisY + 6 + ascent(small),
        lines: span <= 200 * day && index === 0 ? [format(tick), `${tick.getUTCFullYear()}`] : [format(tick)],
        fontSize: small,
        lineHeight,
        anchor: 'middle',
      },
    ]),
  });
  let cursor = axisY + 6 + lineHeight * (span <= 200 * day ? 2 : 1) + 6;

  // A disputed day: a shaded span from the lowest reading to the highest.
  for (const [key, group] of disputedDays) {
    const at = x(timeOf(group[0]!).at);
    const values = group.map((reading) => reading.value);
    const low = y(Math.min(...values));
    const high = y(Math.max(...values));
    marks.push({
      type: 'group',
      className: 'chart-dispute',
      key: `disputed-${key}`,
      marks: [{ type: 'rect', className: 'chart-detail-band', x: at - 9, y: high - 9, width: 18, height: low - high + 18, rx: 3 }],
    });
  }

  // Each source's readings of a stock, joined as a step: the count stands until the source gives the next one.
  const sources = [...new Set(readings.flatMap((reading) => reading.sources))];
  const path = line<SeriesReading>()
    .x((reading) => x(timeOf(reading).at))
    .y((reading) => y(reading.value))
    .curve(curveStepAfter);
  for (const source of sources) {
    const own = readings.filter((reading) => reading.asOf && reading.sources.includes(source));
    if (own.length < 2) continue;
    marks.push({ type: 'path', className: 'chart-leader chart-series-line', d: roundPath(path(own) ?? '') });
  }

  // The readings.
  const side = 10;
  const openEnds: Mark[] = [];
  const points: Mark[] = readings.map((reading, index) => {
    const time = timeOf(reading);
    const cx = x(time.at);
    const cy = y(reading.value);
    const estimate = reading.estimated || reading.qualifier === 'estimated';
    const classes = ['chart-unit', estimate && 'is-estimate', reading.qualifier === 'about' && 'is-approximate'].filter(Boolean).join(' ');
    const parts: Mark[] = [];
    if (time.from) parts.push({ type: 'rect', className: 'chart-period', x: x(time.from), y: cy - 2, width: Math.max(1, cx - x(time.from)), height: 4 });
    parts.push({ type: 'rect', className: classes, x: cx - side / 2, y: cy - side / 2, width: side, height: side, ...(estimate ? { pattern: 'hatch' } : {}) });
    if (isLowerBound(reading.qualifier)) {
      const tip = Math.max(top - 4, cy - 30);
      openEnds.push({
        type: 'group',
        className: 'chart-open-end',
        marks: [
          { type: 'line', className: 'chart-open-end__line', x1: cx, y1: cy - side / 2 - 3, x2: cx, y2: tip + 2 },
          { type: 'path', className: 'chart-open-end__head', d: `M${round1(cx - 5)},${round1(tip + 7)}L${round1(cx)},${round1(tip)}L${round1(cx + 5)},${round1(tip + 7)}` },
        ],
      });
    }
    return { type: 'group', className: 'chart-reading', key: `reading-${index}`, marks: parts };
  });
  marks.push(...openEnds, ...points);

  // Labels: the latest day's readings at the right, with their sources; earlier ones above their squares when
  // they fit, since the table lists every reading anyway.
  const labelMarks: Mark[] = [];
  const latestSorted = [...latest].sort((a, b) => b.value - a.value);
  const blockHeight = 2 * lineHeight;
  const starts = dodgeLabels(
    latestSorted.map((reading) => ({ desired: y(reading.value) - lineHeight, size: blockHeight })),
    { min: 0, gap: 4 },
  );
  latestSorted.forEach((reading, index) => {
    const anchorX = x(timeOf(reading).at) + side / 2 + 8;
    labelMarks.push({
      type: 'text',
      className: 'chart-label',
      x: anchorX,
      y: starts[index]! + ascent(small),
      lines: [words(reading), reading.sources.join('; ')],
      fontSize: small,
      lineHeight,
      fontWeight: 'normal',
    });
  });
  const earlier = readings.filter((reading) => dayKey(reading) !== latestKey);
  let lastRight = -Infinity;
  for (const reading of earlier) {
    const text = words(reading);
    const textWidth = measureText(text, small);
    const cx = Math.min(Math.max(x(timeOf(reading).at), leftMargin + textWidth / 2), width - rightMargin - textWidth / 2);
    const lifted = isLowerBound(reading.qualifier) ? 34 : 10;
    if (cx - textWidth / 2 < lastRight + 6) continue;
    lastRight = cx + textWidth / 2;
    labelMarks.push({ type: 'text', className: 'chart-note', x: cx, y: Math.max(ascent(small), y(reading.value) - lifted), lines: [text], fontSize: small, anchor: 'middle' });
  }
  marks.push({ type: 'group', className: 'chart-labels', marks: labelMarks });
  cursor = Math.max(cursor, ...starts.map((start: number) => start + blockHeight + 6));

  // Notes that explain the drawing, in the chart itself so the standalone file keeps them.
  const notes: string[] = [];
  const lowerBounds = readings.filter((reading) => isLowerBound(reading.qualifier));
  if (lowerBounds.length) notes.push(`Arrow up: a lower bound (${[...new Set(lowerBounds.map((reading) => reading.qualifier))].join(', ')}); the source gives no upper figure.`);
  if (readings.some((reading) => reading.estimated || reading.qualifier === 'estimated')) notes.push('Hatched square: an estimate, not a count.');
  if (readings.some((reading) => reading.qualifier === 'about')) notes.push('Dashed square: an approximate figure.');
  for (const [key] of disputedDays) notes.push(`Shaded span: the sources differ on ${formatPartialDate(parsePartialDate(key)!)}; each reading is labelled with its source.`);
  if (marks.some((mark) => mark.className.includes('chart-series-line'))) notes.push('Line: one source’s count, standing until its next reading.');
  for (const note of notes) {
    const lines = wrapText(note, width, small);
    marks.push({ type: 'text', className: 'chart-note', x: 0, y: cursor + ascent(small), lines, fontSize: small, lineHeight });
    cursor += lines.length * lineHeight + 4;
  }

  const whenOf = (reading: Observation) => describeFigurePeriod(reading);
  const estimateInPatterns = readings.some((reading) => reading.estimated || reading.qualifier === 'estimated');
  const rows: TableRow[] = readings.map((reading) => {
    const disputed = disputedDays.some(([key]) => key === dayKey(reading));
    return {
      header: whenOf(reading),
      cells: {
        value: words(reading, true),
        source: reading.sources.join('; '),
        note: [disputed ? 'Sources differ on this day' : '', reading.note ?? ''].filter(Boolean).join('. '),
      },
      ...citationsOf(reading.citations),
    };
  });
  const firstWhen = whenOf(readings[0]!);
  const lastWhen = whenOf(readings.at(-1)!);
  const latestText = latest.map((reading) => `${words(reading, true)} (${reading.sources.join('; ')})`).join(latest.length > 1 ? ' to ' : '');
  const title = `${figure.label}: ${latestText}, ${lastWhen.charAt(0).toLowerCase()}${lastWhen.slice(1)}`;
  const desc = [
    `Time series of ${readings.length} readings from ${sources.length} source${sources.length === 1 ? '' : 's'}, ${firstWhen.replace(/^As of /, '')} to ${lastWhen.replace(/^As of /, '')}.`,
    ...[...byDay].map(([, group]) => {
      const when = whenOf(group[0]!);
      const said = group.map((reading) => `${words(reading, true)} (${reading.sources.join('; ')})`).join(' and ');
      return `${when}${group.length > 1 && disputedDays.some(([key]) => key === dayKey(group[0]!)) ? ', sources differ' : ''}: ${said}.`;
    }),
    ...notes,
  ].join(' ');

  return {
    kind: 'figure',
    id,
    width,
    height: Math.ceil(cursor + 2),
    title,
    desc,
    patterns: estimateInPatterns ? [{ id: 'hatch', className: 'chart-hatch', spacing: 4 }] : [],
    marks,
    table: dataTable(figure.label, {
      rowHeader: 'When',
      citeColumn: 'source',
      columns: [
        { key: 'value', label: 'Value' },
        { key: 'source', label: 'Source' },
        { key: 'note', label: 'Note' },
      ],
      rows,
    }),
    notes: [],
  };
}

/** Path numbers to one decimal, so snapshots do not churn on float noise. */
const roundPath = (d: string) => d.replace(/-?\d+\.\d+/g, (number) => `${round1(Number(number))}`);

