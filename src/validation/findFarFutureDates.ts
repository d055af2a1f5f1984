import type { ContentProblem } from '../contentFiles/contentProblem';
import type { Corpus } from '../corpus/corpus';
import type { PartialDate } from '../schemas/partialDate';

/**
 * The latest date content may carry: one year after the day of the check or build. A briefing may be dated
 * ahead for release, and an event may be scheduled (an election next spring), but a date more than a year
 * out is almost always a typo (3000 for 2000, 2062 for 2026) and would sort to the top of every listing.
 *
 * @example latestAllowedDay(new Date('2026-11-30')) // '2027-11-30'
 */
export function latestAllowedDay(today: Date): string {
  const limit = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));
  return limit.toISOString().slice(0, 10);
}

/** The first day a partial date covers: a year starts on 1 January, a month on its first. */
const firstDayOf = (date: PartialDate) => `${String(date.year).padStart(4, '0')}-${String(date.month ?? 1).padStart(2, '0')}-${String(date.day ?? 1).padStart(2, '0')}`;

/**
 * Dates more than a year after `today` (see {@link latestAllowedDay}) where a date says when something
 * happened or was known: a briefing's issue date, as-of day, updates and judgment revisions, an event's date, a figure's as-of day, an
 * entity's status date, a source's publication day. The ends of spans are not judged: an event or a
 * figure's period may run to a planned end years ahead ("a reconstruction bill for 2025–2030").
 *
 * @example
 * findFarFutureDates(corpus, new Date('2026-11-30'))
 * // [{ file: 'content/briefings/x.mdx', field: 'date', message: 'The date 3000-03-10 is more than a year …' }]
 */
export function findFarFutureDates(corpus: Corpus, today = new Date()): ContentProblem[] {
  const limit = latestAllowedDay(today);
  const problems: ContentProblem[] = [];
  const check = (file: string, field: string, written: string | undefined, firstDay = written) => {
    if (written === undefined || firstDay === undefined || firstDay <= limit) return;
    problems.push({
      file,
      field,
      message: `The date ${written} is more than a year after today (${today.toISOString().slice(0, 10)}), so it is almost certainly a typo. Expected a date up to ${limit}; a date further ahead cannot be known yet.`,
    });
  };
  const checkPartial = (file: string, field: string, date: PartialDate | undefined) => check(file, field, date?.iso, date && firstDayOf(date));
  for (const { filePath, data } of corpus.briefings) {
    check(filePath, 'date', data.date);
    check(filePath, 'asOf', data.asOf);
    data.updates?.forEach((update, index) => check(filePath, `updates[${index}].date`, update.date));
    data.keyJudgments.forEach((judgment, index) => check(filePath, `keyJudgments[${index}].revised.date`, judgment.revised?.date));
  }
  for (const { filePath, data } of corpus.events) {
    checkPartial(filePath, 'date', data.date);
  }
  for (const { filePath, data } of corpus.figures) {
    if (data.observations) {
      // The top-level reading of such a figure is its latest observation's, which has no line of its own.
      data.observations.forEach((observation, index) => {
        checkPartial(filePath, `observations[${index}].period.from`, observation.period?.from);
        check(filePath, `observations[${index}].asOf`, observation.asOf);
      });
      continue;
    }
    checkPartial(filePath, 'period.from', data.period?.from);
    check(filePath, 'asOf', data.asOf);
  }
  for (const { filePath, data } of corpus.entities) checkPartial(filePath, 'status.date', data.status?.date);
  for (const { filePath, data } of corpus.sources) check(filePath, 'published', data.published);
  return problems;
}
