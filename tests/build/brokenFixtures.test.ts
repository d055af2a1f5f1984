import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenCases } from '../fixtures/broken/cases.mjs';
import { expectedFiles, readTree } from '../fixtures/broken/expectedFiles.mjs';
import { mapWithLimit, projectRoot, runBuild, type BuildResult } from './runBuild';

const brokenDir = path.join(projectRoot, 'tests/fixtures/broken');
const minimalDir = path.join(projectRoot, 'tests/fixtures/minimal');
const outRoot = path.join(projectRoot, '.briefbook/test-builds/broken');
const contentPath = (name: string) => path.relative(projectRoot, path.join(brokenDir, name));

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

describe('a build of broken content', () => {
  const results = new Map<string, BuildResult>();

  beforeAll(async () => {
    rmSync(outRoot, { recursive: true, force: true });
    await mapWithLimit(brokenCases, 2, async (brokenCase) => {
      results.set(brokenCase.name, await runBuild({ content: contentPath(brokenCase.name), outDir: path.join(outRoot, brokenCase.name) }));
    });
  }, 300_000);

  it.each(brokenCases.map((brokenCase) => [brokenCase.name, brokenCase] as const))('%s: fails with one clear message and writes no site', (name, brokenCase) => {
    const result = results.get(name)!;
    expect(result.code, result.stdout + result.stderr).not.toBe(0);
    expect(existsSync(path.join(outRoot, name)), 'no site may be written').toBe(false);

    // One problem, on one indented line: `file[:line]  [field: ]message`, and no stack trace.
    const problemLines = result.stderr.split('\n').filter((line) => line.startsWith('  '));
    expect(problemLines, result.stderr).toHaveLength(1);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const [line] = problemLines as [string];
    const file = path.join(contentPath(name), brokenCase.expect.file);
    const location = brokenCase.expect.line ? `${file}:${brokenCase.expect.line}` : file;
    expect(line.trim().startsWith(location), `expected "${line.trim()}" to start with "${location}"`).toBe(true);
    if (brokenCase.expect.field) expect(line).toContain(`  ${brokenCase.expect.field}: `);
    expect(line).toMatch(brokenCase.expect.says);
  });
});
