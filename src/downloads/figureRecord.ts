import type { CorpusEntry } from '../corpus/corpus';
import { citationCsvCells, citationRecord, type CitationRecord } from './citationRecord';
import type { FigureData } from '../schemas/figure';
import { deriveYearlyAverage, type DerivedValue } from '../figures/deriveYearlyAverage';
import { formatFigureValue } from '../figures/formatFigureValue';
import { describeFigurePeriod } from '../figures/describeFigurePeriod';
import type { CsvValue } from './toCsv';

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
  /** The value as the site prints it: "over 63,000 combat sorties". */
  text: string;
  period: { from: string | null; to: string | null; label: string | null } | null;
  /** The period in words: "2015–2020". */
  periodText: string;
  asOf: string | null;
  definition: string;
  citations: CitationRecord[];
  /** Values worked out from this one, never stated by the source, with their working. */
  derived: DerivedValue[];
}

/**
 * The download form of a figure.
 *
 * @example figureRecord(book.figure('russian-combat-sorties')).derived[0].value // 10500
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
