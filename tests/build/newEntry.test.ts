import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';
import { schemaDocs } from '../../src/check/schemaDocs';
import { projectRoot, runBuild, runNew } from './runBuild';

const workDir = path.join(projectRoot, '.briefbook/test-builds/new-entry');
const content = path.join(workDir, 'content');
const docs = schemaDocs(projectRoot);

const scaffolds = [
  { args: ['briefing', 'Harbour traffic in 2025: what’s next?'], file: 'briefings/harbour-traffic-in-2025-whats-next.mdx', schema: 'briefingSchema' },
  { args: ['figure', 'Cargo tonnage'], file: 'figures/cargo-tonnage.yaml', schema: 'figureSchema' },
  { args: ['event', 'The west quay closes'], file: 'events/the-west-quay-closes.yaml', schema: 'eventSchema' },
  { args: ['entity', 'Port Authority'], file: 'entities/port-authority.yaml', schema: 'entitySchema' },
  { args: ['entity', 'Old Lighthouse', '--kind', 'facility'], file: 'entities/old-lighthouse.yaml', schema: 'entitySchema' },
] as const;

describe('npm run new', () => {
  const outputs: string[] = [];

  beforeAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), content, { recursive: true });
    for (const scaffold of scaffolds) {
      const result = await runNew(content, [...scaffold.args]);
      expect(result.code, result.stderr).toBe(0);
      outputs.push(result.stdout);
    }
  }, 60_000);

  it('names each file after its title', () => {
    for (const scaffold of scaffolds) expect(existsSync(path.join(content, scaffold.file)), scaffold.file).toBe(true);
  });

  it('gives a new briefing the next free reading order', () => {
    expect(readFileSync(path.join(content, scaffolds[0].file), 'utf8')).toMatch(/^order: 2$/m);
    expect(outputs[0]).toContain('Reading order 2');
  });

  it('writes every field of the schema, each under a comment saying what it expects', () => {
    for (const scaffold of scaffolds) {
      const lines = readFileSync(path.join(content, scaffold.file), 'utf8').split('\n');
      for (const field of docs[scaffold.schema]!.fields.filter((field) => !field.path.includes('.') && !field.path.includes('['))) {
        const index = lines.findIndex((line) => new RegExp(`^(# )?${field.path}:`).test(line));
        expect(index, `${scaffold.file}: ${field.path}`).toBeGreaterThan(0);
        let start = index;
        while (start > 0 && /^# /.test(lines[start - 1]!) && !/^# \w+:/.test(lines[start - 1]!)) start--;
        const comment = lines.slice(start, index).map((line) => line.slice(2)).join(' ');
        expect(comment, `${scaffold.file}: comment above ${field.path}`).toMatch(/Expects .+ \((required|optional[^)]*)\)\./);
      }
    }
  });

  it('refuses to overwrite an existing file', async () => {
    const file = path.join(content, scaffolds[1].file);
    const before = readFileSync(file, 'utf8');
    const result = await runNew(content, [...scaffolds[1].args]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('already exists; nothing was written');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses an unknown kind of entry, saying what it takes', async () => {
    const result = await runNew(content, ['memo', 'Anything']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Usage: npm run new -- <briefing|figure|event|entity> "Title"');
  });

  it('makes entries that pass the content check without edits', async () => {
    const { problems, counts } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot });
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ briefings: 2, figures: 2, events: 2, entities: 4 });
  });

  it('makes entries that build without edits', async () => {
    const outDir = path.join(workDir, 'dist');
    const result = await runBuild({ content, outDir });
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(path.join(outDir, 'briefings/harbour-traffic-in-2025-whats-next/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'entities/old-lighthouse/index.html'))).toBe(true);
  }, 120_000);
});
