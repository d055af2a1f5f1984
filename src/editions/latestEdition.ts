import type { BriefingData } from '../schemas/briefing';

/**
 * The day of a briefing's latest edition: its last update, or the issue date when it has none.
 *
 * @example latestEditionOf({ date: '2025-05-12', updates: [{ date: '2025-06-22', summary: '…' }] }) // "2025-06-22"
 */
export function latestEditionOf(briefing: Pick<BriefingData, 'date' | 'updates'>): string {
  return (briefing.updates ?? []).reduce((latest, update) => (update.date > latest ? update.date : latest), briefing.date);
}
