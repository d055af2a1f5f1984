import yaml from 'js-yaml';

export type YamlParseResult = { ok: true; data: unknown } | { ok: false; line: number; message: string };

/**
 * Parses YAML the way Astro's content loaders do (js-yaml, default schema: an unquoted `2026-01-28` becomes a
 * Date), but returns a syntax error as a line and a plain message instead of throwing.
 *
 * @example
 * parseYamlText('value: [120')
 * // { ok: false, line: 1, message: 'YAML syntax error: unexpected end of the stream within a flow collection (column 12)' }
 */
export function parseYamlText(text: string): YamlParseResult {
  try {
    return { ok: true, data: yaml.load(text) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const { line = 0, column = 0 } = error.mark ?? {};
      return { ok: false, line: line + 1, message: `YAML syntax error: ${error.reason} (column ${column + 1}). Check quotes, brackets, colons and indentation on or just before this line.` };
    }
    throw error;
  }
}
