import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layers } from '../architecture/layers';

// The README and docs/ name scripts, files and environment variables; a rename in the code leaves them stale without
// anyone noticing (docsLinks.test.ts checks the links). These are the claims a machine can check.

const projectRoot = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
const pages = ['README.md', ...readdirSync(path.join(projectRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`), 'src/validation/README.md'];

/** Paths the docs name as examples of what an author or developer would create; they are not meant to exist. */
const examplePaths: Record<string, string[]> = {
  'docs/architecture.md': ['src/charts/compare/', 'src/components/mdx/FigureCompare.astro'],
  'docs/authoring.md': ['content/briefings/what-the-ceasefire-means.mdx'],
};

/** `npm run <name>` mentions, repository paths in code spans, and BRIEFBOOK_… names, with the page naming each. */
function claimsOf(page: string) {
  const text = read(page);
  return {
    scripts: [...text.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!),
    paths: [...text.matchAll(/`((?:src|tests|scripts|docs|bench|content)\/[^`\s]*)`/g)]
      .map((match) => match[1]!.replace(/#.*$/, ''))
      // Patterns (`src/charts/<kind>/`, `tests/**/x.ts`) describe families of files, not one file.
      .filter((file) => !/[<*{]/.test(file) && !examplePaths[page]?.includes(file)),
    variables: [...text.matchAll(/\bBRIEFBOOK_[A-Z_]+\b/g)].map((match) => match[0]),
  };
}

describe('claims in the README and docs/', () => {
  const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);
  const env = read('src/config/env.ts');

  it('reads claims from every page (a reader that found none would pass every test below)', () => {
    const all = pages.map(claimsOf);
    expect(all.flatMap((claims) => claims.scripts)).toContain('check');
    expect(all.flatMap((claims) => claims.paths)).toContain('src/routing/routes.ts');
    expect(all.flatMap((claims) => claims.variables)).toContain('BRIEFBOOK_CONTENT');
  });

  it.each(pages)('%s names only npm scripts that package.json defines', (page) => {
    expect(claimsOf(page).scripts.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it.each(pages)('%s names only files and folders that exist', (page) => {
    expect(claimsOf(page).paths.filter((file) => !existsSync(path.join(projectRoot, file)))).toEqual([]);
  });

  it.each(pages)('%s names only environment variables that src/config/env.ts reads', (page) => {
    expect(claimsOf(page).variables.filter((name) => !env.includes(`'${name}'`) && !env.includes(name))).toEqual([]);
  });

  it('docs/architecture.md lists the layers of tests/architecture/layers.ts, in order, with their folders', () => {
    const sections = [...read('docs/architecture.md').matchAll(/^### (\d+)\. (\w+)\n\n([\s\S]*?)(?=\n### |\n## |$)/gm)].map((match) => ({
      name: match[2],
      paths: [...match[3]!.split(':')[0]!.matchAll(/`src\/([^`]+?)\/?`/g)].map((path) => path[1]),
    }));
    expect(sections).toEqual(layers.map((layer) => ({ name: layer.name, paths: [...layer.paths] })));
  });
});
