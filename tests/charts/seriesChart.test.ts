import { describe, expect, it } from 'vitest';
import type { GroupMark, Mark, RectMark, TextMark } from '../../src/charts/chartModel';
import { compareChart } from '../../src/charts/compare/compareChart';
import { seriesChart } from '../../src/charts/figure/seriesChart';
import { comparison, series } from './fixtures';

const flatten = (marks: readonly Mark[]): Mark[] => marks.flatMap((mark) => (mark.type === 'group' ? [mark, ...flatten(mark.marks)] : [mark]));
const groups = (marks: readonly Mark[], className: string) => flatten(marks).filter((mark): mark is GroupMark => mark.type === 'group' && mark.className === className);
const texts = (marks: readonly Mark[]) => flatten(marks).filter((mark): mark is TextMark => mark.type === 'text').flatMap((mark) => mark.lines);

describe('seriesChart', () => {
  const model = seriesChart(series, { width: 300 });
  const readings = groups(model.marks, 'chart-reading');

  it('draws one square per reading, placed in time order and by value on a scale from zero', () => {
    expect(readings).toHaveLength(4);
    const squares = readings.map((group) => group.marks.find((mark): mark is RectMark => mark.type === 'rect' && mark.className.startsWith('chart-unit'))!);
    const xs = squares.map((square) => square.x);
    expect(xs[0]).toBeLessThan(xs[1]!);
    expect(xs[1]).toBeLessThan(xs[2]!);
    expect(xs[2]).toBe(xs[3]); // the disputed day: one place in time
    // Higher values sit higher (smaller y); 160 above 140 above 110 above 85.
    const ys = squares.map((square) => square.y);
    expect(ys[0]).toBeLessThan(ys[1]!);
    expect(ys[3]).toBeLessThan(ys[2]!);
  });

  it('keeps each qualifier in the drawing: hatched estimate, dashed approximate, an arrow up for a lower bound', () => {
    const classes = readings.map((group) => group.marks.find((mark) => mark.type === 'rect' && mark.className.startsWith('chart-unit'))!.className);
    expect(classes).toEqual(['chart-unit is-estimate', 'chart-unit is-approximate', 'chart-unit', 'chart-unit']);
    expect(readings[0]!.marks.some((mark) => mark.type === 'rect' && mark.pattern === 'hatch')).toBe(true);
    expect(groups(model.marks, 'chart-open-end')).toHaveLength(1);
    expect(model.patterns).toHaveLength(1);
  });

  it('shows the disputed day as a span with each reading labelled with its source, never one number', () => {
    expect(groups(model.marks, 'chart-dispute').map((group) => group.key)).toEqual(['disputed-2027-02-17']);
    const words = texts(model.marks);
    expect(words).toEqual(expect.arrayContaining(['at least 110', 'Owners', '85', 'Office']));
    expect(model.title).toBe('Boats waiting: 85 boats (Office) to at least 110 boats (Owners), as of 17 February 2027');
    expect(model.desc).toContain('As of 17 February 2027, sources differ: 85 boats (Office) and at least 110 boats (Owners).');
  });

  it('joins each source’s readings of a stock with a step line, not the two sources together', () => {
    const lines = flatten(model.marks).filter((mark) => mark.className.includes('chart-series-line'));
    expect(lines).toHaveLength(2);
  });

  it('lists every reading in its data table with its qualifier in words, its day, its source and citation', () => {
    expect(model.table.rows.map((row) => [row.header, row.cells.value, row.cells.source])).toEqual([
      ['As of 20 January 2027', 'an estimated 160 boats', 'Owners'],
      ['As of 3 February 2027', 'about 140 boats', 'Office'],
      ['As of 17 February 2027', '85 boats', 'Office'],
      ['As of 17 February 2027', 'at least 110 boats', 'Owners'],
    ]);
    expect(model.table.rows[3]!.cells.note).toBe('Sources differ on this day. Counts more boats.');
    expect(model.table.rows.every((row) => row.citations?.length === 1)).toBe(true);
  });

  it('stays inside its width on a phone and on a wide screen', () => {
    for (const width of [300, 720]) {
      const drawn = seriesChart(series, { width });
      const xs = flatten(drawn.marks).flatMap((mark) => (mark.type === 'rect' ? [mark.x, mark.x + mark.width] : mark.type === 'line' ? [mark.x1, mark.x2] : []));
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(width);
    }
  });
});

describe('compareChart', () => {
  const model = compareChart(comparison, { width: 300 });
  const bars = groups(model.marks, 'chart-compare-bar');

  it('draws the figures on one scale: bar lengths are in proportion to the values', () => {
    const widths = bars.map((bar) => bar.marks.find((mark): mark is RectMark => mark.type === 'rect')!.width);
    expect(bars.map((bar) => bar.key)).toEqual(['in-scheme', 'waiting-1', 'waiting-2']);
    expect(widths[0]! / widths[1]!).toBeCloseTo(410 / 85, 5);
    expect(widths[2]! / widths[1]!).toBeCloseTo(110 / 85, 5);
  });

  it('labels each bar with its value, qualifier and date, and the disputed figure’s bars with their sources', () => {
    // Labels wrap on a phone; read them as one text.
    const said = texts(model.marks).join(' ');
    for (const label of ['an estimated 410 boats, as of 10 February 2027', '85 boats, as of 17 February 2027 (Office)', 'at least 110 boats, as of 17 February 2027 (Owners)']) expect(said).toContain(label);
    expect(groups(model.marks, 'chart-open-end')).toHaveLength(1);
  });

  it('has a title, a description and a data table row per bar', () => {
    expect(model.kind).toBe('compare');
    expect(model.title).toBe('Boats in the scheme, Boats waiting: compared on one scale');
    expect(model.desc).toMatch(/^Bar chart of 2 figures counted in boats, on one scale from 0 to 500\./);
    expect(model.table.rows.map((row) => row.cells.value)).toEqual(['an estimated 410 boats', '85 boats', 'at least 110 boats']);
  });
});
