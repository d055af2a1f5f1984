import type { CorpusEntry } from '../corpus/corpus';
import { citationCsvCells, citationRecord, type CitationRecord } from './citationRecord';
import type { FigureData } from '../schemas/figure';
import { deriveYearlyAverage, type DerivedValue } from '../figures/deriveYearlyAverage';
import { formatFigureValue } from '../figures/formatFigureValue';
import { describeFigurePeriod } from '../figures/describeFigurePeriod';
import { headlineOf, readingsOf } from '../figures/observations';
import { toCsv, type CsvValue } from './toCsv';

/** A key figure as published in the downloads: every field of the record, plus the words and derived values shown. */
export interface FigureRecord {
  id: string;
  label: string;
  /** Where the figure ranks among the key figures (1 = most important), as the key-figures index orders them. */
  rank: number;
  value: number;
  unit: { singular: string; plural: string };
  currency: string | null;
  qualifier: FigureData['qualifier'];
  estimated: boolean;
  /** The value as the site prints it: "over 120 ships". */
  text: string;
  period: { from: string | null; to: string | null; label: string | null } | null;
  /** The period in words: "2015–2020". */
  periodText: string;
  asOf: string | null;
  definition: string;
  citations: CitationRecord[];
  /** Values worked out from this one, never stated by the source, with their working. */
  derived: DerivedValue[];
  /**
   * Only for a figure kept as observations: every reading, oldest first (the fields above give the latest), and
   * whether sources differ on the latest day.
   */
  observations?: ObservationRecord[];
  disputed?: boolean;
}

/** One reading of a figure as published in the downloads. */
export interface ObservationRecord {
  value: number;
  qualifier: FigureData['qualifier'];
  estimated: boolean;
  /** The reading as the site prints it: "at least 110 boats". */
  text: string;
  period: { from: string | null; to: string | null; label: string | null } | null;
  /** When it applies, in words: "As of 17 February 2027". */
  periodText: string;
  asOf: string | null;
  /** The date it is placed at on the time axis. */
  date: string | null;
  /** Sources give other numbers for the same day. */
  disputed: boolean;
  note: string | null;
  citations: Array<{ source: string; paragraphs: number[] }>;
}

/**
 * The download form of a figure.
 *
 * @example figureRecord(book.figure('ships-per-year')).derived[0].value // 2000
 */
export function figureRecord({ id, data }: CorpusEntry<FigureData>): FigureRecord {
  const derived = deriveYearlyAverage(data);
  return {
    id,
    label: data.label,
    rank: data.rank,
    value: data.value,
    unit: { singular: data.unit.singular, plural: data.unit.plural },
    currency: data.currency ?? null,
    qualifier: data.qualifier,
    estimated: data.estimated,
    text: formatFigureValue(data).text,
    period: data.period ? { from: data.period.from?.iso ?? null, to: data.period.to?.iso ?? null, label: data.period.label ?? null } : null,
    periodText: describeFigurePeriod(data),
    asOf: data.asOf ?? null,
    definition: data.definition,
    citations: data.citations.map(citationRecord),
    derived: derived ? [derived] : [],
    ...(data.observations && observationFields(data)),
  };
}

const periodRecord = (period: FigureData['period']) =>
  period ? { from: period.from?.iso ?? null, to: period.to?.iso ?? null, label: period.label ?? null } : null;

function observationFields(data: FigureData): Pick<FigureRecord, 'observations' | 'disputed'> {
  const readings = readingsOf(data);
  const perDay = new Map<string | undefined, Set<string>>();
  for (const reading of readings) perDay.set(reading.date, new Set([...(perDay.get(reading.date) ?? []), ...reading.sourceIds]));
  return {
    observations: readings.map((reading) => ({
      value: reading.value,
      qualifier: reading.qualifier,
      estimated: reading.estimated,
      text: formatFigureValue({ ...data, ...reading }).text,
      period: periodRecord(reading.period),
      periodText: describeFigurePeriod(reading),
      asOf: reading.asOf ?? null,
      date: reading.date ?? null,
      disputed: readings.filter((other) => other.date === reading.date).length > 1 && (perDay.get(reading.date)?.size ?? 0) > 1,
      note: reading.note ?? null,
      citations: reading.citations.map((citation) => ({ source: citation.source.id, paragraphs: [...citation.paragraphs] })),
    })),
    disputed: headlineOf(data).disputed,
  };
}

