import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { formatProblems } from '../../src/contentFiles/contentProblem';
import { projectRoot, runBuild, type BuildResult } from './runBuild';

// A reporting word beside a `stated` citation is a warning (src/citations/attributionCues.ts): the build prints it
// exactly as `npm run check` does, and builds the site all the same.
const folder = path.join(projectRoot, '.briefbook/test-builds/attribution-warning');
const content = path.join(folder, 'content');
const outDir = path.join(folder, 'site');

describe('a book whose entity says "according to" beside a stated citation', () => {
  let build: BuildResult;
  beforeAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), content, { recursive: true });
    const entity = path.join(content, 'entities/northport.yaml');
    writeFileSync(entity, readFileSync(entity, 'utf8').replace(/^role: /m, 'role: According to the report, '));
    build = await runBuild({ content, outDir });
  }, 180_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('builds, printing the warning word for word as the check prints it', async () => {
    expect(build.code, build.stderr).toBe(0);
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(true);
    const { problems, warnings } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot, editorial: false });
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(1);
    const printed = formatProblems(warnings, 'warning');
    expect(printed).toMatch(/^1 warning about the content:\n {2}\S*entities\/northport\.yaml:\d+ {2}citations\[0\]: The text says "According to" \(role\)/);
    expect(build.stderr).toContain(printed);
  });
});
