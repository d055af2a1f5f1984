import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/checkContent';

const minimal = path.resolve(import.meta.dirname, '../fixtures/minimal');
const scratch = mkdtempSync(path.join(tmpdir(), 'check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the minimal root with some files rewritten; returns its path. */
function rootWith(name: string, edits: Record<string, (text: string) => string>): string {
  const root = path.join(scratch, name);
  cpSync(minimal, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(path.join(root, file), edit(readFileSync(path.join(root, file), 'utf8')));
  return root;
}
const check = (root: string, editorial = true) => checkContent({ env: { BRIEFBOOK_CONTENT: root }, cwd: scratch, editorial });
const lines = (problems: Awaited<ReturnType<typeof check>>['problems']) =>
  problems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''}  ${problem.field ? `${problem.field}: ` : ''}${problem.message}`);

describe('checkContent', () => {
  it('passes the minimal root and counts what it read', async () => {
    const { problems, counts } = await check(minimal);
    expect(problems).toEqual([]);
    expect(counts).toEqual({ briefings: 1, figures: 1, events: 1, entities: 2, sources: 1, topics: 2 });
  });

  it('reports every schema problem of every file at once, each at its line', async () => {
    const root = rootWith('many', {
      'figures/ships-registered.yaml': (text) => text.replace('value: 120', 'value: lots').replace('qualifier: over', 'qualifier: roughly'),
      'events/east-quay-reopens.yaml': (text) => text.replace('date: 2024-06', 'date: 2024-13'),
    });
    expect(lines((await check(root)).problems)).toEqual([
      'many/events/east-quay-reopens.yaml:2  date: Expected a date written as YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar, got "2024-13".',
      'many/figures/ships-registered.yaml:2  value: Expected a number without quotes, units or thousands separators, e.g. 12000, got "lots".',
      'many/figures/ships-registered.yaml:4  qualifier: Expected one of: exact, over, at least, about, estimated; got "roughly".',
    ]);
  });

  it('flags a spelling the site corrects in prose and text fields, but not in quotes or a <Quote>', async () => {
    const root = rootWith('spelling', {
      'briefings/harbour-reopening.mdx': (text) =>
        text
          .replace('summary: The east quay', 'summary: Mara Elison says the east quay')
          .replace('The east quay reopened in June', 'Mara Elison reopened the quay in June, in her words "as Mara Elison"')
          .replace('We are open for business.', 'Mara Elison is open for business.'),
      'entities/northport.yaml': (text) => text.replace('role: A fictional', 'role: Where Mara Elison works. A fictional'),
    });
    const message = '"Mara Elison" is how a source spells Mara Ellison; the site writes "Mara Ellison" (or "Ellison"). Use the site\'s spelling, or put the source\'s own words in quotation marks or a <Quote>.';
    expect(lines((await check(root)).problems)).toEqual([
      `spelling/briefings/harbour-reopening.mdx:6  summary: ${message}`,
      `spelling/briefings/harbour-reopening.mdx:22  body: ${message}`,
      `spelling/entities/northport.yaml:4  role: ${message}`,
    ]);
    expect((await check(root, false)).problems).toEqual([]);
  });

  it('still knows the id of a file that fails its schema, so a reference to it is not also called unknown', async () => {
    const root = rootWith('cascade', { 'entities/northport.yaml': (text) => text.replace('kind: place', 'kind: town') });
    expect(lines((await check(root)).problems)).toEqual([
      'cascade/entities/northport.yaml:2  kind: Expected one of: person, state, organisation, armed-group, place, facility; got "town".',
    ]);
  });

  // Issue 20: schema problems used to hide every cross-reference, prose, citation and confidence problem until
  // they were fixed (the corpus rules ran only when no file had a problem).
  it('reports a bad date, an unknown entity, prose, citation and confidence problems in one run, by file and line', async () => {
    const root = rootWith('at-once', {
      'events/east-quay-reopens.yaml': (text) => text.replace('date: 2024-06', 'date: 2026-02-30'),
      'briefings/harbour-reopening.mdx': (text) =>
        text
          .replace('entities: [northport', 'entities: [southport')
          .replace(/<Cite p=\{(\d+)\}/, '<Cite p={99}')
          .replace('The east quay reopened in June', 'The east quay <Gauge /> reopened in June')
          .replace('confidence: moderate', 'confidence: high'),
    });
    const reported = lines((await check(root)).problems);
    expect(reported.join('\n')).toMatch(/east-quay-reopens\.yaml:2  date: .*2026-02-30/);
    expect(reported.join('\n')).toMatch(/harbour-reopening\.mdx:\d+  entities\[0\]: Unknown entity "southport"/);
    expect(reported.join('\n')).toMatch(/harbour-reopening\.mdx:\d+  <Cite p>: Paragraph 99 does not exist/);
    expect(reported.join('\n')).toMatch(/harbour-reopening\.mdx:\d+  <Gauge>: Unknown component/);
    expect(reported.join('\n')).toMatch(/harbour-reopening\.mdx:\d+  keyJudgments\[0\]: .*at high confidence but rests on one source/);
    const order = reported.map((line) => /^(\S+?)(?::(\d+))?  /.exec(line)!).map((match) => [match[1]!, Number(match[2] ?? 0)] as const);
    const sorted = [...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(order).toEqual(sorted);
  });
});

describe('a book relaxing the confidence rules in its book.yaml', () => {
  const broken = path.resolve(import.meta.dirname, '../fixtures/broken/high-confidence-on-one-source');
  const copyOfBroken = (name: string, bookYamlExtra: string) => {
    const root = path.join(scratch, name);
    cpSync(broken, root, { recursive: true });
    writeFileSync(path.join(root, 'book.yaml'), readFileSync(path.join(root, 'book.yaml'), 'utf8') + bookYamlExtra);
    return root;
  };

  it('is held to the default rules when it relaxes none', async () => {
    const { problems } = await check(copyOfBroken('rules-default', ''));
    expect(lines(problems).join('\n')).toMatch(/high confidence but rests on one source/);
  });

  it('passes a single-source high-confidence judgment once one source may carry it', async () => {
    const { problems } = await check(copyOfBroken('rules-relaxed', 'confidenceRules:\n  independentSources: 1\n'));
    expect(lines(problems)).toEqual([]);
  });

  it('reports an unknown rule name in book.yaml with its field', async () => {
    const { problems } = await check(copyOfBroken('rules-misspelt', 'confidenceRules:\n  independentSource: 1\n'));
    expect(lines(problems).join('\n')).toMatch(/book\.yaml.*confidenceRules/);
  });
});

describe('a broken book.yaml', () => {
  it('is reported together with the other problems of the book, not instead of them', async () => {
    const root = rootWith('book-and-briefing', {
      'book.yaml': (text) => text.replace(/mapFocus: .*/, 'mapFocus: Norwey'),
      'briefings/harbour-reopening.mdx': (text) => text.replace(/<Cite p=\{(\d+)\}/, '<Cite p={$1} source="no-such-source"'),
    });
    const reported = lines((await check(root)).problems).join('\n');
    expect(reported).toMatch(/book\.yaml.*mapFocus/);
    expect(reported).toMatch(/harbour-reopening\.mdx:\d+.*no-such-source/);
  });
});
