import type { FigureData } from '../schemas/figure';
import { formatDateSpan, formatDay, formatPartialDate } from '../dates/formatPartialDate';

/**
 * Says when a figure applies: its span, the source's words for it, or the day it was reported.
 *
 * @example describeFigurePeriod({ period: { from: 2015, to: 2020 } }) // "2015–2020"
 * @example describeFigurePeriod({ asOf: '2026-01-29' }) // "As of 29 January 2026"
 * @example describeFigurePeriod({ asOf: '2026-01-29' }, { midSentence: true }) // "as of 29 January 2026"
 *
 * `midSentence` leaves the first word as written, for use inside a sentence: only the describer's own words ("From",
 * "Until", "As of") and the source's period label are capitalised, never a month or a name, so they are the only
 * words it lowers.
 */
export function describeFigurePeriod(figure: Pick<FigureData, 'period' | 'asOf'>, { midSentence = false }: { midSentence?: boolean } = {}): string {
  const { from, to, label } = figure.period ?? {};
  const start = (word: string) => (midSentence ? word.toLowerCase() : word);
  const span = from && to ? formatDateSpan(from, to) : from ? `${start('From')} ${formatPartialDate(from)}` : to ? `${start('Until')} ${formatPartialDate(to)}` : undefined;
  const parts = [span, label && (span || midSentence ? label : label.charAt(0).toUpperCase() + label.slice(1))].filter(Boolean);
  if (figure.asOf) parts.push(parts.length ? `as of ${formatDay(figure.asOf)}` : `${start('As')} of ${formatDay(figure.asOf)}`);
  return parts.join(', ');
}
