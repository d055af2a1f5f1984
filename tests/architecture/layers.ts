/**
 * The layers of src/, from the bottom up: the one place the allowed direction of imports is written. A file may
 * import files of its own layer and of the layers below it, never of a layer above. docs/architecture.md describes
 * each layer; a test keeps its list of folders equal to this one.
 *
 * Each entry names folders (or single files) under src/. Every code file of src/ must fall in exactly one layer.
 */
export const layers = [
  {
    name: 'foundation',
    why: 'definitions that import nothing of src/: settings, schemas, text fingerprints, fonts, styles, the CSP',
    paths: ['config', 'schemas', 'copiedText', 'fonts', 'styles', 'security'],
  },
  { name: 'content', why: 'problems and paths, YAML and front matter, the content root and collection table', paths: ['contentFiles'] },
  { name: 'prose', why: 'MDX scanning, walking a parsed note, component contracts and attribute parsing', paths: ['prose'] },
  { name: 'domain', why: 'the book and its corpus: dates, entities, figures, citations, editions, indexes', paths: ['book', 'dates', 'entities', 'figures', 'citations', 'editions', 'corpus'] },
  { name: 'routing', why: 'routes, paged listings, where an entry is shown', paths: ['routing'] },
  { name: 'charts', why: 'each kind a d3-free spec and a build part; data is handed in', paths: ['charts'] },
  { name: 'validation', why: 'every content rule: the corpus cross-check, the MDX contracts, file and prose rules', paths: ['validation'] },
  { name: 'data', why: 'loading the book once per build (collections, loaders, charts from content)', paths: ['data', 'loaders', 'content.config.ts'] },
  { name: 'output', why: 'what the build writes beside pages: downloads, search, print helpers, integrations', paths: ['downloads', 'search', 'print', 'integrations'] },
  { name: 'components', why: 'Astro components', paths: ['components'] },
  { name: 'layouts', why: 'the markup of each kind of page', paths: ['layouts'] },
  { name: 'pages', why: 'routes: thin files that load data and hand it to layouts, and the middleware every page passes through', paths: ['pages', 'middleware.ts'] },
  { name: 'tools', why: 'authoring tools (check, scaffolder, schema reference): nothing of the site imports them', paths: ['check'] },
  {
    name: 'devServer',
    why: 'what only `npm run dev` runs: content problems shown in the browser, from the check (loaded by the dev server only)',
    paths: ['devServer'],
  },
] as const;

export type Layer = (typeof layers)[number];

/** The layer a file of src/ belongs to, with its position from the bottom; undefined for a file in none. */
export function layerOf(file: string): { layer: Layer; level: number } | undefined {
  const inSrc = file.replace(/^src\//, '');
  const level = layers.findIndex((layer) => layer.paths.some((path) => inSrc === path || inSrc.startsWith(`${path}/`)));
  return level === -1 ? undefined : { layer: layers[level]!, level };
}
