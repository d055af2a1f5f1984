import yaml from 'js-yaml';

export type YamlParseResult = { ok: true; data: unknown } | { ok: false; line: number; message: string };

/**
 * Parses content YAML with js-yaml (Astro's parser) and its core schema, which keeps an unquoted `2026-01-28`
 * as the text written. js-yaml's default schema turns it into a Date, and rolls an impossible day over without a
 * word (`2026-02-30` becomes 2 March), so a typo in a date would publish a wrong date. A syntax error comes
 * back as a line and a plain message instead of being thrown.
 *
 * @example
 * parseYamlText('value: [120')
 * // { ok: false, line: 1, message: 'YAML syntax error: unexpected end of the stream within a flow collection (column 12)' }
 */
export function parseYamlText(text: string): YamlParseResult {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { line = 0, column = 0 } = error.mark ?? {};
      return { ok: false, line: line + 1, message: `YAML syntax error: ${error.reason} (column ${column + 1}). Check quotes, brackets, colons and indentation on or just before this line.` };
    }
    throw error;
  }
}
