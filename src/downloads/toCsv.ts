export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or
 * a line break), with a header row of column names.
 *
 * @example toCsv(['id', 'label'], [{ id: 'a', label: 'Over 63,000' }]) // 'id,label\r\na,"Over 63,000"\r\n'
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvValue>>): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
