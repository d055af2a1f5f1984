import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { projectRoot, runNew } from './runBuild';

const workDir = path.join(projectRoot, '.briefbook/test-builds/new-update');
const content = path.join(workDir, 'content');
const note = path.join(content, 'briefings/harbour-reopening.mdx');
const today = () => new Date().toISOString().slice(0, 10);

describe('npm run new -- update', () => {
  let before = '';
  let output = '';

  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), content, { recursive: true });
    before = readFileSync(note, 'utf8');
    for (const summary of ['Registrations are recounted.', 'The quay date is confirmed.']) {
      const result = await runNew(content, ['update', 'harbour-reopening', summary]);
      expect(result.code, result.stderr).toBe(0);
      output += result.stdout;
    }
  }, 60_000);

  it('appends each update dated today, oldest first, and changes no other line', () => {
    const after = readFileSync(note, 'utf8');
    const added = `updates:\n  - date: ${today()}\n    summary: "Registrations are recounted."\n  - date: ${today()}\n    summary: "The quay date is confirmed."\n`;
    expect(after).toBe(before.replace('asOf: 2025-03-01\n', `asOf: 2025-03-01\n${added}`));
    expect(output).toContain('briefings/harbour-reopening.mdx:5');
  });

  it('leaves a note that passes the content check', async () => {
    const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot });
    expect(problems).toEqual([]);
  });

  it('names the briefing it could not find, with the closest id', async () => {
    const result = await runNew(content, ['update', 'harbour-reopned', 'Anything.']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('No briefing "harbour-reopned"');
    expect(result.stderr).toContain('did you mean "harbour-reopening"?');
  });

  it('says how to call it when the summary is missing', async () => {
    const result = await runNew(content, ['update', 'harbour-reopening']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Usage: npm run new -- update <briefing-id> "What changed, in one sentence"');
  });
});
