import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCredibility } from '../../src/citations/checkCredibility';
import type { Corpus } from '../../src/corpus/corpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

const minimal = await readCorpusFromDisk(path.resolve(import.meta.dirname, '../fixtures/minimal'));
const withEdit = (edit: (corpus: Corpus) => void) => {
  const corpus = structuredClone(minimal);
  edit(corpus);
  return corpus;
};

describe('checkCredibility', () => {
  it('passes the minimal book', () => {
    expect(checkCredibility(minimal)).toEqual([]);
  });

  it('refuses credibility 1 on a claim whose citations name one source, with the field and what to do', () => {
    const corpus = withEdit((c) => {
      c.events[0]!.data.citations[0]!.credibility = 1;
    });
    expect(checkCredibility(corpus)).toEqual([
      {
        file: minimal.events[0]!.filePath,
        field: 'citations[0].credibility',
        message: expect.stringMatching(/^Credibility 1 means "confirmed by other sources", but these citations name only "harbour-report"\. Cite the source that confirms the claim beside this one, or give the credibility the book can show: 2 .*6 when its truth cannot be judged\.$/),
      },
    ]);
  });

  it('accepts credibility 1 beside a second source, and every other grade on one source', () => {
    const confirmed = withEdit((c) => {
      const [first] = c.events[0]!.data.citations;
      c.events[0]!.data.citations = [{ ...first!, credibility: 1 }, { ...first!, source: { id: 'other-report', collection: 'sources' } as never }];
    });
    expect(checkCredibility(confirmed)).toEqual([]);
    for (const credibility of [2, 3, 4, 5, 6]) expect(checkCredibility(withEdit((c) => (c.figures[0]!.data.citations[0]!.credibility = credibility)))).toEqual([]);
  });

  it('reads <Cite credibility={1}> in a briefing that lists one source, with its line', () => {
    const corpus = withEdit((c) => {
      c.briefings[0]!.body = 'Intro.\n\nThe quay reopened<Cite p={2} credibility={1} />.\n';
      c.briefings[0]!.bodyLine = 19;
    });
    expect(checkCredibility(corpus)).toEqual([{ file: minimal.briefings[0]!.filePath, line: 21, field: '<Cite>', message: expect.stringContaining('but the briefing lists only "harbour-report"') }]);
  });
});
