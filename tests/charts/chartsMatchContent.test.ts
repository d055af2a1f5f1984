import { describe, expect, it } from 'vitest';
import type { GroupMark, Mark, RectMark, TextMark } from '../../src/charts/chartModel';
import { isLowerBound } from '../../src/charts/figure/figureChart';
import { walkMarks } from '../../src/charts/walkMarks';
import { chartWidths } from '../../src/config/limits';
import { buildChart } from '../../src/data/buildChart';
import { loadBriefbook } from '../../src/data/loadBriefbook';
import { deriveYearlyAverage } from '../../src/figures/deriveYearlyAverage';
import { formatFigureValue } from '../../src/figures/formatFigureValue';
import { hasSeries, headlineOf, readingsOf } from '../../src/figures/observations';
import { isMappable } from '../../src/entities/isMappable';

const book = await loadBriefbook();
const all = (marks: Mark[]) => [...walkMarks(marks)];
const group = (marks: Mark[], key: string) => all(marks).find((mark): mark is GroupMark => mark.type === 'group' && mark.key === key);

/** Reads what one square stands for back from the chart's key ("= 1,000 combat sorties", "= $10 billion"). */
function unitOfKey(marks: Mark[]): number {
  const key = all(marks).find((mark): mark is GroupMark => mark.type === 'group' && mark.className === 'chart-key')!;
  const text = (key.marks.find((mark) => mark.type === 'text') as TextMark).lines.join(' ');
  const match = /= \$?([\d,.]+)( billion| million| trillion)?/.exec(text)!;
  const scale = { ' billion': 1e9, ' million': 1e6, ' trillion': 1e12 }[match[2] ?? ''] ?? 1;
  return Number(match[1]!.replace(/,/g, '')) * scale;
}

describe('every figure chart agrees with its figure record', () => {
  it('has figures to check, among them every kind the drawing treats apart', () => {
    const figures = book.corpus.figures.map((figure) => figure.data);
    expect(figures.some((figure) => isLowerBound(figure.qualifier))).toBe(true);
    expect(figures.some((figure) => figure.estimated || figure.qualifier === 'estimated')).toBe(true);
    expect(figures.some((figure) => figure.currency)).toBe(true);
    expect(figures.some((figure) => deriveYearlyAverage(figure))).toBe(true);
    expect(figures.some((figure) => !isLowerBound(figure.qualifier) && !figure.estimated && figure.qualifier !== 'estimated')).toBe(true);
  });

  for (const figure of book.corpus.figures.filter((entry) => !hasSeries(entry.data))) {
    describe(figure.id, () => {
      const model = buildChart(book, { kind: 'figure', figureId: figure.id }, 'test').models.narrow;
      const squares = group(model.marks, 'units')!.marks as RectMark[];

      it('draws squares that add up to the value', () => {
        const full = squares[0]?.width ?? 0;
        const drawn = squares.reduce((sum, square) => sum + square.width / full, 0);
        expect(drawn * unitOfKey(model.marks)).toBeCloseTo(figure.data.value, 6);
      });

      it('draws the qualifier: an open end exactly when the source gives a lower bound', () => {
        expect(Boolean(group(model.marks, 'open-end'))).toBe(isLowerBound(figure.data.qualifier));
      });

      it('hatches it exactly when it is an estimate', () => {
        const estimate = figure.data.estimated || figure.data.qualifier === 'estimated';
        expect(squares.every((square) => square.pattern === 'hatch')).toBe(estimate);
      });

      it('states the value in its title, description and table as the record words it', () => {
        const { text } = formatFigureValue(figure.data);
        expect(model.title).toContain(text);
        expect(model.desc).toContain(text);
        expect(model.table.rows[0]!.cells.value).toBe(text);
        expect(model.table.rows[0]!.citations).toEqual(figure.data.citations);
      });

      it('shows a derived value only where one can be worked out, labelled as derived', () => {
        const derived = deriveYearlyAverage(figure.data);
        const box = group(model.marks, 'derived');
        expect(Boolean(box)).toBe(Boolean(derived));
        if (derived) {
          expect(all(box!.marks).some((mark) => mark.type === 'text' && mark.lines.join(' ').includes('DERIVED'))).toBe(true);
          expect(model.table.rows[1]!.cells.value).toBe(derived.text);
          const years = figure.data.period!.to!.year - figure.data.period!.from!.year + 1;
          expect(derived.value * years).toBeLessThanOrEqual(figure.data.value);
          expect((derived.value + 1) * years).toBeGreaterThan(figure.data.value);
        }
      });

      it(`keeps its text at caption size on a 320-pixel phone`, () => {
        // A card on a 320-pixel screen leaves about 254 pixels for the chart.
        const scale = Math.min(1, 254 / model.width);
        for (const mark of all(model.marks)) if (mark.type === 'text') expect(mark.fontSize * scale).toBeGreaterThanOrEqual(12);
        expect(model.width).toBe(chartWidths.figure);
      });
    });
  }
});

