import { z } from 'astro/zod';

/** How exactly a date is known. A month-precision date is a span of a whole month, not its first day. */
export const datePrecisions = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** A date known to the year, the month or the day, kept as the author wrote it. */
export interface PartialDate {
  /** The ISO text: `2015`, `2024-12` or `2026-01-28`. */
  iso: string;
  precision: DatePrecision;
  year: number;
  /** 1–12, present for month and day precision. */
  month?: number;
  /** 1–31, present for day precision. */
  day?: number;
}

const partialDatePattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a {@link PartialDate}, or returns `undefined` when the text is
 * not such a date or names a day that does not exist (`2026-02-30`).
 *
 * @example parsePartialDate('2024-12') // { iso: '2024-12', precision: 'month', year: 2024, month: 12 }
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = partialDatePattern.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { iso: text, precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { iso: text, precision: 'month', year, month };
  const day = Number(match[3]);
  // Date.UTC rolls 30 February over into March, so a day that changes on the round trip does not exist.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { iso: text, precision: 'day', year, month, day };
}

/**
 * YAML turns an unquoted `2026-01-28` into a Date and `2015` into a number; both are accepted and read back
 * as the text the author typed.
 */
function toDateText(input: unknown): unknown {
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString().slice(0, 10);
  if (typeof input === 'number' && Number.isInteger(input)) return String(input);
  return input;
}

/**
 * A date at year, month or day precision.
 *
 * @example date: 2015        # the year 2015
 * @example date: 2024-12     # December 2024, drawn as the whole month
 * @example date: 2026-01-28  # one day
 */
export const partialDateSchema = z.preprocess(
  toDateText,
  z.string({ error: 'Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD' }).transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar, got "${text}"`,
      });
      return z.NEVER;
    }
    return parsed;
  }),
);

/**
 * A calendar day, `YYYY-MM-DD`, kept as text so that no time zone can move it.
 *
 * @example asOf: 2026-01-29
 */
export const isoDaySchema = z.preprocess(
  toDateText,
  z.string({ error: 'Expected a day written as YYYY-MM-DD' }).check((ctx) => {
    if (parsePartialDate(ctx.value)?.precision !== 'day') {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `Expected a day written as YYYY-MM-DD that exists on the calendar, got "${ctx.value}"`,
      });
    }
  }),
);
