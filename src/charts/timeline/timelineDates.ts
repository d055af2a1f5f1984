import type { formatPartialDate } from '../../dates/formatPartialDate';
import { utcMonth } from 'd3-time';
import type { TimelineEvent } from './timelineData';

export const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const describeMonth = (date: Date) => `${monthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
export const lastMonthOf = (end: Date) => utcMonth.offset(end, -1);

/** The date an event is drawn and listed at, as words: in full for tables, short for chart labels. */
export function describeEventDate(event: TimelineEvent, format: typeof formatPartialDate): string {
  const start = format(event.date, event.dateQualifier);
  return event.end && event.end.iso !== event.date.iso ? `${start}–${format(event.end)}` : start;
}
