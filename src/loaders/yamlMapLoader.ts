import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ContentValidationError } from '../contentFiles/contentProblem';
import { displayPath } from '../contentFiles/displayPath';
import { parseYamlMap } from '../contentFiles/parseYamlMap';
import { contentCheckPassed } from '../config/env';

/**
 * Loads a YAML file that maps ids to entries (`content/topics.yaml`). Astro's own `file()` loader logs a
 * syntax error and carries on with the entries it cached on the last build, so a broken file could still
 * yield a site; this one throws, naming the file and line.
 *
 * @example
 * defineCollection({ loader: yamlMapLoader('/abs/content/topics.yaml'), schema: topicSchema })
 */
export function yamlMapLoader(filePath: string): Loader {
  return {
    name: 'briefbook-yaml-map-loader',
    load: async ({ store, parseData, config }) => {
      // `npm run build` reports a broken file in its content check, which may still be running beside Astro.
      await contentCheckPassed();
      const root = fileURLToPath(config.root);
      const shown = displayPath(filePath, root);
      // Astro's store wants a path relative to the project, even for a content root elsewhere (`../books/x/…`).
      const storedPath = path.relative(root, filePath).split(path.sep).join('/');
      if (!existsSync(filePath)) throw new ContentValidationError([{ file: shown, message: 'File not found. Expected a YAML mapping of ids to entries.' }]);
      const parsed = parseYamlMap(readFileSync(filePath, 'utf8'));
      if (!parsed.ok) throw new ContentValidationError([{ file: shown, line: parsed.line, message: parsed.message }]);
      store.clear();
      for (const [id, data] of Object.entries(parsed.entries)) {
        store.set({ id, data: await parseData({ id, data: data as Record<string, unknown>, filePath }), filePath: storedPath });
      }
    },
  };
}
