import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  { args: ['entity', 'Port Authority', '--kind', 'organisation'], file: 'entities/port-authority.yaml', schema: 'entitySchema' },
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

  it('asks for --kind rather than making every entity a person', async () => {
    const result = await runNew(content, ['entity', 'Harbour Master']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('What kind of entity is "Harbour Master"? Give it with --kind: person, state, organisation, armed-group, place, facility.');
    expect(existsSync(path.join(content, 'entities/harbour-master.yaml'))).toBe(false);
  });

  it('marks the dates it can only guess (today’s) as placeholders, as it marks the figure’s 0', () => {
    const marked = (file: string) => readFileSync(path.join(content, file), 'utf8').split('\n').filter((line) => line.endsWith('  # placeholder')).map((line) => line.replace(/\d{4}-\d{2}-\d{2}/, 'DAY'));
    expect(marked(scaffolds[0].file)).toEqual(['date: DAY  # placeholder', 'asOf: DAY  # placeholder']);
    expect(marked(scaffolds[1].file)).toEqual(['value: 0  # placeholder', 'asOf: DAY  # placeholder']);
    expect(marked(scaffolds[2].file)).toEqual(['date: DAY  # placeholder']);
    expect(outputs[2]).toContain('Dates are today\'s, marked "# placeholder"');
  });

  it('marks everything it writes as a draft', () => {
    for (const scaffold of scaffolds) expect(readFileSync(path.join(content, scaffold.file), 'utf8'), scaffold.file).toMatch(/^draft: true$/m);
    for (const output of outputs) expect(output).toContain('It is a draft (draft: true)');
  });

  it('makes drafts that pass the content check without edits, each listed with what is left to fill in', async () => {
    const { problems, counts, drafts } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot });
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ briefings: 2, figures: 2, events: 2, entities: 4 });
    expect(drafts.map((draft) => draft.id).sort()).toEqual(['cargo-tonnage', 'harbour-traffic-in-2025-whats-next', 'old-lighthouse', 'port-authority', 'the-west-quay-closes']);
    const toFill = (id: string) => drafts.find((draft) => draft.id === id)!.toFill.map((item) => item.field);
    expect(toFill('cargo-tonnage')).toEqual(['value', 'unit', 'asOf', 'definition']);
    expect(toFill('old-lighthouse')).toEqual(['role', 'coordinates']);
    expect(toFill('the-west-quay-closes')).toEqual(['date', 'summary']);
    expect(toFill('harbour-traffic-in-2025-whats-next')).toEqual(['date', 'asOf', 'summary', 'keyJudgments[0].statement', 'body']);
  });

  it('leaves drafts out of the build and says how many and which', async () => {
    const outDir = path.join(workDir, 'dist');
    const result = await runBuild({ content, outDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Leaving out 5 drafts \(draft: true;[^)]*\): .*figures\/cargo-tonnage\.yaml/);
    expect(existsSync(path.join(outDir, 'briefings/harbour-traffic-in-2025-whats-next/index.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'entities/old-lighthouse/index.html'))).toBe(false);
    expect(existsSync(path.join(outDir, 'briefings/harbour-reopening/index.html'))).toBe(true);
    expect(readFileSync(path.join(outDir, 'figures/index.html'), 'utf8')).not.toContain('Cargo tonnage');
    // Nowhere else either: no page, feed item, download or sitemap entry names a draft.
    const files = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(folder, entry.name)) : [path.join(folder, entry.name)]));
    const drafts = /Cargo tonnage|cargo-tonnage|Old Lighthouse|old-lighthouse|Port Authority|port-authority|west quay closes|west-quay-closes|Harbour traffic in 2025|harbour-traffic-in-2025/;
    expect(files(outDir).filter((file) => /\.(html|xml|json|csv|svg|txt)$/.test(file) && drafts.test(readFileSync(file, 'utf8')))).toEqual([]);
  }, 120_000);

  it('refuses, once the draft line is gone, every placeholder left, naming file, line and field, in the check and the build alike', async () => {
    const figure = path.join(content, scaffolds[1].file);
    writeFileSync(figure, readFileSync(figure, 'utf8').replace(/^draft: true\n/m, ''));
    const lines = readFileSync(figure, 'utf8').split('\n');
    const lineOf = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line)) + 1;
    const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot });
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field}`)).toEqual([
      `${path.relative(projectRoot, figure)}:${lineOf(/^value: 0 {2}# placeholder$/)} value`,
      `${path.relative(projectRoot, figure)}:${lineOf(/^unit:$/)} unit`,
      `${path.relative(projectRoot, figure)}:${lineOf(/^asOf: \d{4}-\d{2}-\d{2} {2}# placeholder$/)} asOf`,
      `${path.relative(projectRoot, figure)}:${lineOf(/^definition: Replace with/)} definition`,
    ]);
    const result = await runBuild({ content, outDir: path.join(workDir, 'dist-refused') });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(`${path.relative(projectRoot, figure)}:${lineOf(/^unit:$/)}  unit: Still the placeholder unit "unit".`);
    expect(existsSync(path.join(workDir, 'dist-refused'))).toBe(false);
  }, 120_000);

  it('reports a published entry that names a draft, naming both', async () => {
    const briefing = path.join(content, 'briefings/harbour-reopening.mdx');
    writeFileSync(briefing, readFileSync(briefing, 'utf8').replace('entities: [northport, mara-ellison]', 'entities: [northport, mara-ellison, old-lighthouse]'));
    const { problems } = await checkContent({ env: { BRIEFBOOK_CONTENT: content }, cwd: projectRoot });
    const named = problems.filter((problem) => problem.file.endsWith('harbour-reopening.mdx'));
    expect(named).toEqual([
      expect.objectContaining({ field: 'entities[2]', message: expect.stringMatching(/Refers to entity "old-lighthouse", which is a draft \(.*entities\/old-lighthouse\.yaml has draft: true\)/) }),
    ]);
  });
});
