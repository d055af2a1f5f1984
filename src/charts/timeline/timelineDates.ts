import type { formatPartialDate } from '../../dates/formatPartialDate';
import { utcDay, utcMonth } from 'd3-time';
import type { TimelineEvent } from './timelineData';

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const describeMonth = (date: Date) => `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
export const lastMonthOf = (end: Date) => utcMonth.offset(end, -1);
export const lastDayOf = (end: Date) => utcDay.offset(end, -1);

/**
 * A span of days in words, naming the month and year once where they are shared.
 *
 * @example describeDays(new Date('2025-02-10'), new Date('2025-02-11')) // "10 to 11 February 2025"
 * @example describeDays(new Date('2025-02-28'), new Date('2025-03-01')) // "28 February to 1 March 2025"
 */
export function describeDays(first: Date, last: Date): string {
  const day = (date: Date) => `${date.getUTCDate()}`;
  const month = (date: Date) => monthNames[date.getUTCMonth()]!;
  const year = (date: Date) => `${date.getUTCFullYear()}`;
  if (+first === +last) return `${day(first)} ${month(first)} ${year(first)}`;
  if (year(first) !== year(last)) return `${day(first)} ${month(first)} ${year(first)} to ${day(last)} ${month(last)} ${year(last)}`;
  if (month(first) !== month(last)) return `${day(first)} ${month(first)} to ${day(last)} ${month(last)} ${year(last)}`;
  return `${day(first)} to ${day(last)} ${month(last)} ${year(last)}`;
}

/** The date an event is drawn and listed at, as words: in full for tables, short for chart labels. */
export function describeEventDate(event: TimelineEvent, format: typeof formatPartialDate): string {
  const start = format(event.date, event.dateQualifier);
  return event.end && event.end.iso !== event.date.iso ? `${start}–${format(event.end)}` : start;
}
