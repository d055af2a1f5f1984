export type CsvValue = string | number | boolean | null | undefined;

/** A cell a spreadsheet reads as a number and nothing else: `-3.6`, `12000`, `1e6`. */
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell. Text that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage
 * return) is neutralised as OWASP recommends: a single quote is put before it and the cell is quoted, so it
 * shows as the text it is. A plain number stays a number, signs included: a western longitude (-3.6) must sort
 * and sum as one.
 */
function field(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  const neutralise = formulaStart.test(text) && !plainNumber.test(text);
  if (neutralise) text = `'${text}`;
  return neutralise || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or
 * a line break), with a header row of column names. No cell starts a formula when the file is opened in a
 * spreadsheet (see `field`).
 *
 * @example toCsv(['id', 'label'], [{ id: 'a', label: 'Over 12,000' }]) // 'id,label\r\na,"Over 12,000"\r\n'
 * @example toCsv(['name', 'lon'], [{ name: '=HYPERLINK("x")', lon: -3.6 }]) // 'name,lon\r\n"\'=HYPERLINK(""x"")",-3.6\r\n'
 */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, CsvValue>>): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
