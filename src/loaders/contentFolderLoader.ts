import { glob, type Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findCodeBeforeCompiling } from '../validation/findCodeBeforeCompiling';
import { idFromFileName } from '../contentFiles/contentCollections';
import { ContentValidationError } from '../contentFiles/contentProblem';
import { displayPath } from '../contentFiles/displayPath';
import { parseYamlText } from '../contentFiles/parseYamlText';
import { splitFrontmatter } from '../contentFiles/splitFrontmatter';
import { contentCheckPassed, readEnv } from '../config/env';

/** The data of a content file as its author wrote it: dates stay text, so the schema sees `2026-02-30`. */
function readDataAsWritten(filePath: string): Record<string, unknown> {
  const text = readFileSync(filePath, 'utf8');
  const frontmatter = filePath.endsWith('.mdx') ? splitFrontmatter(text) : undefined;
  const parsed = parseYamlText(frontmatter ? frontmatter.yaml : text);
  if (!parsed.ok) throw new ContentValidationError([{ file: displayPath(filePath), line: parsed.line + (frontmatter?.yamlLineOffset ?? 0), message: parsed.message }]);
  return (parsed.data ?? {}) as Record<string, unknown>;
}

/**
 * Throws for a note holding code (import/export) or nesting that would crash the compiler. Loading happens
 * before any note is compiled, so this is the last point at which such a note can be refused when the content
 * check did not run first (`astro build`, `astro dev`). Every note is read on every load, not only changed
 * ones: the loader skips parsing entries its data store already holds, which may predate this rule.
 */
function refuseCodeInNotes(folder: string) {
  const problems = (existsSync(folder) ? readdirSync(folder) : [])
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => findCodeBeforeCompiling(displayPath(path.join(folder, name)), readFileSync(path.join(folder, name), 'utf8')));
  if (problems.length > 0) throw new ContentValidationError(problems);
}

/**
 * Astro's `glob()` loader for one folder of the content root (`*.mdx` or `*.yaml`, ids from file names), with
 * two changes: the data handed to the schema is parsed with the core YAML schema (see `parseYamlText`), so
 * an impossible date is an error instead of a different day; and a note holding code (import/export) or
 * nesting that would crash the compiler is refused before anything compiles it.
 *
 * @example
 * defineCollection({ loader: contentFolderLoader('/abs/content/figures', '.yaml'), schema: figureSchema })
 */
export function contentFolderLoader(folder: string, extension: '.mdx' | '.yaml'): Loader {
  const inner = glob({ pattern: `*${extension}`, base: folder, generateId: ({ entry }) => idFromFileName(entry) });
  return {
    name: 'briefbook-content-folder-loader',
    load: async (context) => {
      // `npm run build` refuses such notes in its content check, which may still be running beside Astro.
      await contentCheckPassed();
      if (extension === '.mdx' && !readEnv().contentChecked) refuseCodeInNotes(folder);
      // A new book's folders start empty (or hold only a README); glob() would warn, and the build fails on warnings.
      if (!readdirSync(folder).some((name) => name.endsWith(extension) && !name.startsWith('.'))) {
        context.store.clear();
        return;
      }
      return inner.load({
        ...context,
        parseData: (props) => context.parseData({ ...props, data: (props.filePath ? readDataAsWritten(path.resolve(props.filePath)) : props.data) as typeof props.data }),
      });
    },
  };
}
