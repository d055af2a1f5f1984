import type { FigureData } from '../schemas/figure';
import { formatDateSpan, formatDay, formatPartialDate } from '../dates/formatPartialDate';

/**
 * Says when a figure applies: its span, the source's words for it, or the day it was reported.
 *
 * @example describeFigurePeriod({ period: { from: 2015, to: 2020 } }) // "2015–2020"
 * @example describeFigurePeriod({ asOf: '2026-01-29' }) // "As of 29 January 2026"
 */
export function describeFigurePeriod(figure: Pick<FigureData, 'period' | 'asOf'>): string {
  const { from, to, label } = figure.period ?? {};
  const span = from && to ? formatDateSpan(from, to) : from ? `From ${formatPartialDate(from)}` : to ? `Until ${formatPartialDate(to)}` : undefined;
  const parts = [span, label && (span ? label : label.charAt(0).toUpperCase() + label.slice(1))].filter(Boolean);
  if (figure.asOf) parts.push(parts.length ? `as of ${formatDay(figure.asOf)}` : `As of ${formatDay(figure.asOf)}`);
  return parts.join(', ');
}