describe('every figure kept as observations is drawn over time, reading by reading', () => {
  const series = book.corpus.figures.filter((entry) => hasSeries(entry.data));
  it('has such a figure to check, with a disputed latest day', () => {
    expect(series.some((figure) => headlineOf(figure.data).disputed)).toBe(true);
  });
  for (const figure of series) {
    it(`${figure.id}: one square and one table row per observation, in its words, with its citations`, () => {
      const { narrow, wide } = buildChart(book, { kind: 'figure', figureId: figure.id }, 'test').models;
      for (const model of [narrow, wide!]) {
        const readings = readingsOf(figure.data);
        expect(all(model.marks).filter((mark) => mark.type === 'group' && mark.className === 'chart-reading')).toHaveLength(readings.length);
        expect(model.table.rows.map((row) => row.cells.value)).toEqual(readings.map((reading) => formatFigureValue({ ...figure.data, ...reading }).text));
        expect(model.table.rows.map((row) => row.citations)).toEqual(readings.map((reading) => reading.citations));
        expect(all(model.marks).filter((mark) => mark.type === 'group' && mark.className === 'chart-open-end')).toHaveLength(readings.filter((reading) => isLowerBound(reading.qualifier)).length);
      }
      // The phone drawing keeps its text at caption size on a 320-pixel screen (288 pixels for the chart).
      for (const mark of all(narrow.marks)) if (mark.type === 'text') expect(mark.fontSize * Math.min(1, 288 / narrow.width)).toBeGreaterThanOrEqual(12);
    });
  }
});

describe('timelines and maps drawn from the content keep their text legible on a phone', () => {
  const specs = [
    { kind: 'timeline', scope: 'all' },
    { kind: 'map', scope: 'all' },
    // A briefing with no events has no timeline (the fixture's permit-queue note).
    ...book.briefings.filter((briefing) => briefing.data.events.length > 0).map((briefing) => ({ kind: 'timeline', scope: 'briefing', briefingId: briefing.id }) as const),
  ] as const;
  for (const spec of specs) {
    it(JSON.stringify(spec), () => {
      const { narrow } = buildChart(book, spec, 'test').models;
      // The page leaves 288 pixels of a 320-pixel screen for the narrow drawing.
      const scale = Math.min(1, 288 / narrow.width);
      for (const mark of all(narrow.marks)) if (mark.type === 'text') expect(mark.fontSize * scale, mark.lines.join(' ')).toBeGreaterThanOrEqual(12);
    });
  }

  it('puts every event of the content on the full timeline, and every place on the map or an arrow', () => {
    const timeline = buildChart(book, { kind: 'timeline', scope: 'all' }, 'test').models.wide!;
    const drawn = all(timeline.marks).filter((mark): mark is GroupMark => mark.type === 'group' && mark.className === 'chart-event').map((mark) => mark.key);
    expect(drawn.sort()).toEqual(book.corpus.events.map((event) => event.id).sort());
    const map = buildChart(book, { kind: 'map', scope: 'all' }, 'test').models.wide!;
    const mapped = book.corpus.entities.filter((entity) => isMappable(entity.data));
    expect(map.table.rows.map((row) => row.id).sort()).toEqual(mapped.map((entity) => `place-${entity.id}`).sort());
  });
});
