import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { formatProblems } from '../../src/contentFiles/contentProblem';
import { acquireProjectLock } from '../../scripts/lib/projectLock.mjs';
import { brokenCases } from '../fixtures/broken/cases.mjs';
import { expectedFiles, readTree } from '../fixtures/broken/expectedFiles.mjs';
import { mapWithLimit, projectRoot, runBuild, runScript, type BuildResult } from './runBuild';

const brokenDir = path.join(projectRoot, 'tests/fixtures/broken');
const minimalDir = path.join(projectRoot, 'tests/fixtures/minimal');
const outRoot = path.join(projectRoot, '.briefbook/test-builds/broken');
const contentPath = (name: string) => path.relative(projectRoot, path.join(brokenDir, name));

/** The indented lines of a failure message: one per problem, `file[:line]  [field: ]message`. */
const problemLinesOf = (output: string) => output.split('\n').filter((line) => line.startsWith('  '));

describe('broken fixtures', () => {
  it('has at least 15 cases, each with its own name', () => {
    expect(brokenCases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(brokenCases.map((brokenCase) => brokenCase.name)).size).toBe(brokenCases.length);
  });

  it.each(brokenCases.filter((brokenCase) => brokenCase.root !== false).map((brokenCase) => [brokenCase.name, brokenCase] as const))(
    '%s is the minimal root with only its one defect (regenerate with scripts/makeBrokenFixtures.mjs)',
    (name, brokenCase) => {
      expect(Object.fromEntries(readTree(path.join(brokenDir, name)))).toEqual(Object.fromEntries(expectedFiles(minimalDir, brokenCase)));
    },
  );
});

// Each case is built for real and checked in-process (the code behind `npm run check`): both must report the
// same one problem, word for word. The build runs the check before Astro starts, so most of these builds fail
// within seconds; the cases marked onlyAstroSees are the few that need Astro itself.
describe('a build of broken content', () => {
  const builds = new Map<string, BuildResult>();
  const checks = new Map<string, string[]>();

  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    for (const brokenCase of brokenCases) {
      const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: contentPath(brokenCase.name) }, cwd: projectRoot });
      checks.set(brokenCase.name, problems.length === 0 ? [] : problemLinesOf(formatProblems(problems)));
    }
    await mapWithLimit(brokenCases, 2, async (brokenCase) => {
      builds.set(brokenCase.name, await runBuild({ content: contentPath(brokenCase.name), outDir: path.join(outRoot, brokenCase.name) }));
    });
  }, 600_000);

  it.each(brokenCases.map((brokenCase) => [brokenCase.name, brokenCase] as const))('%s: fails with one clear message and writes no site', (name, brokenCase) => {
    const result = builds.get(name)!;
    expect(result.timedOut, result.stderr).toBeFalsy();
    expect(result.code, result.stdout + result.stderr).not.toBe(0);
    expect(existsSync(path.join(outRoot, name)), 'no site may be written').toBe(false);

    // One problem, on one indented line: `file[:line]  [field: ]message`, and no stack trace.
    const problemLines = problemLinesOf(result.stderr);
    expect(problemLines, result.stderr).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const [line] = problemLines as [string];
    const file = path.join(contentPath(name), brokenCase.expect.file);
    const location = brokenCase.expect.line ? `${file}:${brokenCase.expect.line}` : file;
    // The location must end where expected: `x.mdx:2` must not pass for `x.mdx:21`.
    expect(line.trim().startsWith(location) && /^(?:[: ]|$)/.test(line.trim().slice(location.length)), `expected "${line.trim()}" to start with "${location}"`).toBe(true);
    if (brokenCase.expect.field) expect(line).toContain(`  ${brokenCase.expect.field}: `);
    expect(line).toMatch(brokenCase.expect.says);
  });

  it.each(brokenCases.map((brokenCase) => [brokenCase.name, brokenCase] as const))('%s: npm run check agrees with the build', (name, brokenCase) => {
    const checked = checks.get(name)!;
    if (brokenCase.onlyAstroSees) {
      expect(checked, 'a case only Astro sees must pass the content check (otherwise drop onlyAstroSees)').toEqual([]);
      return;
    }
    expect(checked).toEqual(problemLinesOf(builds.get(name)!.stderr));
  });
});

// The loader refuses what must never reach the MDX compiler on its own, for builds started without the content
// check: code in a note (whose export here would write a probe file) and nesting that crashed the compiler.
describe('notes the compiler must never see, built without the content check (astro build)', () => {
  const probe = path.join(outRoot, '..', 'esm-probe.txt');
  const bareBuilds = new Map<string, BuildResult>();
  const refused = [
    ['esm-in-note', 'briefings/harbour-reopening.mdx:19  An import statement in a note'],
    ['deeply-nested-quote', 'briefings/harbour-reopening.mdx:21  Nested 3000 levels deep'],
  ] as const;

  beforeAll(async () => {
    rmSync(probe, { force: true });
    // scripts/build.mjs takes this lock around Astro; a bare `astro build` must not share .astro/ with one.
    const release = await acquireProjectLock(path.join(projectRoot, '.briefbook/astro.lock'));
    try {
      for (const [name] of refused) {
        const outDir = path.join(outRoot, '..', `bare-${name}`);
        bareBuilds.set(name, await runScript('node_modules/astro/bin/astro.mjs', ['build', '--outDir', outDir], contentPath(name), { env: { BRIEFBOOK_ESM_PROBE: probe } }));
      }
    } finally {
      release();
    }
  }, 300_000);

  it.each(refused)('%s: fails naming the note and its line, before the compiler sees it', (name, says) => {
    const result = bareBuilds.get(name)!;
    expect(result.code, result.stdout + result.stderr).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(`${contentPath(name)}/${says}`);
    expect(result.stdout + result.stderr).not.toMatch(/Segmentation fault|Building static entrypoints/);
    expect(existsSync(probe), 'the note’s export ran and wrote the probe file').toBe(false);
  });
});
