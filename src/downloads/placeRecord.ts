import { isMappable } from '../entities/isMappable';
import { citationCsvCells, citationRecord, type CitationRecord } from './citationRecord';
import type { CorpusEntry } from '../corpus/corpus';
import type { EntityData } from '../schemas/entity';
import type { CsvValue } from './toCsv';

/** A mapped place or facility as published in the downloads. */
export interface PlaceRecord {
  id: string;
  name: string;
  kind: EntityData['kind'];
  lat: number;
  lon: number;
  status: { label: string; date: string } | null;
  operator: string | null;
  partOf: string | null;
  citations: CitationRecord[];
}

/**
 * The download form of a place or facility; undefined for entities that have no place on a map.
 *
 * @example placeRecord(book.entity('east-quay'))?.status // { label: 'Closed for repairs', date: '2024-01' }
 */
export function placeRecord({ id, data }: CorpusEntry<EntityData>): PlaceRecord | undefined {
  if (!isMappable(data) || !data.coordinates) return undefined;
  return {
    id,
    name: data.name,
    kind: data.kind,
    lat: data.coordinates.lat,
    lon: data.coordinates.lon,
    status: data.status ? { label: data.status.label, date: data.status.date.iso } : null,
    operator: data.operator?.id ?? null,
    partOf: data.partOf?.id ?? null,
    citations: [...data.citations, ...(data.status?.citations ?? [])].map(citationRecord),
  };
}

export const placeCsvColumns = ['id', 'name', 'kind', 'lat', 'lon', 'status', 'status_date', 'operator', 'part_of', 'source', 'paragraphs', 'attribution'] as const;

/**
 * One CSV row of the places file.
 *
 * @example placeCsvRow(record).status // "Vacated by Russian forces"
 */
export function placeCsvRow(record: PlaceRecord): Record<(typeof placeCsvColumns)[number], CsvValue> {
  return {
    id: record.id,
    name: record.name,
    kind: record.kind,
    lat: record.lat,
    lon: record.lon,
    status: record.status?.label,
    status_date: record.status?.date,
    operator: record.operator,
    part_of: record.partOf,
    ...citationCsvCells(record.citations),
    source: [...new Set(record.citations.map((citation) => citation.source))].join(' '),
  };
}
