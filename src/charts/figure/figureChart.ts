import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { FigureData } from '../../schemas/figure';
import { deriveYearlyAverage } from '../../figures/deriveYearlyAverage';
import { describeFigurePeriod } from '../../figures/describeFigurePeriod';
import { formatFigureValue, formatNumber } from '../../figures/formatFigureValue';
import { intervalOfPartialDate } from '../../dates/intervalOfPartialDate';
import type { ChartModel, Mark, TableRow } from '../chartModel';
import { citationsOf, dataTable } from '../dataTable';
import { chooseUnitSize } from './chooseUnitSize';
import { formatChartDate } from '../formatChartDate';
import { measureText } from '../measureText';
import { wrapText } from '../wrapText';

/** The parts of a figure record a chart needs. */
export type FigureChartInput = Pick<
  FigureData,
  'label' | 'value' | 'unit' | 'currency' | 'qualifier' | 'estimated' | 'period' | 'asOf' | 'definition'
>;

export interface FigureChartOptions {
  /** Where the figure comes from, for the table's "stated" row. */
  citations?: TableRow['citations'];
  /** Prefix for ids inside the SVG; unique on the page. */
  id?: string;
  /** Width in user units; the SVG is drawn at this size and shrinks to fit narrower containers. */
  width?: number;
  /** Size of the chart's main text; notes are one unit smaller. */
  fontSize?: number;
  /** Squares per row. */
  columns?: number;
  /** Most squares one chart may draw; decides how much one square stands for. */
  maxUnits?: number;
  /**
   * How much one square stands for; by default the smallest power of ten that keeps the chart to `maxUnits`
   * squares. Figures of one unit pass the size they share (src/charts/figure/sharedUnitSize.ts).
   */
  unitSize?: number;
  /** Largest side of a square. */
  maxCell?: number;
  gap?: number;
}

/** True for qualifiers that make the number a lower bound, drawn with an open end. */
export function isLowerBound(qualifier: FigureData['qualifier']): boolean {
  return qualifier === 'over' || qualifier === 'at least';
}

/**
 * The "Basis" cell of a figure's number, agreeing with the attribution its citations print after it: "Stated in the
 * source" only when every citation says `stated`, so the cell never reads "Stated in the source (… reported ¶1)".
 *
 * @example basisOf([{ attribution: 'reported', by: 'analysts' }]) // "Reported in the source"
 */
export function basisOf(citations: ReadonlyArray<{ attribution?: string }> | undefined): string {
  const kinds = new Set((citations ?? []).map((citation) => citation.attribution ?? 'stated'));
  if (kinds.size > 1) return 'From the source';
  const [kind = 'stated'] = kinds;
  return kind === 'reported' ? 'Reported in the source' : kind === 'analysis' ? 'The source’s own reading' : 'Stated in the source';
}

/**
 * A unit chart of one key figure: squares that each stand for a round number of units, drawn honestly for a single
 * number. A lower bound ("over", "at least") gets an open end, an arrow past the last square, because the source
 * gives no upper figure; an estimate is hatched; an approximate figure's last square is outlined only. When the
 * figure covers whole calendar years, a period strip shows them, and the yearly average is given as a labelled,
 * derived value with its working. Nothing else is drawn: no breakdown the source does not give.
 *
 * @example
 * figureChart({ label: 'Ships registered in Northport', value: 120, qualifier: 'over', period: { from: 2024, to: 2024 }, … })
 * // { kind: 'figure', width: 260, marks: [63 unit squares, an open end, a period strip, a derived note], … }
 */
