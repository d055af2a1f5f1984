import type { DateQualifier } from '../schemas/event';
import type { PartialDate } from '../schemas/partialDate';

/** A span of time in UTC, `end` excluded: a day, a month, a year or part of one. */
export interface DateInterval {
  start: Date;
  end: Date;
}

const utc = (year: number, monthIndex = 0, day = 1) => new Date(Date.UTC(year, monthIndex, day));

/** Where "early", "mid" and "late" fall inside a month (by day) and inside a year (by month). */
const thirdsOfMonth = { early: [1, 11], mid: [11, 21], late: [21, 32] } as const;
const thirdsOfYear = { early: [0, 4], mid: [4, 8], late: [8, 12] } as const;

/**
 * The stretch of time a date covers at its precision: a year-precision date is the whole year, a month-precision
 * date the whole month. "early", "mid" and "late" narrow it to the first, middle or last third; "about" and "by"
 * keep it (the chart shows them by other means).
 *
 * @example intervalOfPartialDate(parsePartialDate('2024-12')!) // { start: 2024-12-01, end: 2025-01-01 }
 * @example intervalOfPartialDate(parsePartialDate('2019')!, 'late') // { start: 2019-09-01, end: 2020-01-01 }
 */
export function intervalOfPartialDate(date: PartialDate, qualifier?: DateQualifier): DateInterval {
  const { year, month = 1, day = 1 } = date;
  if (date.precision === 'day') return { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1) };
  const part = qualifier === 'early' || qualifier === 'mid' || qualifier === 'late' ? qualifier : undefined;
  if (date.precision === 'month') {
    if (!part) return { start: utc(year, month - 1), end: utc(year, month) };
    const [from, to] = thirdsOfMonth[part];
    const monthEnd = utc(year, month);
    const end = utc(year, month - 1, to);
    return { start: utc(year, month - 1, from), end: end > monthEnd ? monthEnd : end };
  }
  if (!part) return { start: utc(year), end: utc(year + 1) };
  const [from, to] = thirdsOfYear[part];
  return { start: utc(year, from), end: utc(year, to) };
}
