import { describe, expect, it } from 'vitest';
import { formatFigureValue, formatNumber } from '../../src/figures/formatFigureValue';

const sorties = { value: 63000, unit: { singular: 'combat sortie', plural: 'combat sorties' }, qualifier: 'over', estimated: false } as const;

describe('formatNumber', () => {
  it('groups thousands and writes millions and above in words', () => {
    expect(formatNumber(63000)).toBe('63,000');
    expect(formatNumber(400_000_000_000)).toBe('400 billion');
    expect(formatNumber(1_500_000)).toBe('1.5 million');
    expect(formatNumber(14)).toBe('14');
  });
});

describe('formatFigureValue', () => {
  it('keeps the qualifier with the number', () => {
    expect(formatFigureValue(sorties).text).toBe('over 63,000 combat sorties');
    expect(formatFigureValue({ ...sorties, qualifier: 'at least', value: 10000 }).text).toBe('at least 10,000 combat sorties');
  });
  it('prints money with its sign and no unit, and marks a bounded estimate', () => {
    const losses = { value: 400e9, unit: { singular: 'US dollar', plural: 'US dollars' }, currency: 'USD', qualifier: 'over', estimated: true } as const;
    expect(formatFigureValue(losses).text).toBe('over $400 billion (estimated)');
  });
  it('uses the singular for one', () => {
    expect(formatFigureValue({ ...sorties, qualifier: 'exact', value: 1 }).text).toBe('1 combat sortie');
  });
  it('can drop the unit', () => {
    expect(formatFigureValue(sorties, { withUnit: false }).text).toBe('over 63,000');
  });
  it('writes a plain estimate as "an estimated"', () => {
    expect(formatFigureValue({ ...sorties, qualifier: 'estimated', estimated: true }).text).toBe('an estimated 63,000 combat sorties');
  });
});
