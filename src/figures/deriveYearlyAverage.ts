import type { FigureData } from '../schemas/figure';
import { formatFigureValue } from './formatFigureValue';

/** A value worked out from a figure rather than stated by the source, with the working shown. */
export interface DerivedValue {
  /** What it is: "Yearly average if spread evenly". */
  label: string;
  value: number;
  /** The qualifier the derived value inherits ("over 12,000 ÷ 6" is "over 2,000"). */
  qualifier: FigureData['qualifier'];
  /** The value in words, ready for a label: "over 2,000 ships a year". */
  text: string;
  /** How it was worked out, in words, with its assumption: "over 12,000 ÷ 6 calendar years (2019 to 2024, both counted in full), as if spread evenly". */
  working: string;
}

/**
 * The average per calendar year of a total the source gives for a span of whole years (2015–2020), or undefined
 * when the figure is not such a total. Only year-precision spans of two years or more qualify: a yearly average of
 * a few months, or of a stock, would say more than the source does.
 *
 * The source gives a total, not a yearly series, and no months, so the average assumes the total was spread evenly
 * over the whole span, and the label and working say so. The span is counted in calendar years, so it is the longest
 * the activity can have lasted; dividing a lower bound ("over 12,000") by the longest span gives a lower bound on the
 * yearly rate, which is why the qualifier carries over. Lower bounds are rounded down and other values to the
 * nearest whole number (then called "about").
 *
 * @example
 * deriveYearlyAverage({ value: 12000, qualifier: 'over', period: { from: 2019, to: 2024 }, … })
 * // { label: 'Yearly average if spread evenly', value: 2000, qualifier: 'over', text: 'over 2,000 ships a year',
 * //   working: 'over 12,000 ÷ 6 calendar years (2019 to 2024, both counted in full), as if spread evenly' }
 */
export function deriveYearlyAverage(
  figure: Pick<FigureData, 'value' | 'unit' | 'currency' | 'qualifier' | 'estimated' | 'period'>,
): DerivedValue | undefined {
  const { from, to } = figure.period ?? {};
  if (!from || !to || from.precision !== 'year' || to.precision !== 'year') return undefined;
  const years = to.year - from.year + 1;
  if (years < 2) return undefined;
  const isLowerBound = figure.qualifier === 'over' || figure.qualifier === 'at least';
  const raw = figure.value / years;
  const value = isLowerBound ? Math.floor(raw) : Math.round(raw);
  const qualifier: FigureData['qualifier'] = isLowerBound ? figure.qualifier : value === raw && figure.qualifier === 'exact' ? 'exact' : 'about';
  const parts = formatFigureValue({ ...figure, value, qualifier });
  const total = formatFigureValue(figure, { withUnit: false }).text.replace(/ \(estimated\)$/, '');
  return {
    label: 'Yearly average if spread evenly',
    value,
    qualifier,
    text: `${parts.text.replace(/ \(estimated\)$/, '')} a year${figure.estimated ? ' (from an estimate)' : ''}`,
    working: `${total} ÷ ${years} calendar years (${from.year} to ${to.year}, both counted in full), as if spread evenly`,
  };
}
