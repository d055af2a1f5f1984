import type { CorpusEntry } from './corpus';
import type { EventData } from '../schemas/event';

/**
 * Events in the order the timeline pages draw them: by date as written (a year sorts before its months), then by id.
 *
 * @example listEventsInTimelineOrder(events).map((event) => event.data.date.iso) // ['2011', '2015', '2015', '2019', …]
 */
export function listEventsInTimelineOrder<T extends CorpusEntry<Pick<EventData, 'date'>>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.data.date.iso.localeCompare(b.data.date.iso) || a.id.localeCompare(b.id));
}
