import type { DataTable } from './chartModel';

/**
 * A chart's data table, captioned after the chart (`Data: <title>`) as every chart's is, so that a screen reader, a
 * printout and a copy-paste find the same words for the table as for the drawing.
 *
 * @example dataTable('Timeline of 3 events', { rowHeader: 'Date', citeColumn: 'event', columns, rows }).caption // "Data: Timeline of 3 events"
 */
export function dataTable(title: string, { rowHeader, citeColumn, columns, rows }: Omit<DataTable, 'caption'>): DataTable {
  return { caption: `Data: ${title}`, rowHeader, citeColumn, columns, rows };
}

/** A row's citations, when it has any: spread into a `TableRow` so a row without them has no empty list. */
export const citationsOf = (citations: DataTable['rows'][number]['citations'] | undefined) => (citations ? { citations } : {});
