import { intervalOfPartialDate } from '../dates/intervalOfPartialDate';
import type { FigureData } from '../schemas/figure';
import type { ContentProblem } from '../contentFiles/contentProblem';

/**
 * Refuses an observation dated after the day a source it cites was published: a source cannot report the future.
 * A period counts from its first day, so a month the source is published in is allowed.
 *
 * @example
 * checkObservationDates(figure, new Map([['harbour-office', '2025-06-03']]))
 * // [{ file, field: 'observations[2].asOf', message: 'Dated 2025-06-10, after source "harbour-office" was published (2025-06-03) …' }]
 */
export function checkObservationDates(
  { filePath, data }: { filePath: string; data: { observations?: FigureData['observations'] } },
  publishedOn: ReadonlyMap<string, string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  (data.observations ?? []).forEach((observation, index) => {
    const dated = observation.asOf !== undefined ? { field: 'asOf', day: observation.asOf } : earliestDayOf(observation.period);
    if (!dated) return;
    for (const citation of observation.citations) {
      const published = publishedOn.get(citation.source.id);
      if (published === undefined || dated.day <= published) continue;
      problems.push({
        file: filePath,
        field: `observations[${index}].${dated.field}`,
        message: `Dated ${dated.day}, after source "${citation.source.id}" was published (${published}): a source cannot report a later day. Expected the day the source gives the number for (on or before ${published}), or a later source.`,
      });
      break;
    }
  });
  return problems;
}

/** The first day a dated period's end (or start) can mean: `2025-06` is dated from 1 June 2025. */
function earliestDayOf(period: FigureData['period']): { field: string; day: string } | undefined {
  const date = period?.to ?? period?.from;
  if (!date) return undefined;
  return { field: period?.to ? 'period.to' : 'period.from', day: intervalOfPartialDate(date).start.toISOString().slice(0, 10) };
}
