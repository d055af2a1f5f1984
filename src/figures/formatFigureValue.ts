import type { FigureData } from '../schemas/figure';

export type FigureValueInput = Pick<FigureData, 'value' | 'unit' | 'currency' | 'qualifier' | 'estimated'>;

export interface FigureValueParts {
  /** The words in front of the number: "over", "at least", "about", "an estimated", or "". */
  qualifierWords: string;
  /** The number as printed: "12,000", "$40 million". */
  number: string;
  /** The unit, agreeing with the number; "" for money, where the currency sign says it. */
  unit: string;
  /** "(estimated)" when the source also calls a bounded figure an estimate, else "". */
  estimateNote: string;
  /** Everything together, ready for prose: "over $40 million (estimated)". */
  text: string;
}

const qualifierWords: Record<FigureData['qualifier'], string> = {
  exact: '',
  over: 'over',
  'at least': 'at least',
  about: 'about',
  estimated: 'an estimated',
};

// Intl.NumberFormat objects are costly to create and figures are formatted thousands of times per build.
const wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const scaledFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

const largeNumberWords = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/**
 * Writes a number the way a briefing does: thousands grouped, millions and above in words.
 *
 * @example formatNumber(12000) // "12,000"
 * @example formatNumber(40_000_000) // "40 million"
 */
export function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  for (const { size, word } of largeNumberWords) {
    if (magnitude >= size) {
      return `${scaledFormat.format(value / size)} ${word}`;
    }
  }
  return wholeFormat.format(value);
}

const currencySigns: Record<NonNullable<FigureData['currency']>, string> = { USD: '$' };

/**
 * Splits a figure into the parts a sentence, a card or a chart label needs, keeping the qualifier with the
 * number so that "over 12,000" never loses its "over".
 *
 * @example
 * formatFigureValue({ value: 400e9, currency: 'USD', qualifier: 'over', estimated: true, unit: … }).text
 * // "over $40 million (estimated)"
 */
export function formatFigureValue(figure: FigureValueInput, { withUnit = true } = {}): FigureValueParts {
  const number = figure.currency ? `${currencySigns[figure.currency]}${formatNumber(figure.value)}` : formatNumber(figure.value);
  const unit = figure.currency || !withUnit ? '' : figure.value === 1 ? figure.unit.singular : figure.unit.plural;
  const words = qualifierWords[figure.qualifier];
  const estimateNote = figure.estimated && figure.qualifier !== 'estimated' ? '(estimated)' : '';
  const text = [words, number, unit, estimateNote].filter(Boolean).join(' ');
  return { qualifierWords: words, number, unit, estimateNote, text };
}
