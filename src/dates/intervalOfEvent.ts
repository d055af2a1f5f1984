import type { DateQualifier } from '../schemas/event';
import type { PartialDate } from '../schemas/partialDate';
import { intervalOfPartialDate, type DateInterval } from './intervalOfPartialDate';

/**
 * The stretch an event covers: from the start of its date to the end of its end date (or of its date).
 *
 * @example intervalOfEvent({ date: parsePartialDate('2015')!, end: parsePartialDate('2020')! })
 * // { start: 2015-01-01, end: 2021-01-01 }
 */
export function intervalOfEvent(event: { date: PartialDate; end?: PartialDate; dateQualifier?: DateQualifier }): DateInterval {
  const start = intervalOfPartialDate(event.date, event.dateQualifier);
  return event.end ? { start: start.start, end: intervalOfPartialDate(event.end).end } : start;
}
