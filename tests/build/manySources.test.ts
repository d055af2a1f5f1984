import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { formatProblems } from '../../src/contentFiles/contentProblem';
import { mapWithLimit, projectRoot, runBuild, type BuildResult } from './runBuild';

// A book with three sources (tests/fixtures/two-sources): each case changes one thing in a copy of it, and
// `npm run check` and the build must report it alike, at the same file and line, in the same words.
const fixture = path.join(projectRoot, 'tests/fixtures/two-sources');
const workDir = path.join(projectRoot, '.briefbook/test-builds/many-sources');

interface Case {
  name: string;
  file: string;
  edit: (text: string) => string;
  expect: { line: number; field: string; says: RegExp };
}

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`The fixture no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
};

const cases: Case[] = [
  {
    name: 'cite-without-source-in-a-briefing-with-three',
    file: 'briefings/channel-works.mdx',
    edit: replace('<Cite p={2} source="port-authority-notice" />', '<Cite p={2} />'),
    expect: { line: 21, field: '<Cite source>', says: /lists 3 sources \(port-authority-notice, ferry-timetable, harbour-report\), so the citation must say which/ },
  },
  {
    name: 'cite-of-a-source-the-briefing-does-not-list',
    file: 'briefings/harbour-reopening.mdx',
    edit: replace('<Cite p={[2]} />', '<Cite p={[2]} source="ferry-timetable" />'),
    expect: { line: 22, field: '<Cite source>', says: /Source "ferry-timetable" is not listed in this briefing's `sources`/ },
  },
  {
    name: 'quote-without-source',
    file: 'briefings/channel-works.mdx',
    edit: replace('p={3} source="harbour-report">', 'p={3}>'),
    expect: { line: 25, field: '<Quote source>', says: /must say which/ },
  },
  {
    name: 'key-judgment-without-source',
    file: 'briefings/channel-works.mdx',
    edit: replace('p={2} source="ferry-timetable">Weekend', 'p={2}>Weekend'),
    expect: { line: 27, field: '<KeyJudgment source>', says: /must say which/ },
  },
  {
    name: 'prose-copying-a-source',
    file: 'briefings/channel-works.mdx',
    edit: (text) => `${text}\nTwo dredgers will deepen the channel between the outer buoy and the east quay <Cite p={2} source="port-authority-notice" />.\n`,
    expect: { line: 29, field: 'body', says: /Repeats 14 consecutive words of source "port-authority-notice" ¶2/ },
  },
  {
    name: 'event-summary-copying-a-source',
    file: 'events/east-quay-reopens.yaml',
    edit: replace('summary: The east quay took ships again after repairs.', 'summary: After eighteen months of repairs to its timber piles, the east quay reopened.'),
    expect: { line: 5, field: 'summary', says: /consecutive words of source "harbour-report" ¶2/ },
  },
];

const contentOf = (name: string) => path.relative(projectRoot, path.join(workDir, name, 'content'));

describe('a book with several sources', () => {
  const builds = new Map<string, BuildResult>();
  const checks = new Map<string, string[]>();

  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    for (const testCase of cases) {
      const content = path.join(projectRoot, contentOf(testCase.name));
      cpSync(fixture, content, { recursive: true });
      const file = path.join(content, testCase.file);
      writeFileSync(file, testCase.edit(readFileSync(file, 'utf8')));
    }
    const names = ['valid', ...cases.map((testCase) => testCase.name)];
    cpSync(fixture, path.join(workDir, 'valid', 'content'), { recursive: true });
    for (const name of names) {
      const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: contentOf(name) }, cwd: projectRoot, editorial: false });
      checks.set(name, problems.length > 0 ? formatProblems(problems).split('\n').slice(1) : []);
    }
    await mapWithLimit(names, 2, async (name) => {
      builds.set(name, await runBuild({ content: contentOf(name), outDir: path.join(workDir, name, 'dist') }));
    });
  }, 600_000);

  it('builds when a briefing lists one of them and its citations name none', () => {
    const build = builds.get('valid')!;
    expect(checks.get('valid')).toEqual([]);
    expect(build.code, build.stderr).toBe(0);
    const page = (id: string) => readFileSync(path.join(workDir, 'valid/dist/briefings', id, 'index.html'), 'utf8');
    const cited = (id: string) => [...new Set(page(id).match(/\/sources\/[a-z-]+\/#p\d+/g))].sort();
    expect(cited('harbour-reopening')).toEqual(['/sources/harbour-report/#p1', '/sources/harbour-report/#p2', '/sources/harbour-report/#p3', '/sources/harbour-report/#p4']);
    expect(cited('channel-works')).toEqual([
      '/sources/ferry-timetable/#p1',
      '/sources/ferry-timetable/#p2',
      '/sources/harbour-report/#p2',
      '/sources/harbour-report/#p3',
      '/sources/port-authority-notice/#p2',
      '/sources/port-authority-notice/#p3',
    ]);
    for (const source of ['harbour-report', 'port-authority-notice', 'ferry-timetable']) {
      expect(existsSync(path.join(workDir, 'valid/dist/sources', source, 'index.html')), source).toBe(true);
    }
  });

  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s: check and build report it at the same line', (name, testCase) => {
    const checked = checks.get(name)!;
    const build = builds.get(name)!;
    expect(checked, 'the check finds exactly one problem').toHaveLength(1);
    const [line] = checked as [string];
    const location = `${path.join(contentOf(name), testCase.file)}:${testCase.expect.line}`;
    expect(line.trim().startsWith(`${location}  ${testCase.expect.field}: `), `"${line.trim()}" at ${location}`).toBe(true);
    expect(line).toMatch(testCase.expect.says);
    expect(build.code, build.stdout).not.toBe(0);
    expect(build.stderr.split('\n').filter((problem) => problem.startsWith('  ')), build.stderr).toEqual(checked);
    expect(existsSync(path.join(workDir, name, 'dist')), 'no site may be written').toBe(false);
  });
});
