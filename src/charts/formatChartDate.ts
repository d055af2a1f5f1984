import type { DateQualifier } from '../schemas/event';
import type { PartialDate } from '../schemas/partialDate';

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Writes a date for a chart label: at the precision it is known, with short month names to save room, and with
 * the source's loosening word ("about", "late", "by") kept.
 *
 * @example formatChartDate(parsePartialDate('2026-01-21')!, 'about') // "about 21 Jan 2026"
 * @example formatChartDate(parsePartialDate('2024-12')!) // "Dec 2024"
 */
export function formatChartDate(date: PartialDate, qualifier?: DateQualifier): string {
  const month = date.month ? shortMonths[date.month - 1] : '';
  const text = date.precision === 'year' ? `${date.year}` : date.precision === 'month' ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
  return qualifier ? `${qualifier} ${text}` : text;
}
