import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findAttributionCues, warnAttributionCues } from '../../src/citations/attributionCues';
import { checkContent } from '../../src/check/checkContent';
import { formatProblems } from '../../src/contentFiles/contentProblem';
import type { Corpus } from '../../src/corpus/corpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const minimal = await readCorpusFromDisk(path.join(projectRoot, 'tests/fixtures/minimal'));
const withEdit = (edit: (corpus: Corpus) => void) => {
  const corpus = structuredClone(minimal);
  edit(corpus);
  return corpus;
};

describe('findAttributionCues', () => {
  it('finds the documented cue words as the text writes them', () => {
    expect(findAttributionCues("In the article's view, Turkey has consolidated its zone.")).toEqual(["In the article's view"]);
    expect(findAttributionCues('the region where, in the article’s reading, Russia wants a voice')).toEqual(['in the article’s reading']);
    expect(findAttributionCues('According to port officials the quay reopened; analysts disagree.')).toEqual(['According to', 'analysts']);
    expect(findAttributionCues('The ship was reportedly seized; it is said to be empty; Syrian sources said so.')).toEqual(['reportedly', 'is said to', 'sources said']);
  });

  it('leaves plain statements of fact, and the source itself speaking, alone', () => {
    expect(findAttributionCues('The east quay reopened in June.')).toEqual([]);
    expect(findAttributionCues('The source says the second visit came within four months.')).toEqual([]);
  });
});

describe('warnAttributionCues', () => {
  it('passes the minimal book, whose texts use no cue', () => {
    expect(warnAttributionCues(minimal)).toEqual([]);
  });

  it('warns about each stated citation of an entry whose text uses a cue, naming the field, the cue and the way out', () => {
    const corpus = withEdit((c) => {
      c.entities[0]!.data.role = `In the report's view, ${c.entities[0]!.data.role}`;
    });
    const [warning, ...rest] = warnAttributionCues(corpus);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: minimal.entities[0]!.filePath, field: 'citations[0]' });
    expect(warning!.message).toMatch(/^The text says "In the report's view" \(role\), but this citation of ¶\d+(, ¶\d+)* says the source states it as fact \(attribution: stated, the default\)\. .*attribution: analysis.*attribution: reported with by: who.*add confirmedStated: true\.$/);
  });

  it('is satisfied by a reported or analysis citation on the entry, and silenced per citation by confirmedStated', () => {
    const cue = (c: Corpus) => (c.events[0]!.data.summary = `According to the harbour master, ${c.events[0]!.data.summary}`);
    expect(warnAttributionCues(withEdit(cue)).map((warning) => warning.field)).toEqual(['citations[0]']);
    expect(warnAttributionCues(withEdit((c) => { cue(c); c.events[0]!.data.citations[0]!.attribution = 'reported'; c.events[0]!.data.citations[0]!.by = 'the harbour master'; }))).toEqual([]);
    expect(warnAttributionCues(withEdit((c) => { cue(c); c.events[0]!.data.citations[0]!.confirmedStated = true; }))).toEqual([]);
  });

  it('reads figures and source digests too: a digest line is a claim about its paragraph', () => {
    const corpus = withEdit((c) => {
      c.figures[0]!.data.definition = `Ships registered, reportedly. ${c.figures[0]!.data.definition}`;
      c.sources[0]!.data.digest![2] = 'What analysts make of the harbour master.';
    });
    expect(warnAttributionCues(corpus).map((warning) => [warning.file, warning.field])).toEqual([
      [minimal.figures[0]!.filePath, 'citations[0]'],
      [minimal.sources[0]!.filePath, 'digest[2]'],
    ]);
    const reported = withEdit((c) => {
      c.sources[0]!.data.digest![2] = { text: 'What analysts make of the harbour master.', attribution: 'reported', by: 'analysts' };
    });
    expect(warnAttributionCues(reported)).toEqual([]);
  });
});

describe('the warning in npm run check', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'briefbook-cues-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is printed with file, line and field, and fails nothing', async () => {
    const root = path.join(scratch, 'cue');
    cpSync(path.join(projectRoot, 'tests/fixtures/minimal'), root, { recursive: true });
    const entity = path.join(root, 'entities/northport.yaml');
    writeFileSync(entity, readFileSync(entity, 'utf8').replace(/^role: /m, 'role: According to the report, '));
    const { problems, warnings } = await checkContent({ env: { BRIEFBOOK_CONTENT: root }, cwd: scratch });
    expect(problems).toEqual([]);
    expect(formatProblems(warnings, 'warning')).toMatch(/^1 warning about the content:\n {2}cue\/entities\/northport\.yaml:\d+ {2}citations\[0\]: The text says "According to" \(role\)/);
  });
});