export function figureChart(
  figure: FigureChartInput,
  { id = 'figure', width = 260, fontSize = 14, columns = 10, maxUnits = 100, maxCell = 22, gap = 3, citations, unitSize: givenUnitSize }: FigureChartOptions = {},
): ChartModel {
  const small = fontSize - 1;
  const lineHeight = Math.round(fontSize * 1.3);
  const smallLineHeight = Math.round(small * 1.3);
  const ascent = (size: number) => size * 0.78;
  const marks: Mark[] = [];
  const notes: string[] = [];
  const open = isLowerBound(figure.qualifier);
  const estimate = figure.estimated || figure.qualifier === 'estimated';
  const approximate = figure.qualifier === 'about';
  const stated = formatFigureValue(figure);
  const unitSize = givenUnitSize ?? chooseUnitSize(figure.value, maxUnits);
  const unitCount = Math.max(0, figure.value / unitSize);
  const unitWord = (value: number) =>
    figure.currency ? formatFigureValue({ ...figure, value, qualifier: 'exact', estimated: false }).number : `${formatNumber(value)} ${value === 1 ? figure.unit.singular : figure.unit.plural}`;
  let y = 0;

  // Key: what one square stands for.
  const keySize = 13;
  const keyText = `= ${unitWord(unitSize)}${estimate ? ' (estimated)' : ''}`;
  const keyLines = wrapText(keyText, width - keySize - 6, small);
  marks.push({
    type: 'group',
    className: 'chart-key',
    marks: [
      { type: 'rect', className: `chart-unit${estimate ? ' is-estimate' : ''}`, x: 0, y: y + 1, width: keySize, height: keySize, ...(estimate ? { pattern: 'hatch' } : {}) },
      { type: 'text', className: 'chart-label', x: keySize + 6, y: y + ascent(small) + 1, lines: keyLines, fontSize: small, lineHeight: smallLineHeight },
    ],
  });
  y += Math.max(keySize + 2, keyLines.length * smallLineHeight) + 8;

  // The squares.
  const arrowSpace = open ? 30 : 0;
  const cell = Math.min(maxCell, (width - arrowSpace - (columns - 1) * gap) / columns);
  const whole = Math.floor(unitCount + 1e-9);
  const fraction = unitCount - whole > 1e-9 ? unitCount - whole : 0;
  const squares: Mark[] = [];
  const drawn = whole + (fraction ? 1 : 0);
  for (let index = 0; index < drawn; index += 1) {
    const row = Math.floor(index / columns);
    const column = index % columns;
    const isPartial = index === whole && fraction > 0;
    const isLast = index === drawn - 1;
    const classes = ['chart-unit', estimate && 'is-estimate', approximate && isLast && 'is-approximate', isPartial && 'is-partial'].filter(Boolean).join(' ');
    squares.push({
      type: 'rect',
      className: classes,
      x: column * (cell + gap),
      y: y + row * (cell + gap),
      width: isPartial ? cell * fraction : cell,
      height: cell,
      ...(estimate ? { pattern: 'hatch' } : {}),
    });
  }
  marks.push({ type: 'group', className: 'chart-units', key: 'units', marks: squares });
  const rows = Math.max(1, Math.ceil(drawn / columns));
  const gridBottom = y + rows * (cell + gap) - gap;

  if (open) {
    // The arrow leaves the last square, pointing on past it: the count goes on, by an amount the source does not give.
    const last = Math.max(0, drawn - 1);
    const lastRow = Math.floor(last / columns);
    const lastColumn = last % columns;
    const lastWidth = fraction > 0 ? cell * fraction : cell;
    const x0 = drawn === 0 ? 0 : lastColumn * (cell + gap) + lastWidth + 3;
    const midY = y + lastRow * (cell + gap) + cell / 2;
    const x1 = x0 + Math.max(16, arrowSpace - 6);
    marks.push({
      type: 'group',
      className: 'chart-open-end',
      key: 'open-end',
      marks: [
        { type: 'line', className: 'chart-open-end__line', x1: x0, y1: midY, x2: x1 - 2, y2: midY },
        { type: 'path', className: 'chart-open-end__head', d: `M${x1 - 7},${midY - 5}L${x1},${midY}L${x1 - 7},${midY + 5}` },
      ],
    });
    const words = figure.qualifier === 'over' ? 'gives no upper figure' : 'says the true number may be higher';
    notes.push(`Arrow: the source says “${formatFigureValue(figure, { withUnit: false }).text.replace(/ \(estimated\)$/, '')}” and ${words}.`);
  }
  if (estimate) notes.push('Hatched: an estimate, not a count.');
  if (approximate) notes.push('Outlined last square: the figure is approximate.');
  y = gridBottom + 10;

  // Notes that explain the drawing, in the chart itself so the standalone file keeps them.
  for (const note of notes) {
    const lines = wrapText(note, width, small);
    marks.push({ type: 'text', className: 'chart-note', x: 0, y: y + ascent(small), lines, fontSize: small, lineHeight: smallLineHeight });
    y += lines.length * smallLineHeight + 4;
  }

  // The span the figure covers, at the precision the source gives it.
  const { from, to } = figure.period ?? {};
  let periodText = '';
  if (from && to) {
    y += 6;
    const start = intervalOfPartialDate(from).start;
    const end = intervalOfPartialDate(to).end;
    const byYear = from.precision === 'year' && to.precision === 'year';
    const interval = byYear ? utcYear : utcMonth;
    const count = interval.count(start, end);
    const unitName = byYear ? (count === 1 ? 'calendar year' : 'calendar years') : count === 1 ? 'month' : 'months';
    periodText = `${formatChartDate(from)}–${formatChartDate(to)}`;
    const heading = `Covers ${periodText}: ${count} ${unitName}`;
    marks.push({ type: 'text', className: 'chart-label', x: 0, y: y + ascent(small), lines: wrapText(heading, width, small), fontSize: small });
    y += smallLineHeight + 4;
    const x = scaleUtc().domain([start, end]).range([0, width]);
    const barHeight = 14;
    const boundaries = interval.range(start, end);
    const segments: Mark[] = [{ type: 'rect', className: 'chart-period', x: 0, y, width, height: barHeight, rx: 2 }];
    for (const boundary of boundaries.slice(1)) {
      segments.push({ type: 'line', className: 'chart-period__divider', x1: x(boundary), y1: y, x2: x(boundary), y2: y + barHeight });
    }
    marks.push({ type: 'group', className: 'chart-period-strip', key: 'period', marks: segments });
    y += barHeight + 4;
    // Label every segment when the labels fit, otherwise the two ends.
    const segmentWidth = width / Math.max(1, count);
    const segmentLabel = (date: Date) => (byYear ? `${date.getUTCFullYear()}` : formatChartDate({ iso: '', precision: 'month', year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 }).slice(0, 3));
    const allFit = boundaries.every((boundary) => measureText(segmentLabel(boundary), small) + 4 <= segmentWidth);
    const labels: Mark[] = allFit
      ? boundaries.map((boundary) => ({
          type: 'text' as const,
          className: 'chart-tick',
          x: x(boundary) + segmentWidth / 2,
          y: y + ascent(small),
          lines: [segmentLabel(boundary)],
          fontSize: small,
          anchor: 'middle' as const,
        }))
      : [
          { type: 'text', className: 'chart-tick', x: 0, y: y + ascent(small), lines: [formatChartDate(from)], fontSize: small },
          { type: 'text', className: 'chart-tick', x: width, y: y + ascent(small), lines: [formatChartDate(to)], fontSize: small, anchor: 'end' },
        ];
    marks.push({ type: 'group', className: 'chart-period-labels', marks: labels });
    y += smallLineHeight;
    if (!byYear && allFit) {
      // Month labels leave the year out; give it once, under the first month of each year shown.
      const years = boundaries.filter((boundary, index) => index === 0 || boundary.getUTCMonth() === 0);
      marks.push({
        type: 'group',
        className: 'chart-period-years',
        marks: years.map((boundary) => ({
          type: 'text' as const,
          className: 'chart-tick chart-tick--minor',
          x: x(boundary) + segmentWidth / 2,
          y: y + ascent(small),
          lines: [`${boundary.getUTCFullYear()}`],
          fontSize: small,
          anchor: 'middle' as const,
        })),
      });
      y += smallLineHeight;
    }
  }

  // A derived value, set apart and labelled with its working.
  const derived = deriveYearlyAverage(figure);
  if (derived) {
    y += 10;
    const padding = 8;
    const inner = width - 2 * padding;
    const tag = 'DERIVED, NOT STATED';
    const valueLines = wrapText(derived.text, inner, fontSize, { bold: true });
    const workingLines = wrapText(`= ${derived.working}`, inner, small);
    const top = y;
    let cursor = top + padding;
    const content: Mark[] = [
      { type: 'text', className: 'chart-derived__tag', x: padding, y: cursor + ascent(small), lines: [tag], fontSize: small, fontWeight: 'bold' },
    ];
    cursor += smallLineHeight + 2;
    content.push({ type: 'text', className: 'chart-label', x: padding, y: cursor + ascent(fontSize), lines: valueLines, fontSize, lineHeight, fontWeight: 'bold' });
    cursor += valueLines.length * lineHeight;
    content.push({ type: 'text', className: 'chart-note', x: padding, y: cursor + ascent(small), lines: workingLines, fontSize: small, lineHeight: smallLineHeight });
    cursor += workingLines.length * smallLineHeight + padding - 2;
    marks.push({
      type: 'group',
      className: 'chart-derived',
      key: 'derived',
      marks: [{ type: 'rect', className: 'chart-derived__box', x: 0.5, y: top + 0.5, width: width - 1, height: cursor - top - 1, rx: 3 }, ...content],
    });
    y = cursor;
  }

  const height = Math.ceil(y + 2);
  const when = describeFigurePeriod(figure);
  const squaresText =
    `${formatNumber(Math.round(unitCount * 100) / 100)} square${unitCount === 1 ? '' : 's'}, each standing for ${unitWord(unitSize)}` +
    (open ? `, with an arrow past the last square because the source gives this number as a lower bound (“${figure.qualifier}”)` : '') +
    (estimate ? '; hatched because it is an estimate' : '') +
    (approximate ? '; the last square is outlined because the figure is approximate' : '');
  const desc = [
    `Unit chart. ${figure.label}: ${stated.text}.`,
    `${squaresText.charAt(0).toUpperCase()}${squaresText.slice(1)}.`,
    periodText ? `The figure covers ${periodText}.` : when ? `${when}.` : '',
    derived ? `Derived, not stated in the source: ${derived.text}, worked out as ${derived.working}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const rowsOfTable: TableRow[] = [
    { header: when || 'Value', cells: { value: stated.text, basis: basisOf(citations) }, ...citationsOf(citations) },
  ];
  if (derived) rowsOfTable.push({ header: `${derived.label}${periodText ? `, ${periodText}` : ''}`, cells: { value: derived.text, basis: `Derived: ${derived.working}` } });

  return {
    kind: 'figure',
    id,
    width,
    height,
    title: `${figure.label}: ${stated.text}${when ? ` (${describeFigurePeriod(figure, { midSentence: true })})` : ''}`,
    desc,
    patterns: estimate ? [{ id: 'hatch', className: 'chart-hatch', spacing: 5 }] : [],
    marks,
    table: dataTable(figure.label, {
      rowHeader: 'When',
      citeColumn: 'basis',
      columns: [
        { key: 'value', label: 'Value' },
        { key: 'basis', label: 'Basis' },
      ],
      rows: rowsOfTable,
    }),
    notes: [],
  };
}
