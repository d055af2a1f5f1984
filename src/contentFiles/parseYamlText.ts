import yaml from 'js-yaml';

export type YamlParseResult = { ok: true; data: unknown } | { ok: false; line: number; message: string };

/** The first line on which a quotation mark of the given kind is opened and not closed. */
function lineOfUnclosedQuote(text: string, quote: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => (line.split(quote).length - 1) % 2 === 1);
  return index === -1 ? undefined : index + 1;
}

/**
 * Parses content YAML with js-yaml (Astro's parser) and its core schema, which keeps an unquoted `2026-01-28`
 * as the text written. js-yaml's default schema turns it into a Date, and rolls an impossible day over without a
 * word (`2026-02-30` becomes 2 March), so a typo in a date would publish a wrong date. A syntax error comes
 * back as a line and a plain message instead of being thrown.
 *
 * @example
 * parseYamlText('value: [120\nunit: x')
 * // { ok: false, line: 2, message: 'YAML syntax error: missed comma between flow collection entries (column 1). …' }
 */
export function parseYamlText(text: string): YamlParseResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const { line = 0, column = 0 } = error.mark ?? {};
    const reason = error.reason ?? error.message;
    if (/duplicated mapping key/.test(reason)) {
      return { ok: false, line: line + 1, message: 'YAML: this key is written twice in the same mapping. Expected each id or field once; merge the two.' };
    }
    const quote = /within a (double|single) quoted scalar/.exec(reason)?.[1];
    const opened = quote && lineOfUnclosedQuote(text, quote === 'double' ? '"' : "'");
    if (opened) {
      return { ok: false, line: opened, message: `YAML syntax error: the ${quote === 'double' ? 'double' : 'single'} quotation mark opened on this line is never closed. Expected a closing ${quote === 'double' ? '"' : "'"} at the end of the value.` };
    }
    return { ok: false, line: line + 1, message: `YAML syntax error: ${reason} (column ${column + 1}). Check quotes, brackets, colons and indentation on or just before this line.` };
  }
}
