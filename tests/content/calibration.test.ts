import { describe, expect, it } from 'vitest';
import { calibrationOf } from '../../src/citations/calibration';
import { checkConfidence } from '../../src/citations/confidenceRules';
import { readBookFile } from '../../src/book/readBookFile';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

// The sample book rests on one news analysis graded F: under its calibration table no judgment can be above low.
const corpus = await readCorpusFromDisk();
const book = readBookFile('content', {});
const table = calibrationOf(book.ok ? book.book : {});

describe('the sample book under its calibration table', () => {
  it('keeps the default table (book.yaml relaxes nothing)', () => {
    expect(book.ok && book.book.confidenceRules).toBeFalsy();
  });

  it('passes, and raising any front-matter judgment to moderate fails with a message about its confidence', () => {
    expect(checkConfidence(corpus, table)).toEqual([]);
    const judgments = corpus.briefings.flatMap((briefing, b) => briefing.data.keyJudgments.map((_, k) => [b, k] as const));
    expect(judgments.length).toBeGreaterThan(10);
    for (const [b, k] of judgments) {
      const raised = structuredClone(corpus);
      raised.briefings[b]!.data.keyJudgments[k]!.confidence = 'moderate';
      const problems = checkConfidence(raised, table);
      expect(problems.map((problem) => problem.field), `${corpus.briefings[b]!.id} ${k}`).toContain(`keyJudgments[${k}]`);
      expect(problems.find((problem) => problem.field === `keyJudgments[${k}]`)!.message).toMatch(/is at moderate confidence but .* The calibration table's rule for moderate confidence/);
    }
  });

  it('fails the same way for a <KeyJudgment> in prose raised to moderate', () => {
    const briefing = corpus.briefings.findIndex((entry) => /<KeyJudgment[^>]*confidence="low"/.test(entry.body));
    expect(briefing).toBeGreaterThan(-1);
    const raised = structuredClone(corpus);
    raised.briefings[briefing]!.body = raised.briefings[briefing]!.body.replace(/(<KeyJudgment[^>]*)confidence="low"/, '$1confidence="moderate"');
    const problems = checkConfidence(raised, table);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatchObject({ field: '<KeyJudgment>', message: expect.stringMatching(/is at moderate confidence but/) });
  });
});
