import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { projectRoot, runNew } from './runBuild';

// `npm run new -- source` on made-up articles (tests/fixtures/articles/), into a copy of the minimal root.
const workDir = path.join(projectRoot, '.briefbook/test-builds/new-source');
const content = path.join(workDir, 'content');
const articles = path.join(projectRoot, 'tests/fixtures/articles');
const imports = [
  { article: 'port-authority-notice.html', args: [], id: 'notice-to-mariners-no-7-northport-port-authority', paragraphs: 3 },
  { article: 'ferry-timetable.txt', args: ['--id', 'ferry-2025'], id: 'ferry-2025', paragraphs: 2 },
  { article: 'harbour-report.md', args: ['--id', 'harbour-report-copy', '--title', 'Harbour report, as filed'], id: 'harbour-report-copy', paragraphs: 4 },
] as const;

const sourceFile = (id: string) => path.join(content, 'sources', `${id}.yaml`);
const fingerprintFile = (id: string) => path.join(content, 'sources', `${id}.fingerprint`);
const check = async () => (await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: workDir, editorial: false })).problems;

describe('npm run new -- source', () => {
  const outputs: string[] = [];

  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), content, { recursive: true });
    for (const { article, args } of imports) {
      const result = await runNew(content, ['source', path.join(articles, article), ...args]);
      expect(result.code, result.stderr).toBe(0);
      outputs.push(result.stdout);
    }
  }, 120_000);

  it('writes the source and its fingerprint beside it, named by --id or after the title', () => {
    for (const { id } of imports) {
      expect(existsSync(sourceFile(id)), id).toBe(true);
      expect(existsSync(fingerprintFile(id)), id).toBe(true);
    }
    expect(outputs[0]).toContain('3 paragraphs in 2 sections');
  });

  it('fills in the title, paragraph count, sections and one empty digest line per paragraph', () => {
    for (const { id, paragraphs } of imports) {
      const text = readFileSync(sourceFile(id), 'utf8');
      expect(text).toMatch(new RegExp(`^paragraphCount: ${paragraphs}$`, 'm'));
      expect(text.match(/^ {2}- "" {2}# ¶\d+$/gm)).toHaveLength(paragraphs);
      expect(text).toMatch(/^# kind:/m);
    }
    expect(readFileSync(sourceFile(imports[0].id), 'utf8')).toContain('title: Notice to Mariners No. 7 — Northport Port Authority\n');
    expect(readFileSync(sourceFile(imports[0].id), 'utf8')).toContain('  - {title: Dredging, paragraphs: [2, 3]}\n');
    expect(readFileSync(sourceFile(imports[2].id), 'utf8')).toContain('title: Harbour report, as filed\n');
  });

  it('keeps no words of the article in the fingerprint', () => {
    for (const { id } of imports) {
      const lines = readFileSync(fingerprintFile(id), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
      expect(lines.length, id).toBeGreaterThan(5);
      for (const line of lines) expect(line).toMatch(/^[0-9a-f]{16} \d+(,\d+)*$/);
    }
  });

  it('leaves a source the check lists as unfinished, then accepts it once written, and finds text copied from it', async () => {
    for (const { id } of imports) expect(readFileSync(sourceFile(id), 'utf8'), id).toMatch(/^draft: true$/m);
    const unfinished = (await check()).filter((problem) => problem.file.endsWith('ferry-2025.yaml')).map((problem) => problem.field);
    expect(unfinished).toEqual(['shortTitle', 'kind', 'published', 'digest ¶1', 'digest ¶2']);
    // Each missing field is placed on the commented line the scaffold left for it, not on the first field.
    const lines = readFileSync(sourceFile('ferry-2025'), 'utf8').split('\n');
    const located = (await check()).filter((problem) => problem.file.endsWith('ferry-2025.yaml')).slice(0, 3);
    for (const problem of located) expect(lines[problem.line! - 1], problem.field).toMatch(new RegExp(`^# ${problem.field}:`));

    for (const { id } of imports) {
      let text = readFileSync(sourceFile(id), 'utf8');
      let line = 0;
      text = text
        .replace(/^# shortTitle:.*$/m, 'shortTitle: Imported')
        .replace(/^# kind:.*$/m, 'kind: other')
        .replace(/^# published:.*$/m, 'published: 2025-02-01')
        .replace(/^ {2}- ""/gm, () => `  - Paragraph ${++line} in our own words.`);
      writeFileSync(sourceFile(id), text);
    }
    expect(await check()).toEqual([]);

    const event = path.join(content, 'events/east-quay-reopens.yaml');
    writeFileSync(event, readFileSync(event, 'utf8').replace(/^summary: .*$/m, 'summary: On Saturdays and Sundays a second boat runs at noon, weather permitting.'));
    expect((await check()).map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(/^summary: Repeats 12 consecutive words of source "ferry-2025" ¶2 /),
    ]);
  });

  it('never overwrites: with either file there, it writes nothing', async () => {
    const before = readFileSync(fingerprintFile('ferry-2025'), 'utf8');
    rmSync(sourceFile('ferry-2025'));
    const result = await runNew(content, ['source', path.join(articles, 'ferry-timetable.txt'), '--id', 'ferry-2025']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('ferry-2025.fingerprint already exists; nothing was written');
    expect(existsSync(sourceFile('ferry-2025'))).toBe(false);
    expect(readFileSync(fingerprintFile('ferry-2025'), 'utf8')).toBe(before);
  });

  it('explains what it cannot read', async () => {
    const noTitle = path.join(workDir, 'untitled.txt');
    writeFileSync(noTitle, 'Just one paragraph of text, ending as sentences do.\n');
    const missingTitle = await runNew(content, ['source', noTitle]);
    expect(missingTitle.stderr).toContain('does not open with a heading to take the title from. Give it with --title');
    const badId = await runNew(content, ['source', noTitle, '--title', 'T', '--id', 'Bad Id']);
    expect(badId.stderr).toContain('"Bad Id" cannot be a source id');
    const usage = await runNew(content, ['source']);
    expect(usage.code).not.toBe(0);
    expect(usage.stderr).toContain('Usage: npm run new -- source path/to/article.(md|txt|html)');
  });
});
