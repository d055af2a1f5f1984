import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCorpus, corpusShape, countProseWords, generateCorpus, targetWords } from '../../scripts/bench/generateCorpus.mjs';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const scratch = path.join(projectRoot, '.bench', 'test');
const temporary: string[] = [];
const makeTemporary = (prefix: string) => {
  mkdirSync(scratch, { recursive: true });
  const folder = mkdtempSync(path.join(scratch, prefix));
  temporary.push(folder);
  return folder;
};
afterAll(() => temporary.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

type Files = Map<string, string>;
const digestOf = (folder: string) => {
  const hash = createHash('sha256');
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else hash.update(child).update('\0').update(readFileSync(path.join(folder, child))).update('\0');
    }
  };
  walk('.');
  return hash.digest('hex');
};
const briefingsOf = (files: Files) => [...files].filter(([file]) => file.startsWith('briefings/'));
const frontMatterOf = (text: string) => text.slice(4, text.indexOf('\n---\n', 4));
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
const listOf = (frontMatter: string, key: string): string[] => JSON.parse(new RegExp(`^${key}: (.*)$`, 'm').exec(frontMatter)?.[1] ?? '[]');

describe('generateCorpus', () => {
  test('the same seed writes the same bytes, and another seed other bytes', () => {
    const first = makeTemporary('seed-a-');
    const second = makeTemporary('seed-b-');
    const third = makeTemporary('seed-c-');
    generateCorpus({ count: 30, seed: 'alpha', charts: false, outDir: first });
    generateCorpus({ count: 30, seed: 'alpha', charts: false, outDir: second });
    generateCorpus({ count: 30, seed: 'beta', charts: false, outDir: third });
    expect(readdirSync(path.join(first, 'briefings'))).toHaveLength(30);
    expect(digestOf(first)).toBe(digestOf(second));
    expect(digestOf(first)).not.toBe(digestOf(third));
  });

  test('with editions, each briefing gains two updates and a revised judgment, and nothing else changes', async () => {
    const { briefingSchema } = await import('../../src/schemas/briefing');
    const plain: Files = buildCorpus({ count: 25, seed: 'editions', charts: true });
    const edited: Files = buildCorpus({ count: 25, seed: 'editions', charts: true, editions: true });
    for (const [file, text] of briefingsOf(edited)) {
      const frontMatter = frontMatterOf(text);
      const updates = listOf(frontMatter, 'updates') as unknown as Array<{ date: string; summary: string }>;
      expect(updates, file).toHaveLength(2);
      const [judgment, ...others] = listOf(frontMatter, 'keyJudgments') as unknown as Array<Record<string, unknown>>;
      expect(judgment, file).toMatchObject({ revised: { date: updates[0]!.date }, history: [{ likelihood: expect.any(String) }] });
      expect(others.every((other) => other.revised === undefined)).toBe(true);
      // Without the edition fields, the note is the plain corpus's note, byte for byte.
      const withoutEditions = frontMatter
        .replace(/\nupdates: .*$/m, '')
        .replace(/^keyJudgments: .*$/m, (line) => `keyJudgments: ${JSON.stringify(JSON.parse(line.slice(14)).map(({ revised: _r, history: _h, ...rest }: Record<string, unknown>) => rest))}`);
      expect(`---\n${withoutEditions}\n---\n${text.slice(text.indexOf('\n---\n', 4) + 5)}`).toBe(plain.get(file));
      // The schema's edition rules hold (references are not resolved here, only shapes and dates).
      const data = Object.fromEntries(frontMatter.split('\n').map((line) => [line.slice(0, line.indexOf(':')), JSON.parse(line.slice(line.indexOf(':') + 2))]));
      expect(briefingSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    }
    expect([...edited].filter(([file]) => !file.startsWith('briefings/') && !file.endsWith('.json'))).toEqual([...plain].filter(([file]) => !file.startsWith('briefings/') && !file.endsWith('.json')));
  });

  test('briefings have about 800 words of prose and use the components a real note uses', () => {
    const files: Files = buildCorpus({ count: 40, seed: 'words', charts: false });
    const briefings = briefingsOf(files);
    expect(briefings).toHaveLength(40);
    for (const [file, text] of briefings) {
      const words = countProseWords(bodyOf(text));
      expect(words, file).toBeGreaterThan(targetWords * 0.95);
      expect(words, file).toBeLessThan(targetWords * 1.05);
      expect(text).toMatch(/<Cite p=\{[\d, [\]]+\} source="[a-z0-9-]+" \/>/);
      expect(text).toMatch(/<Entity id="[a-z0-9-]+" \/>/);
      expect(text).toMatch(/<FigureValue id="[a-z0-9-]+" \/>/);
      expect(text).not.toMatch(/<FigureChart/);
      if (!file.includes('note-0001-')) expect(text).toMatch(/<BriefingLink id="note-\d{4}-[a-z0-9-]+" \/>/);
      for (const key of ['summary', 'keyJudgments', 'topics', 'entities', 'events', 'figures', 'sources']) expect(frontMatterOf(text)).toMatch(new RegExp(`^${key}: `, 'm'));
    }
  });

  test('every listed entity and figure appears in the prose, and a chart is added on request', () => {
    const files: Files = buildCorpus({ count: 15, seed: 'charts', charts: true });
    for (const [file, text] of briefingsOf(files)) {
      const frontMatter = frontMatterOf(text);
      const body = bodyOf(text);
      for (const id of listOf(frontMatter, 'entities')) expect(body, `${file} ${id}`).toContain(`<Entity id="${id}" />`);
      for (const id of listOf(frontMatter, 'figures')) expect(body, `${file} ${id}`).toContain(`<FigureValue id="${id}" />`);
      expect(body.match(/<FigureChart id="([^"]+)" \/>/g)).toHaveLength(1);
      expect(listOf(frontMatter, 'figures')).toContain(/<FigureChart id="([^"]+)"/.exec(body)![1]);
    }
  });

  test('the collections grow with N, entities and topics more slowly, and sources have 20 to 40 paragraphs', () => {
    const large = corpusShape(3000);
    expect(large.entities).toBeGreaterThanOrEqual(200);
    expect(large.entities).toBeLessThan(1000);
    expect(large.topics).toBeLessThan(corpusShape(1000).topics * 2);
    expect(corpusShape(1000).events).toBeGreaterThan(corpusShape(100).events * 5);
    const files: Files = buildCorpus({ count: 200, seed: 'shape', charts: false });
    const sources = [...files].filter(([file]) => file.startsWith('sources/'));
    expect(sources).toHaveLength(corpusShape(200).sources);
    for (const [, text] of sources) {
      const count = Number(/^paragraphCount: (\d+)$/m.exec(text)?.[1]);
      expect(count).toBeGreaterThanOrEqual(20);
      expect(count).toBeLessThanOrEqual(40);
    }
  });
});
