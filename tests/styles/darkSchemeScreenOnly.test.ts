import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The dark theme is for screens only: paper is always light, whatever the reader's system setting (tokens.css,
// print.css). The accessibility specs rely on it: they check print in the light scheme only, because print in the
// dark scheme renders the same page. This test is what makes that true, so it must not miss a dark rule.
//
// It reads the sources rather than the built CSS: every file under src/ and public/, whatever its extension, so a
// <style> block in a component, CSS in a TypeScript string or an SVG's own style are read as well as the
// stylesheets, in the unit tier, with no build. (The built CSS exists only after a build, minified into hashed
// bundles. The standalone chart SVGs embed charts.css and tokens.css as they are. No package the site imports brings
// a colour-scheme rule: on 7 December 2026 the built site's stylesheets and SVGs held only the rules read here.) Every mention of prefers-color-scheme must be in
// the prelude of an @media rule in which every query that names it is for `screen`; anything else fails, to be
// looked at, rather than being skipped.

const projectRoot = path.resolve(import.meta.dirname, '../..');

const filesUnder = (folder: string): string[] =>
  readdirSync(path.join(projectRoot, folder)).flatMap((name) => {
    const relative = path.join(folder, name);
    return statSync(path.join(projectRoot, relative)).isDirectory() ? filesUnder(relative) : [relative];
  });

const binary = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|pdf|wasm)$/i;
const sources = [...filesUnder('src'), ...filesUnder('public')].filter((file) => !binary.test(file));

/** The text with CSS comments blanked out (same length, so offsets still point into the file). */
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** Each mention of prefers-color-scheme, with the @media prelude it sits in (undefined when it is not in one). */
function colourSchemeQueries(text: string): Array<{ line: number; prelude: string | undefined }> {
  const code = withoutComments(text);
  return [...code.matchAll(/prefers-color-scheme/g)].map((match) => {
    const before = code.slice(0, match.index);
    const at = before.lastIndexOf('@media');
    const between = at === -1 ? '' : code.slice(at + '@media'.length, match.index);
    const inPrelude = at !== -1 && !/[{};]/.test(between);
    const end = code.indexOf('{', match.index);
    return {
      line: before.split('\n').length,
      prelude: inPrelude && end !== -1 ? code.slice(at + '@media'.length, end).trim() : undefined,
    };
  });
}

/** True when every query of the list that names prefers-color-scheme applies to screens only. */
function screenOnly(prelude: string): boolean {
  return prelude
    .split(',')
    .map((query) => query.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((query) => query.includes('prefers-color-scheme'))
    .every((query) => /^(only )?screen and /.test(query));
}

describe('the dark colour scheme is screen-only', () => {
  it('tells screen-only queries from the rest', () => {
    const found = colourSchemeQueries('a{}\n@media screen and (prefers-color-scheme: dark) {}\n@media (prefers-color-scheme: dark){}');
    expect(found).toEqual([
      { line: 2, prelude: 'screen and (prefers-color-scheme: dark)' },
      { line: 3, prelude: '(prefers-color-scheme: dark)' },
    ]);
    expect(screenOnly(found[0].prelude!)).toBe(true);
    expect(screenOnly(found[1].prelude!)).toBe(false);
    expect(screenOnly('print, screen and (prefers-color-scheme: dark)')).toBe(true);
    expect(screenOnly('screen and (min-width: 40rem), (prefers-color-scheme: dark)')).toBe(false);
    expect(screenOnly('not screen and (prefers-color-scheme: dark)')).toBe(false);
    expect(colourSchemeQueries("matchMedia('(prefers-color-scheme: dark)')")[0].prelude).toBeUndefined();
    expect(colourSchemeQueries('/* (prefers-color-scheme: dark) */')).toEqual([]);
  });

  it('finds the site’s dark theme, so the scan below is reading the right files', () => {
    const dark = sources.filter((file) => colourSchemeQueries(readFileSync(path.join(projectRoot, file), 'utf8')).length > 0);
    expect(dark).toContain(path.join('src', 'styles', 'tokens.css'));
  });

  it('every prefers-color-scheme query in src/ and public/ is in an @media rule for screen only', () => {
    const offending = sources.flatMap((file) =>
      colourSchemeQueries(readFileSync(path.join(projectRoot, file), 'utf8'))
        .filter(({ prelude }) => prelude === undefined || !screenOnly(prelude))
        .map(({ line, prelude }) => `${file}:${line} ${prelude === undefined ? '(not in an @media rule)' : `@media ${prelude}`}`),
    );
    expect(offending).toEqual([]);
  });

  it('print turns the UA’s own dark scheme off (color-scheme: light), since tokens.css allows light dark', () => {
    const print = withoutComments(readFileSync(path.join(projectRoot, 'src/styles/print.css'), 'utf8'));
    expect(print).toMatch(/@media print\s*\{\s*:root\s*\{[^}]*color-scheme:\s*light\s*;/);
  });
});
