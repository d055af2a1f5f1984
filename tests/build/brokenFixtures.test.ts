import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// The build's check thread loads these two from here (scripts/lib/contentCheckWorker.mjs).
import { checkContent, formatProblems } from '../../src/check/contentCheck';
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

// Every case is judged twice. `npm run check` (checkContent, editorial pass included) and the build's own content
// check — the same call scripts/lib/contentCheckWorker.mjs makes inside scripts/build.mjs (editorial pass off),
// with the same warnings and failure message — run here in-process, on every case: each must report the same one
// problem, word for word. scripts/build.mjs runs that check beside Astro's start-up, its loaders read no content
// until it has passed (contentCheckPassed), and it exits with the check's message when the check refuses
// (`if (failure) fail(failure)`), so for a refused case the check's answer IS the build's answer;
// starting a build process per case only repeated that (78 processes, about 1.7 s of CPU each).
// `builtForReal` are the cases also built with scripts/build.mjs: one for every stage at which a build refuses
// content, and every case only Astro sees. For those the real build's exit code, its empty output folder and its
// problem lines are asserted, and its problem lines must equal what the in-process check predicted, which keeps
// the in-process judgment of the other cases honest. A failed build leaving the last good site untouched is
// tests/build/atomicOutput.test.ts.
const builtForReal = new Set([
  'missing-content-root', // the content root itself (BRIEFBOOK_CONTENT pointing nowhere)
  'missing-book-file', // the book file
  'not-utf8', // reading a file's bytes
  'symlink-in-content', // the walk over the content folder
  'yaml-syntax-error', // parsing YAML
  'missing-required-field', // a schema
  'unknown-entity', // a cross-reference between entries
  'high-confidence-on-one-source', // the rules of confidence over the sources
  'mdx-syntax-error', // parsing MDX
  'esm-in-note', // code in a note, which must never reach the compiler
  'deeply-nested-quote', // nesting that crashed the MDX compiler before the check refused it
  'mdx-expression-throws', // Astro's render (onlyAstroSees)
]);

/** What the build's content check prints when it refuses content: its warnings, then the failure (see contentCheckWorker.mjs). */
async function buildCheckOutput(content: string): Promise<{ refused: boolean; stderr: string }> {
  const { problems, warnings } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot, editorial: false });
  const printed = [warnings.length > 0 ? `${formatProblems(warnings, 'warning')}\n` : '', problems.length > 0 ? `Build failed: ${formatProblems(problems)}` : ''];
  return { refused: problems.length > 0, stderr: printed.filter(Boolean).join('\n') };
}

describe('a build of broken content', () => {
  const builds = new Map<string, BuildResult>();
  const buildChecks = new Map<string, { refused: boolean; stderr: string }>();
  const checks = new Map<string, string[]>();

  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    const realBuilds = mapWithLimit(
      brokenCases.filter((brokenCase) => builtForReal.has(brokenCase.name)),
      2,
      async (brokenCase) => builds.set(brokenCase.name, await runBuild({ content: contentPath(brokenCase.name), outDir: path.join(outRoot, brokenCase.name) })),
    );
    for (const brokenCase of brokenCases) {
      const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: contentPath(brokenCase.name) }, cwd: projectRoot });
      checks.set(brokenCase.name, problems.length === 0 ? [] : problemLinesOf(formatProblems(problems)));
      buildChecks.set(brokenCase.name, await buildCheckOutput(contentPath(brokenCase.name)));
    }
    await realBuilds;
  }, 600_000);

  it('builds for real only cases that exist, and every case only Astro sees', () => {
    const names = new Set(brokenCases.map((brokenCase) => brokenCase.name));
    expect([...builtForReal].filter((name) => !names.has(name))).toEqual([]);
    for (const brokenCase of brokenCases.filter((brokenCase) => brokenCase.onlyAstroSees)) expect(builtForReal.has(brokenCase.name), brokenCase.name).toBe(true);
  });

  it.each(brokenCases.filter((brokenCase) => builtForReal.has(brokenCase.name)).map((brokenCase) => [brokenCase.name, brokenCase] as const))(
    '%s: the build fails, writes no site, and prints what its content check predicted',
    (name, brokenCase) => {
      const result = builds.get(name)!;
      expect(result.timedOut, result.stderr).toBeFalsy();
      expect(result.code, result.stdout + result.stderr).not.toBe(0);
      expect(existsSync(path.join(outRoot, name)), 'no site may be written').toBe(false);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      const predicted = buildChecks.get(name)!;
      if (brokenCase.onlyAstroSees) expect(predicted.refused, 'a case only Astro sees must pass the build’s content check').toBe(false);
      else expect(problemLinesOf(result.stderr)).toEqual(problemLinesOf(predicted.stderr));
    },
  );

  it.each(brokenCases.map((brokenCase) => [brokenCase.name, brokenCase] as const))('%s: refused with one clear message', (name, brokenCase) => {
    // Built for real: the build's own output. Otherwise: what the build's content check prints, which stops the build.
    const stderr = builtForReal.has(name) ? builds.get(name)!.stderr : buildChecks.get(name)!.stderr;
    if (!builtForReal.has(name)) expect(buildChecks.get(name)!.refused, 'the build’s content check must refuse it (or build it for real)').toBe(true);

    // One problem, on one indented line: `file[:line]  [field: ]message`, and no stack trace.
    const problemLines = problemLinesOf(stderr);
    expect(problemLines, stderr).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
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
    expect(checked).toEqual(problemLinesOf(buildChecks.get(name)!.stderr));
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
