/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows; throws on anything malformed. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') {
        quoted = false;
        if (text[index + 1] !== ',' && text[index + 1] !== '\r') throw new Error(`Text after a closing quote at ${index}`);
      } else field += character;
    } else if (character === '"') {
      if (field !== '') throw new Error(`A quote inside an unquoted field at ${index}`);
      quoted = true;
    } else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r') {
      if (text[index + 1] !== '\n') throw new Error(`A bare CR at ${index}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else if (character === '\n') {
      throw new Error(`A bare LF at ${index}: rows must end in CRLF`);
    } else field += character;
  }
  if (quoted || field !== '' || row.length) throw new Error('The file does not end with a complete row');
  const [header, ...body] = rows;
  return body.map((cells) => {
    if (cells.length !== header!.length) throw new Error(`A row of ${cells.length} fields under a header of ${header!.length}`);
    return Object.fromEntries(header!.map((name, index) => [name, cells[index]!]));
  });
}