/** Columns of a figure's CSV: one row for the stated value, one for each derived value. */
export const figureCsvColumns = [
  'id',
  'label',
  'basis',
  'value',
  'qualifier',
  'estimated',
  'text',
  'unit',
  'currency',
  'period_from',
  'period_to',
  'period_label',
  'as_of',
  'working',
  'source',
  'paragraphs',
  'attribution',
] as const;

/**
 * The basis of the number the source gives, agreeing with its citations' attribution column: `stated` only when every
 * citation is stated; `reported` or `analysis` when all are; `source` when they differ.
 */
function sourceBasisOf(citations: readonly CitationRecord[]): string {
  const kinds = new Set(citations.map((citation) => citation.attribution));
  return kinds.size === 1 ? [...kinds][0]! : 'source';
}

/**
 * The CSV rows of a figure: the stated value first, then each derived value, labelled as such.
 *
 * @example figureCsvRows(record).map((row) => row.basis) // ["stated", "derived: Yearly average if spread evenly"]
 */
export function figureCsvRows(record: FigureRecord): Array<Record<(typeof figureCsvColumns)[number], CsvValue>> {
  const shared = {
    id: record.id,
    label: record.label,
    unit: record.unit.plural,
    currency: record.currency,
    period_from: record.period?.from,
    period_to: record.period?.to,
    period_label: record.period?.label,
    as_of: record.asOf,
    ...citationCsvCells(record.citations),
  };
  return [
    { ...shared, basis: sourceBasisOf(record.citations), value: record.value, qualifier: record.qualifier, estimated: record.estimated, text: record.text, working: '' },
    ...record.derived.map((derived) => ({
      ...shared,
      basis: `derived: ${derived.label}`,
      value: derived.value,
      qualifier: derived.qualifier,
      estimated: record.estimated,
      text: derived.text,
      working: derived.working,
    })),
  ];
}

/** Columns of the CSV of a figure kept as observations: long format, one row per reading with its source ids. */
export const observationCsvColumns = [
  'id',
  'label',
  'observation',
  'date',
  'value',
  'qualifier',
  'estimated',
  'text',
  'unit',
  'currency',
  'period_from',
  'period_to',
  'period_label',
  'as_of',
  'disputed',
  'note',
  'source',
  'paragraphs',
] as const;

/**
 * The CSV rows of a figure kept as observations, oldest first: one per reading, each naming its sources by id.
 *
 * @example observationCsvRows(record).map((row) => row.source) // ["owners-circular", "ports-bulletin", "ports-bulletin", "owners-circular"]
 */
export function observationCsvRows(record: FigureRecord): Array<Record<(typeof observationCsvColumns)[number], CsvValue>> {
  return (record.observations ?? []).map((observation, index) => ({
    id: record.id,
    label: record.label,
    observation: index + 1,
    date: observation.date,
    value: observation.value,
    qualifier: observation.qualifier,
    estimated: observation.estimated,
    text: observation.text,
    unit: record.unit.plural,
    currency: record.currency,
    period_from: observation.period?.from,
    period_to: observation.period?.to,
    period_label: observation.period?.label,
    as_of: observation.asOf,
    disputed: observation.disputed,
    note: observation.note,
    source: observation.citations.map((citation) => citation.source).join(' '),
    paragraphs: observation.citations.map((citation) => citation.paragraphs.join(' ')).join('; '),
  }));
}

/**
 * A figure's CSV: one row per reading for a figure kept as observations, else its stated value and derived values.
 *
 * @example figureCsv(record).split('\n')[0] // "id,label,basis,value,…"
 */
export function figureCsv(record: FigureRecord): string {
  return record.observations ? toCsv(observationCsvColumns, observationCsvRows(record)) : toCsv(figureCsvColumns, figureCsvRows(record));
}
