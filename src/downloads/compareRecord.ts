import type { CompareRow } from '../charts/compare/compareChart';
import { compareRowsOf } from '../charts/compare/fromCorpus';
import type { CompareSpec } from '../charts/compare/spec';
import type { CorpusIndex } from '../corpus/indexCorpus';
import { figureRecord, type FigureRecord } from './figureRecord';
import type { CsvValue } from './toCsv';

/** A comparison as published in its downloads: what each bar shows, and each compared figure's full record. */
export interface CompareRecord {
  figures: Array<{
    id: string;
    label: string;
    /** Sources differ on the figure's latest day; each of their readings is a bar. */
    disputed: boolean;
    readings: Array<{ value: number; qualifier: string; estimated: boolean; when: string; sources: string[]; citations: Array<{ source: string; paragraphs: number[] }> }>;
  }>;
  /** Every compared figure as in its own JSON download, with all its readings. */
  records: FigureRecord[];
}

/** A comparison the book's prose places, as its JSON and CSV downloads publish it. */
export function compareRecordOf(book: CorpusIndex, spec: CompareSpec): CompareRecord {
  return compareRecord(compareRowsOf(book, spec), spec.figureIds.map((id) => figureRecord(book.figure(id))));
}

/** @example compareRecord(rows, records).figures.map((figure) => figure.id) // ['small-boats', 'boats-awaiting-permits'] */
export function compareRecord(rows: readonly CompareRow[], records: FigureRecord[]): CompareRecord {
  return {
    figures: rows.map((row) => ({
      id: row.figureId,
      label: row.label,
      disputed: row.disputed,
      readings: row.readings.map((reading) => ({
        value: reading.value,
        qualifier: reading.qualifier,
        estimated: reading.estimated,
        when: reading.when,
        sources: reading.sources,
        citations: reading.citations.map((citation) => ({ source: citation.source.id, paragraphs: [...citation.paragraphs] })),
      })),
    })),
    records,
  };
}

/** Columns of a comparison's CSV: long format, one row per bar. */
export const compareCsvColumns = ['figure', 'label', 'value', 'qualifier', 'estimated', 'unit', 'when', 'disputed', 'source', 'paragraphs'] as const;

/** One CSV row per bar of the comparison, each with the ids of its sources. */
export function compareCsvRows(record: CompareRecord): Array<Record<(typeof compareCsvColumns)[number], CsvValue>> {
  const units = new Map(record.records.map((figure) => [figure.id, figure.currency ?? figure.unit.plural]));
  return record.figures.flatMap((figure) =>
    figure.readings.map((reading) => ({
      figure: figure.id,
      label: figure.label,
      value: reading.value,
      qualifier: reading.qualifier,
      estimated: reading.estimated,
      unit: units.get(figure.id),
      when: reading.when,
      disputed: figure.disputed,
      source: reading.citations.map((citation) => citation.source).join(' '),
      paragraphs: reading.citations.map((citation) => citation.paragraphs.join(' ')).join('; '),
    })),
  );
}
