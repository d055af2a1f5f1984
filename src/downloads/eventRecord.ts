import type { CorpusEntry } from '../corpus/corpus';
import { citationCsvCells, citationRecord, type CitationRecord } from './citationRecord';
import type { EventData } from '../schemas/event';
import { formatPartialDate } from '../dates/formatPartialDate';
import { intervalOfEvent } from '../dates/intervalOfEvent';
import type { CsvValue } from './toCsv';

/** A timeline event as published in the downloads. */
export interface EventRecord {
  id: string;
  title: string;
  /** The date as the author wrote it, at its precision: "2015", "2024-12", "2026-01-28". */
  date: string;
  datePrecision: 'year' | 'month' | 'day';
  dateQualifier: string | null;
  /** How a worked-out date was worked out; null when the source states it. */
  dateDerivation: string | null;
  end: string | null;
  /** The date in words, with its qualifier: "about 21 January 2026". */
  dateText: string;
  /** The span the timeline draws, first day included and last day excluded (ISO days, UTC). */
  drawnFrom: string;
  drawnUntil: string;
  topic: string;
  topicTitle: string;
  summary: string;
  entities: string[];
  /** The briefings that discuss it, with their addresses on the site. */
  briefings: Array<{ id: string; title: string; url: string }>;
  citations: CitationRecord[];
}

/**
 * The download form of an event.
 *
 * @example eventRecord(book.event('east-quay-reopens'), 'Ports', []).dateText // "June 2024"
 */
export function eventRecord(
  { id, data }: CorpusEntry<EventData>,
  topicTitle: string,
  briefings: EventRecord['briefings'],
): EventRecord {
  const interval = intervalOfEvent(data);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const dateText = formatPartialDate(data.date, data.dateQualifier) + (data.end ? `–${formatPartialDate(data.end)}` : '');
  return {
    id,
    title: data.title,
    date: data.date.iso,
    datePrecision: data.date.precision,
    dateQualifier: data.dateQualifier ?? null,
    dateDerivation: data.derivedDate ?? null,
    end: data.end?.iso ?? null,
    dateText,
    drawnFrom: day(interval.start),
    drawnUntil: day(interval.end),
    topic: data.topic.id,
    topicTitle,
    summary: data.summary,
    entities: data.entities.map((entity) => entity.id),
    briefings,
    citations: data.citations.map(citationRecord),
  };
}

export const eventCsvColumns = [
  'id',
  'title',
  'date',
  'date_precision',
  'date_qualifier',
  'date_text',
  'date_derivation',
  'end',
  'drawn_from',
  'drawn_until',
  'topic',
  'topic_title',
  'summary',
  'briefings',
  'source',
  'paragraphs',
  'attribution',
] as const;

/**
 * One CSV row of the timeline.
 *
 * @example eventCsvRow(record).date_precision // "month"
 */
export function eventCsvRow(record: EventRecord): Record<(typeof eventCsvColumns)[number], CsvValue> {
  return {
    id: record.id,
    title: record.title,
    date: record.date,
    date_precision: record.datePrecision,
    date_qualifier: record.dateQualifier,
    date_text: record.dateText,
    date_derivation: record.dateDerivation,
    end: record.end,
    drawn_from: record.drawnFrom,
    drawn_until: record.drawnUntil,
    topic: record.topic,
    topic_title: record.topicTitle,
    summary: record.summary,
    briefings: record.briefings.map((briefing) => briefing.url).join(' '),
    ...citationCsvCells(record.citations),
  };
}
