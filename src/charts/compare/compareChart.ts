import { scaleLinear } from 'd3-scale';
import type { FigureData } from '../../schemas/figure';
import { formatFigureValue, formatNumber } from '../../figures/formatFigureValue';
import type { ChartModel, Mark, TableRow } from '../chartModel';
import { citationsOf, dataTable } from '../dataTable';
import { measureText } from '../measureText';
import { round1 } from '../round1';
import { wrapText } from '../wrapText';
import { isLowerBound } from '../figure/figureChart';

/** One reading drawn as a bar: a figure's latest value, or one of the values its sources give on a disputed day. */
export interface CompareReading extends Pick<FigureData, 'value' | 'qualifier' | 'estimated'> {
  /** When the value applies, in words: "As of 17 February 2027", "2026". */
  when: string;
  /** Short titles of the sources it comes from. */
  sources: string[];
  citations: NonNullable<TableRow['citations']>;
}

/** One figure of a comparison. */
export interface CompareRow {
  figureId: string;
  label: string;
  /** Sources differ on the figure's latest day: each of their readings is a bar of its own. */
  disputed: boolean;
  readings: CompareReading[];
}

export interface CompareInput extends Pick<FigureData, 'unit' | 'currency'> {
  rows: CompareRow[];
}

export interface CompareOptions {
  id?: string;
  width?: number;
  fontSize?: number;
  barHeight?: number;
}

/**
 * Figures of one unit on one shared scale from zero: a bar per figure (one per source on a disputed day), each
 * labelled with its value, qualifier, date and source. The bar keeps the unit chart's vocabulary: solid for a count,
 * hatched for an estimate, a dashed outline for an approximate value, and an arrow past its end for a lower bound.
 * Lengths compare, unlike the squares of unit charts side by side, which may stand for different amounts.
 *
 * @example
 * compareChart({ unit, rows: [{ label: 'Calls at Akureyri', readings: [{ value: 1240, qualifier: 'about', … }] }, …] })
 * // { kind: 'compare', marks: [grid and axis, one bar per reading with its label, notes], table: one row per reading }
 */
