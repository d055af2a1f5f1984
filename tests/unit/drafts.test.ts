import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/check/checkBuiltSite';
import { checkContent } from '../../src/check/checkContent';
import { formatDrafts } from '../../src/check/formatDrafts';
import { findPlaceholders, type PlaceholderInput } from '../../src/validation/findPlaceholders';
import { scaffoldBook } from '../../src/check/scaffoldBook';

const minimal = path.resolve(import.meta.dirname, '../fixtures/minimal');
const scratch = mkdtempSync(path.join(tmpdir(), 'drafts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function rootWith(name: string, edits: Record<string, (text: string) => string>): string {
  const root = path.join(scratch, name);
  cpSync(minimal, root, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) writeFileSync(path.join(root, file), edit(readFileSync(path.join(root, file), 'utf8')));
  return root;
}
const check = (root: string) => checkContent({ env: { BRIEFBOOK_CONTENT: root }, cwd: scratch });

/** An entry read from YAML text the way the check reads it: lines by a plain search of the text. */
function entryOf(collection: PlaceholderInput['collection'], data: Record<string, unknown>, text: string, mdxSource?: string): PlaceholderInput {
  const lines = text.split('\n');
  return {
    collection,
    file: `${collection}/x`,
    data,
    lineOf: (fieldPath) => lines.findIndex((line) => line.startsWith(`${String(fieldPath[0])}:`)) + 1,
    lineText: (line) => lines[line - 1] ?? '',
    fieldPrefix: [],
    mdxSource,
  };
}

describe('findPlaceholders', () => {
  it('finds the scaffold’s text, unit, marked 0 and 0, 0 coordinates, each at its line', () => {
    const figureText = 'value: 0  # placeholder\nunit: { singular: unit, plural: units }\ndefinition: Replace with one sentence.\n';
    const figure = { value: 0, unit: { singular: 'unit', plural: 'units' }, definition: 'Replace with one sentence.' };
    expect(findPlaceholders(entryOf('figures', figure, figureText)).map((item) => `${item.line} ${item.field}`)).toEqual(['3 definition', '2 unit', '1 value']);
    const placeText = 'role: Replace with one sentence.\ncoordinates: { lat: 0, lon: 0 }\n';
    expect(findPlaceholders(entryOf('entities', { role: 'Replace with one sentence.', coordinates: { lat: 0, lon: 0 } }, placeText)).map((item) => item.field)).toEqual(['role', 'coordinates']);
  });

  it('leaves a real 0 alone once its placeholder comment is gone, and real coordinates on the equator', () => {
    expect(findPlaceholders(entryOf('figures', { value: 0, unit: { singular: 'ship', plural: 'ships' } }, 'value: 0\nunit: x\n'))).toEqual([]);
    expect(findPlaceholders(entryOf('entities', { coordinates: { lat: 0, lon: 32.5 } }, 'coordinates: x\n'))).toEqual([]);
  });

  it('finds a date still marked as the scaffold’s, in the fields the scaffold dates, and leaves a date without the mark alone', () => {
    const eventText = 'title: The west quay closes\ndate: 2026-12-07  # placeholder\nsummary: Closed.\n';
    expect(findPlaceholders(entryOf('events', { title: 'The west quay closes', date: '2026-12-07', summary: 'Closed.' }, eventText))).toEqual([
      expect.objectContaining({ file: 'events/x', line: 2, field: 'date', message: expect.stringMatching(/^Still the placeholder date.*Expected the day .*the event happened.*delete the "# placeholder" comment\.$/) }),
    ]);
    const briefingText = 'title: T\ndate: 2026-12-07  # placeholder\nasOf: 2026-12-01  # placeholder\n';
    expect(findPlaceholders(entryOf('briefings', { title: 'T', date: '2026-12-07', asOf: '2026-12-01' }, briefingText)).map((item) => `${item.line} ${item.field}`)).toEqual(['2 date', '3 asOf']);
    expect(findPlaceholders(entryOf('figures', { asOf: '2026-12-07' }, 'asOf: 2026-12-07  # placeholder\n')).map((item) => item.field)).toEqual(['asOf']);
    expect(findPlaceholders(entryOf('briefings', { date: '2026-12-07', asOf: '2026-12-01' }, 'date: 2026-12-07\nasOf: 2026-12-01  # checked\n'))).toEqual([]);
  });

  it('finds the scaffold’s paragraph in a note’s body by its line', () => {
    const body = '\n\n\n## What happened\n\nReplace this paragraph with the note. <Cite p={1} />\n';
    expect(findPlaceholders(entryOf('briefings', {}, '', body))).toEqual([expect.objectContaining({ line: 6, field: 'body' })]);
  });
});

describe('drafts in the content check', () => {
  it('lists a draft’s placeholders as what is left to fill in, not as problems', async () => {
    const root = rootWith('draft-figure', {
      'figures/ships-registered.yaml': (text) => `draft: true\n${text.replace(/^definition: .*$/m, 'definition: Replace with one sentence saying exactly what is counted.')}`,
      // The one note that shows the figure is a draft too: a published one may not name a draft.
      'briefings/harbour-reopening.mdx': (text) => text.replace('---\ntitle', '---\ndraft: true\ntitle'),
    });
    const { problems, drafts } = await check(root);
    expect(problems).toEqual([]);
    expect(drafts.find((draft) => draft.id === 'ships-registered')).toEqual(expect.objectContaining({ collection: 'figures', toFill: [expect.objectContaining({ field: 'definition' })] }));
    expect(formatDrafts(drafts)).toMatch(/^2 drafts, left out of the built site until their draft: true line is deleted:\n {2}draft-figure\/briefings\/harbour-reopening\.mdx: no placeholders left; delete its draft line to publish it\.\n {2}draft-figure\/figures\/ships-registered\.yaml, to fill in:\n {4}draft-figure\/figures\/ships-registered\.yaml:\d+ {2}definition: Still the placeholder/);
  });

  it('refuses a published event whose date is still the scaffold’s, naming file, line and field', async () => {
    const root = rootWith('placeholder-date', { 'events/east-quay-reopens.yaml': (text) => text.replace(/^date: (.*)$/m, 'date: $1  # placeholder') });
    const { problems } = await check(root);
    const line = readFileSync(path.join(root, 'events/east-quay-reopens.yaml'), 'utf8').split('\n').findIndex((text) => text.startsWith('date:')) + 1;
    expect(problems.map((problem) => `${problem.file}:${problem.line}  ${problem.field}: ${problem.message}`)).toEqual([
      expect.stringMatching(new RegExp(`placeholder-date/events/east-quay-reopens\\.yaml:${line} {2}date: Still the placeholder date`)),
    ]);
  });

  it('refuses a published note that names a draft in its prose, by id or by alias, naming both files', async () => {
    const root = rootWith('draft-entity', {
      'entities/northport.yaml': (text) => `draft: true\n${text}`,
      'briefings/harbour-reopening.mdx': (text) => text.replace('entities: [northport, mara-ellison]', 'entities: [mara-ellison]').replace('registered <FigureValue', 'registered, as <Entity name="the harbour town" /> says, <FigureValue'),
    });
    const { problems } = await check(root);
    const lines = problems.map((problem) => `${problem.file}:${problem.line}  ${problem.field}: ${problem.message}`);
    // The event and the briefing name the draft place; each is reported with the draft's file.
    expect(lines.filter((line) => line.includes('harbour-reopening.mdx'))).toEqual([
      expect.stringMatching(/harbour-reopening\.mdx:21 {2}<Entity id>: Refers to entity "northport", which is a draft \(draft-entity\/entities\/northport\.yaml has draft: true\)/),
      expect.stringMatching(/harbour-reopening\.mdx:21 {2}<Entity name>: Refers to entity "northport", which is a draft/),
    ]);
  });

  it('lets a draft name another draft', async () => {
    const root = rootWith('draft-both', {
      'entities/northport.yaml': (text) => `draft: true\n${text}`,
      'entities/mara-ellison.yaml': (text) => `draft: true\n${text}`,
      'events/east-quay-reopens.yaml': (text) => `draft: true\n${text}`,
      'briefings/harbour-reopening.mdx': (text) => text.replace('---\ntitle', '---\ndraft: true\ntitle'),
    });
    const { problems, drafts } = await check(root);
    expect(problems).toEqual([]);
    expect(drafts.map((draft) => draft.id).sort()).toEqual(['east-quay-reopens', 'harbour-reopening', 'mara-ellison', 'northport']);
  });
});

describe('checkBuiltSite and drafts', () => {
  it('expects no page for a draft, and refuses one that is there', () => {
    const out = path.join(scratch, 'site');
    for (const page of ['index.html', '404.html', 'briefings/harbour-reopening/index.html', 'entities/mara-ellison/index.html', 'entities/northport/index.html', 'sources/harbour-report/index.html', 'topics/ports/index.html', 'topics/politics/index.html']) {
      mkdirSync(path.dirname(path.join(out, page)), { recursive: true });
      writeFileSync(path.join(out, page), '<!doctype html><title>x</title>');
    }
    expect(checkBuiltSite(out, minimal)).toEqual([]);
    const draft = { collection: 'entities', id: 'northport', file: 'entities/northport.yaml' };
    expect(checkBuiltSite(out, minimal, [draft])).toEqual([expect.objectContaining({ file: 'entities/northport/index.html', message: expect.stringMatching(/The page of a draft \(entities\/northport\.yaml\) is in the built site/) })]);
    rmSync(path.join(out, 'entities/northport'), { recursive: true });
    expect(checkBuiltSite(out, minimal, [draft])).toEqual([]);
  });
});

describe('a new book’s folder notes', () => {
  it('read as sentences (issue 20: "the book\'s the source documents")', () => {
    expect(scaffoldBook({ title: 'T' }).get('sources/README.md')).toBe("This folder holds the book's source documents, which the notes cite, one `<id>.yaml` each (`npm run new` adds one).\n");
  });
});
