import { parseYamlText } from './parseYamlText';

export type YamlMapResult = { ok: true; entries: Record<string, unknown> } | { ok: false; line: number; message: string };

/**
 * Parses a YAML file that maps ids to entries, such as `topics.yaml`. A syntax error, a duplicate id (js-yaml
 * refuses duplicate keys) or a file that is not a mapping comes back as a line and a message.
 *
 * @example
 * parseYamlMap('ports:\n  title: Ports\n') // { ok: true, entries: { ports: { title: 'Ports' } } }
 */
export function parseYamlMap(text: string): YamlMapResult {
  const parsed = parseYamlText(text);
  if (!parsed.ok) return parsed;
  const { data } = parsed;
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      line: 1,
      message: `Expected a mapping of ids to entries (id: then its fields, indented), got ${Array.isArray(data) ? 'a list' : data == null ? 'an empty file' : typeof data}.`,
    };
  }
  return { ok: true, entries: data as Record<string, unknown> };
}