export function compareChart(input: CompareInput, { id = 'compare', width = 300, fontSize = 14, barHeight = 14 }: CompareOptions = {}): ChartModel {
  const small = fontSize - 1;
  const lineHeight = Math.round(fontSize * 1.3);
  const smallLineHeight = Math.round(small * 1.3);
  const ascent = (size: number) => size * 0.78;
  const amount = (value: number) => (input.currency ? formatFigureValue({ ...input, value, qualifier: 'exact', estimated: false }).number : formatNumber(value));
  const words = (reading: CompareReading) => formatFigureValue({ ...input, ...reading }).text;
  const readings = input.rows.flatMap((row) => row.readings);
  const arrowRoom = readings.some((reading) => isLowerBound(reading.qualifier)) ? 28 : 0;
  const x = scaleLinear()
    .domain([0, Math.max(...readings.map((reading) => reading.value)) || 1])
    .nice(5)
    .range([0, width - arrowRoom - 4]);
  const ticks = x.ticks(width < 420 ? 3 : 6);

  const marks: Mark[] = [];
  let y = 0;
  marks.push({ type: 'text', className: 'chart-tick', x: 0, y: ascent(small), lines: [`On one scale, from 0 (${input.currency ? `${input.currency} amounts` : input.unit.plural})`], fontSize: small });
  y += smallLineHeight + 6;
  const plotTop = y;
  const bars: Mark[] = [];
  for (const row of input.rows) {
    const labelLines = wrapText(row.label, width, fontSize, { bold: true });
    bars.push({ type: 'text', className: 'chart-label', x: 0, y: y + ascent(fontSize), lines: labelLines, fontSize, lineHeight, fontWeight: 'bold' });
    y += labelLines.length * lineHeight + 2;
    for (const [index, reading] of row.readings.entries()) {
      const estimate = reading.estimated || reading.qualifier === 'estimated';
      const classes = ['chart-unit', estimate && 'is-estimate', reading.qualifier === 'about' && 'is-approximate'].filter(Boolean).join(' ');
      const end = x(reading.value);
      const parts: Mark[] = [{ type: 'rect', className: classes, x: 0, y, width: Math.max(1, end), height: barHeight, ...(estimate ? { pattern: 'hatch' } : {}) }];
      if (isLowerBound(reading.qualifier)) {
        const mid = y + barHeight / 2;
        const tip = end + arrowRoom - 2;
        parts.push({
          type: 'group',
          className: 'chart-open-end',
          marks: [
            { type: 'line', className: 'chart-open-end__line', x1: end + 3, y1: mid, x2: tip - 2, y2: mid },
            { type: 'path', className: 'chart-open-end__head', d: `M${round1(tip - 7)},${round1(mid - 5)}L${round1(tip)},${round1(mid)}L${round1(tip - 7)},${round1(mid + 5)}` },
          ],
        });
      }
      y += barHeight + 3;
      const said = `${words(reading)}, ${reading.when.charAt(0).toLowerCase()}${reading.when.slice(1)}${row.disputed ? ` (${reading.sources.join('; ')})` : ''}`;
      const saidLines = wrapText(said, width, small);
      parts.push({ type: 'text', className: 'chart-note', x: 0, y: y + ascent(small), lines: saidLines, fontSize: small, lineHeight: smallLineHeight });
      y += saidLines.length * smallLineHeight + 6;
      bars.push({ type: 'group', className: 'chart-compare-bar', key: row.disputed ? `${row.figureId}-${index + 1}` : row.figureId, marks: parts });
    }
    y += 6;
  }
  const plotBottom = y - 6;
  // Grid behind the bars, then the scale under them.
  marks.push({
    type: 'group',
    className: 'chart-value-axis',
    marks: ticks.map((tick): Mark => ({ type: 'line', className: tick === 0 ? 'chart-axis' : 'chart-grid', x1: x(tick), y1: plotTop, x2: x(tick), y2: plotBottom })),
  });
  marks.push(...bars);
  marks.push({
    type: 'group',
    className: 'chart-value-ticks',
    marks: ticks.map((tick, index): Mark => {
      const text = amount(tick);
      const anchor = index === 0 ? 'start' : x(tick) + measureText(text, small) / 2 > width ? 'end' : 'middle';
      return { type: 'text', className: 'chart-tick', x: x(tick), y: plotBottom + 4 + ascent(small), lines: [text], fontSize: small, anchor };
    }),
  });
  y = plotBottom + 4 + smallLineHeight + 8;

  const notes: string[] = [];
  if (readings.some((reading) => isLowerBound(reading.qualifier))) notes.push('Arrow: a lower bound; the source gives no upper figure.');
  if (readings.some((reading) => reading.estimated || reading.qualifier === 'estimated')) notes.push('Hatched: an estimate, not a count.');
  if (readings.some((reading) => reading.qualifier === 'about')) notes.push('Dashed outline: an approximate figure.');
  if (input.rows.some((row) => row.disputed)) notes.push('Two bars for one figure: its sources differ on its latest day.');
  for (const note of notes) {
    const lines = wrapText(note, width, small);
    marks.push({ type: 'text', className: 'chart-note', x: 0, y: y + ascent(small), lines, fontSize: small, lineHeight: smallLineHeight });
    y += lines.length * smallLineHeight + 4;
  }

  const title = `${input.rows.map((row) => row.label).join(', ')}: compared on one scale`;
  const desc = [
    `Bar chart of ${input.rows.length} figures counted in ${input.currency ? `${input.currency} amounts` : input.unit.plural}, on one scale from 0 to ${amount(x.domain()[1]!)}.`,
    ...input.rows.map((row) => `${row.label}: ${row.readings.map((reading) => `${words(reading)}, ${reading.when.charAt(0).toLowerCase()}${reading.when.slice(1)} (${reading.sources.join('; ')})`).join(row.disputed ? ' to ' : '; ')}${row.disputed ? ', sources differ' : ''}.`),
    ...notes,
  ].join(' ');
  const rows: TableRow[] = input.rows.flatMap((row) =>
    row.readings.map((reading) => ({
      header: row.label,
      cells: { value: words(reading), when: reading.when, source: reading.sources.join('; '), note: row.disputed ? 'Sources differ on this day' : '' },
      ...citationsOf(reading.citations),
    })),
  );

  return {
    kind: 'compare',
    id,
    width,
    height: Math.ceil(y + 2),
    title,
    desc,
    patterns: readings.some((reading) => reading.estimated || reading.qualifier === 'estimated') ? [{ id: 'hatch', className: 'chart-hatch', spacing: 5 }] : [],
    marks,
    table: dataTable(title, {
      rowHeader: 'Figure',
      citeColumn: 'source',
      columns: [
        { key: 'value', label: 'Value' },
        { key: 'when', label: 'When' },
        { key: 'source', label: 'Source' },
        { key: 'note', label: 'Note' },
      ],
      rows,
    }),
    notes: [],
  };
}
