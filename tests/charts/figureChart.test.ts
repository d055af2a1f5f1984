import { describe, expect, it } from 'vitest';
import type { GroupMark, Mark, RectMark, TextMark } from '../../src/charts/chartModel';
import { chooseUnitSize } from '../../src/charts/figure/chooseUnitSize';
import { basisOf, figureChart } from '../../src/charts/figure/figureChart';
import { renderSvg } from '../../src/charts/renderSvg';
import { walkMarks } from '../../src/charts/walkMarks';
import { figures } from './fixtures';

const group = (marks: Mark[], key: string) => [...walkMarks(marks)].find((mark): mark is GroupMark => mark.type === 'group' && mark.key === key);
const units = (marks: Mark[]) => group(marks, 'units')!.marks as RectMark[];
const texts = (marks: Mark[]) => [...walkMarks(marks)].filter((mark): mark is TextMark => mark.type === 'text').flatMap((mark) => mark.lines).join(' ');

describe('chooseUnitSize(value)', () => {
  it('takes the smallest power of ten that keeps the chart to 100 squares', () => {
    expect(chooseUnitSize(63_000)).toBe(1000);
    expect(chooseUnitSize(10_000)).toBe(100);
    expect(chooseUnitSize(400e9)).toBe(1e10);
    expect(chooseUnitSize(15)).toBe(1);
    expect(chooseUnitSize(101)).toBe(10);
  });
});

describe('figureChart(figure)', () => {
  it('draws one square per unit, the squares adding up to the value', () => {
    const squares = units(figureChart(figures.overWithPeriod).marks);
    expect(squares).toHaveLength(63);
    expect(texts(figureChart(figures.overWithPeriod).marks)).toContain('= 1,000 combat sorties');
  });

  it('draws a partial last square for a value that is not a whole number of units', () => {
    const squares = units(figureChart(figures.aboutMonths).marks);
    expect(squares).toHaveLength(3);
    expect(squares[2]!.width / squares[0]!.width).toBeCloseTo(0.5, 5);
    expect(squares[2]!.className).toContain('is-partial');
  });

  it('lays squares out in rows of ten on an even pitch', () => {
    const squares = units(figureChart(figures.atLeast).marks);
    expect(squares).toHaveLength(100);
    const pitch = squares[1]!.x - squares[0]!.x;
    expect(squares[9]!.x).toBeCloseTo(9 * pitch, 5);
    expect(squares[10]!.x).toBe(0);
    expect(squares[10]!.y - squares[0]!.y).toBeCloseTo(pitch, 5);
  });

  it('gives an "over" figure an open end past its last square', () => {
    const model = figureChart(figures.overWithPeriod);
    const openEnd = group(model.marks, 'open-end');
    expect(openEnd).toBeDefined();
    const last = units(model.marks).at(-1)!;
    const line = openEnd!.marks.find((mark) => mark.type === 'line')!;
    expect(line.type === 'line' && line.x1).toBeGreaterThan(last.x + last.width);
    expect(line.type === 'line' && Math.abs(line.y1 - (last.y + last.height / 2))).toBeLessThan(0.01);
    expect(model.desc).toMatch(/lower bound/);
  });

  it('gives an "at least" figure an open end too', () => {
    expect(group(figureChart(figures.atLeast).marks, 'open-end')).toBeDefined();
  });

  it('gives an exact figure no open end', () => {
    const model = figureChart(figures.exactSmall);
    expect(group(model.marks, 'open-end')).toBeUndefined();
    expect(texts(model.marks)).not.toMatch(/Arrow/);
  });

  it('hatches an estimate and says so', () => {
    const model = figureChart(figures.estimatedMoney);
    expect(model.patterns).toHaveLength(1);
    expect(units(model.marks).every((square) => square.pattern === 'hatch')).toBe(true);
    expect(texts(model.marks)).toContain('= $10 billion (estimated)');
    expect(texts(model.marks)).toContain('Hatched: an estimate');
    expect(figureChart(figures.exactSmall).patterns).toHaveLength(0);
  });

  it('outlines the last square of an approximate figure', () => {
    const squares = units(figureChart(figures.aboutMonths).marks);
    expect(squares.at(-1)!.className).toContain('is-approximate');
    expect(squares[0]!.className).not.toContain('is-approximate');
  });

  it('spans the period at its precision, one segment per calendar year', () => {
    const model = figureChart(figures.overWithPeriod, { width: 300 });
    const strip = group(model.marks, 'period')!;
    const bar = strip.marks[0] as RectMark;
    expect(bar.x).toBe(0);
    expect(bar.width).toBe(300);
    const dividers = strip.marks.filter((mark) => mark.type === 'line');
    expect(dividers).toHaveLength(5);
    // 2016 starts 1/6 of the way along, give or take the leap year.
    const first = dividers[0]!;
    expect(first.type === 'line' && first.x1).toBeCloseTo(300 * (365 / (365 * 6 + 2)), 1);
    expect(texts(model.marks)).toContain('Covers 2015–2020: 6 calendar years');
  });

  it('labels the yearly average as derived, with its working, and never plots a yearly series', () => {
    const model = figureChart(figures.overWithPeriod);
    const derived = group(model.marks, 'derived')!;
    const words = texts(derived.marks);
    expect(words).toContain('DERIVED, NOT STATED');
    expect(words).toContain('over 10,500 combat sorties a year');
    expect(words).toContain('over 63,000 ÷ 6 calendar years');
    expect(model.table.rows[1]!.cells.basis).toMatch(/^Derived: /);
    // Squares stand for units of the total only: no bar or square per year.
    expect(units(model.marks)).toHaveLength(63);
  });

  it('keeps a month capitalised in the title, where the period follows the value', () => {
    expect(figureChart(figures.aboutMonths).title).toMatch(/\(October 2025–January 2026\)$/);
  });

  it('derives nothing for a stock or a span of months', () => {
    expect(group(figureChart(figures.atLeast).marks, 'derived')).toBeUndefined();
    expect(group(figureChart(figures.aboutMonths).marks, 'derived')).toBeUndefined();
  });

  it('sizes the drawing to its content and its viewBox to its size', () => {
    const model = figureChart(figures.atLeast, { width: 260 });
    expect(renderSvg(model)).toContain(` viewBox="0 0 260 ${model.height}" `);
    const bottom = Math.max(...[...walkMarks(model.marks)].filter((mark): mark is RectMark => mark.type === 'rect').map((mark) => mark.y + mark.height));
    expect(model.height).toBeGreaterThanOrEqual(bottom);
  });
});

describe('basisOf', () => {
  it('says "Stated in the source" only when every citation is stated, so the Basis cell agrees with the attribution after it', () => {
    expect(basisOf(undefined)).toBe('Stated in the source');
    expect(basisOf([{}, { attribution: 'stated' }])).toBe('Stated in the source');
    expect(basisOf([{ attribution: 'reported' }])).toBe('Reported in the source');
    expect(basisOf([{ attribution: 'analysis' }])).toBe('The source’s own reading');
    expect(basisOf([{ attribution: 'analysis' }, {}])).toBe('From the source');
  });

  it('fills the stated row of the figure table', () => {
    const citations = [{ source: { id: 'report' }, paragraphs: [1], attribution: 'reported' as const, by: 'analysts' }];
    expect(figureChart(figures.overWithPeriod, { citations }).table.rows[0]!.cells.basis).toBe('Reported in the source');
  });
});
