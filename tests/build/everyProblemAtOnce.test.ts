import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runBuild, runScript, type BuildResult } from './runBuild';

// Issue 20: a broken copy of a book showed 3 problems; only once they were fixed did 5 more appear. The content
// check ran its reference, prose, citation and confidence rules only when no file had a schema problem. Here a
// bad date (a schema problem) and an unknown entity (a reference problem), with an unknown component and a
// paragraph out of range, must all come out of one run of `npm run check` and of `npm run build`, alike.
const workDir = path.join(projectRoot, '.briefbook/test-builds/every-problem');
const content = path.join(workDir, 'content');
const problemLines = (output: string) => output.split('\n').filter((line) => line.startsWith('  '));

describe('a book with several kinds of problem', () => {
  let check: BuildResult;
  let build: BuildResult;

  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), content, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(path.join(content, file), 'utf8');
      expect(text).toContain(from);
      writeFileSync(path.join(content, file), text.replace(from, to));
    };
    edit('events/east-quay-reopens.yaml', 'date: 2024-06', 'date: 2026-02-30');
    edit('events/east-quay-reopens.yaml', 'entities: [northport]', 'entities: [southport]');
    edit('briefings/harbour-reopening.mdx', '<Cite p={[2]} />', '<Cite p={[9]} /> <Gauge />');
    [check, build] = await Promise.all([runScript('scripts/check.mjs', [], content), runBuild({ content, outDir: path.join(workDir, 'dist') })]);
  }, 180_000);

  it('reports them all in one run of the check, sorted by file and line', () => {
    expect(check.code).toBe(1);
    const lines = problemLines(check.stderr).map((line) => line.trim().replace(/^\S*content\//, ''));
    expect(lines).toEqual([
      expect.stringMatching(/^briefings\/harbour-reopening\.mdx:22 {2}<Cite p>: Paragraph 9 does not exist in source "harbour-report"/),
      expect.stringMatching(/^briefings\/harbour-reopening\.mdx:22 {2}<Gauge>: Unknown component\./),
      expect.stringMatching(/^events\/east-quay-reopens\.yaml:2 {2}date: Expected a date .* got "2026-02-30"/),
      expect.stringMatching(/^events\/east-quay-reopens\.yaml:4 {2}entities\[0\]: Unknown entity "southport"/),
    ]);
  });

  it('reports the same lines from the build, which writes nothing', () => {
    expect(build.code).not.toBe(0);
    expect(problemLines(build.stderr)).toEqual(problemLines(check.stderr));
    expect(existsSync(path.join(workDir, 'dist'))).toBe(false);
  });
});
