import type { DateQualifier } from '../schemas/event';
import type { PartialDate } from '../schemas/partialDate';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Writes a date at the precision it is known, with the source's loosening word if any.
 *
 * @example formatPartialDate(parsePartialDate('2024-12')!) // "December 2024"
 * @example formatPartialDate(parsePartialDate('2019')!, 'late') // "late 2019"
 * @example formatPartialDate(parsePartialDate('2026-01-21')!, 'about') // "about 21 January 2026"
 */
export function formatPartialDate(date: PartialDate, qualifier?: DateQualifier): string {
  const month = date.month ? monthNames[date.month - 1] : undefined;
  const text = date.precision === 'year' ? `${date.year}` : date.precision === 'month' ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
  return qualifier ? `${qualifier} ${text}` : text;
}

/**
 * Writes a span, sharing what the two ends share.
 *
 * @example formatDateSpan(parsePartialDate('2015')!, parsePartialDate('2020')!) // "2015–2020"
 */
export function formatDateSpan(from: PartialDate, to: PartialDate): string {
  if (from.iso === to.iso) return formatPartialDate(from);
  return `${formatPartialDate(from)}–${formatPartialDate(to)}`;
}

/**
 * Writes a calendar day given as `YYYY-MM-DD`.
 *
 * @example formatDay('2026-01-29') // "29 January 2026"
 */
export function formatDay(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return `${day} ${monthNames[month - 1]} ${year}`;
}
