import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentCollections, idFromFileName } from '../contentFiles/contentCollections';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { parseYamlMap } from '../contentFiles/parseYamlMap';
import { routes } from '../routing/routes';

/** The file a page URL is written to, inside the output folder (URLs end in `/` and are base-relative here). */
const pageFile = (outDir: string, url: string) => path.join(outDir, url.replace(/^\//, ''), 'index.html');

/**
 * Checks a freshly built output folder before it replaces the published one: the home and 404 pages exist,
 * every briefing, entity, source and topic in the content root has its page, and no HTML file is empty. It
 * catches a site that came out smaller than its content without an error. Drafts are the exception both ways:
 * their pages must not be there.
 *
 * @example
 * checkBuiltSite('.briefbook/staging-123', '/site/content') // [] when complete
 */
export function checkBuiltSite(outDir: string, contentRoot: string, drafts: ReadonlyArray<{ collection: string; id: string; file: string }> = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const expect = (file: string, what: string) => {
    if (!existsSync(file)) problems.push({ file: path.relative(outDir, file), message: `Missing from the built site: ${what}.` });
    else if (statSync(file).size === 0) problems.push({ file: path.relative(outDir, file), message: `Empty file in the built site: ${what}.` });
  };
  expect(path.join(outDir, 'index.html'), 'the home page');
  expect(path.join(outDir, '404.html'), 'the 404 page');

  const idsIn = (folder: string, extension: string) => {
    const absolute = path.join(contentRoot, folder);
    return existsSync(absolute) ? readdirSync(absolute).filter((name) => name.endsWith(extension) && !name.startsWith('.')).map(idFromFileName) : [];
  };
  const pages: Array<[ids: string[], url: (id: string) => string, kind: string]> = [
    [idsIn(contentCollections.briefings.folder, contentCollections.briefings.extension), routes.briefing, 'briefing'],
    [idsIn(contentCollections.entities.folder, contentCollections.entities.extension), routes.entity, 'entity'],
    [idsIn(contentCollections.sources.folder, contentCollections.sources.extension), routes.source, 'source'],
  ];
  const topicsFile = path.join(contentRoot, contentCollections.topics.file);
  if (existsSync(topicsFile)) {
    const topics = parseYamlMap(readFileSync(topicsFile, 'utf8'));
    if (topics.ok) pages.push([Object.keys(topics.entries), routes.topic, 'topic']);
  }
  const collectionOf: Record<string, string> = { briefing: 'briefings', entity: 'entities', source: 'sources', topic: 'topics' };
  for (const [ids, url, kind] of pages) {
    for (const id of ids) {
      const draft = drafts.find((candidate) => candidate.collection === collectionOf[kind] && candidate.id === id);
      if (!draft) expect(pageFile(outDir, url(id)), `the page of ${kind} "${id}" (${url(id)})`);
      else if (existsSync(pageFile(outDir, url(id)))) {
        problems.push({ file: path.relative(outDir, pageFile(outDir, url(id))), message: `The page of a draft (${draft.file}) is in the built site; drafts are left out.` });
      }
    }
  }


  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (entry.name.endsWith('.html') && statSync(absolute).size === 0) {
        problems.push({ file: path.relative(outDir, absolute), message: 'Empty HTML file in the built site.' });
      }
    }
  };
  if (existsSync(outDir)) walk(outDir);
  return problems;
}
