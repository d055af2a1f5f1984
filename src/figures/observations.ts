import type { FigureData, Observation } from '../schemas/figure';
import { observationDate } from '../schemas/observationDate';
import { describeFigurePeriod } from './describeFigurePeriod';
import { formatFigureValue } from './formatFigureValue';

export { observationDate };

/** One reading of a figure with what every view of it needs: its place in time, its source and its words. */
export interface Reading extends Observation {
  /** Its position in the figure's `observations` (0 for a single-value figure). */
  index: number;
  /** The date it is placed at (`observationDate`); undefined only for a single value with a period label alone. */
  date: string | undefined;
  /** The ids of the sources it cites, in citation order. */
  sourceIds: string[];
}

/**
 * A figure's readings, oldest first: its observations, or its single value as the one reading.
 *
 * @example readingsOf(figure).map((reading) => reading.value) // [120, 85, 110]
 */
export function readingsOf(figure: FigureData): Reading[] {
  const observations: Observation[] = figure.observations ?? [
    {
      value: figure.value,
      qualifier: figure.qualifier,
      estimated: figure.estimated,
      ...(figure.asOf !== undefined && { asOf: figure.asOf }),
      ...(figure.period !== undefined && { period: figure.period }),
      citations: figure.citations,
    },
  ];
  return observations.map((observation, index) => ({
    ...observation,
    index,
    date: observationDate(observation),
    sourceIds: [...new Set(observation.citations.map((citation) => citation.source.id))],
  }));
}

/** True when a figure is kept as observations with a time axis to draw: two or more readings. */
export const hasSeries = (figure: FigureData) => (figure.observations?.length ?? 0) >= 2;

/** What a figure stands at now: its latest reading, or the readings of its latest day when sources disagree. */
export interface Headline {
  /** The latest day's readings, lowest value first; one unless disputed. */
  readings: Reading[];
  /** Two or more readings of the latest day, from different sources. */
  disputed: boolean;
}

/**
 * The headline of a figure: its latest observation, or all the readings of the latest day when there are several
 * (the schema refuses two readings of one day from one source, so several are from different sources: disputed).
 *
 * @example headlineOf(figure) // { readings: [85 (harbour office), at least 110 (agents' circular)], disputed: true }
 */
export function headlineOf(figure: FigureData): Headline {
  const readings = readingsOf(figure);
  const latest = readings.at(-1)!;
  const sameDay = readings.filter((reading) => reading.date === latest.date);
  const disputed = figure.observations !== undefined && sameDay.length > 1;
  return { readings: disputed ? [...sameDay].sort((a, b) => a.value - b.value || a.index - b.index) : [latest], disputed };
}

/** Looks up a source's short title ("Harbour office") by its id. */
export type SourceTitle = (sourceId: string) => string;

/** A reading in words, without its date: "at least 110 ships". */
export const readingText = (figure: FigureData, reading: Observation, { withUnit = true } = {}) =>
  formatFigureValue({ ...figure, ...reading }, { withUnit }).text;

/** Says when a reading applies: "As of 3 June 2025", "2024". */
export const readingWhen = (reading: Pick<Observation, 'asOf' | 'period'>) => describeFigurePeriod(reading);

/**
 * A disputed headline in words, each number with its source's short title, lowest first, then the day:
 * "85 ships (Harbour office) to at least 110 ships (Agents' circular), as of 3 June 2025".
 *
 * @example describeDispute(figure, headline, title) // "85 (Harbour office) to at least 110 (Agents' circular), as of 3 June 2025"
 */
export function describeDispute(figure: FigureData, headline: Headline, sourceTitle: SourceTitle, { withUnit = true, withWhen = true } = {}): string {
  const parts = headline.readings.map((reading) => `${readingText(figure, reading, { withUnit })} (${reading.sourceIds.map(sourceTitle).join('; ')})`);
  const joined = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} to ${parts.at(-1)}`;
  const when = readingWhen(headline.readings[0]!);
  return withWhen && when ? `${joined}, ${when.charAt(0).toLowerCase()}${when.slice(1)}` : joined;
}

/**
 * A figure as one phrase, the way `<FigureValue>` prints it: its latest value ("over 120 ships"), or, when its
 * latest day is disputed, every reading of that day with its source and the day.
 *
 * @example headlineText(figure, title) // "85 ships (Harbour office) to at least 110 ships (Agents' circular), as of 3 June 2025"
 */
export function headlineText(figure: FigureData, sourceTitle: SourceTitle, { withUnit = true } = {}): string {
  const headline = headlineOf(figure);
  return headline.disputed ? describeDispute(figure, headline, sourceTitle, { withUnit }) : formatFigureValue(figure, { withUnit }).text;
}
