import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfidence, defaultConfidenceRules, judgmentProblems, type JudgmentToCheck } from '../../src/citations/confidenceRules';
import type { Corpus } from '../../src/corpus/corpus';
import { validateCorpus } from '../../src/validation/validateCorpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

const minimalCorpus = await readCorpusFromDisk(path.resolve(import.meta.dirname, '../fixtures/minimal'));

const cite = (sourceId: string, attribution: 'stated' | 'reported' | 'analysis' = 'stated', by?: string) => ({ sourceId, paragraphs: [4], attribution, by });
const judgment = (overrides: Partial<JudgmentToCheck>): JudgmentToCheck => ({
  name: 'Key judgment 1 ("Traffic will grow.")',
  likelihood: 'likely',
  confidence: 'moderate',
  citations: [cite('harbour-report')],
  ...overrides,
});
const ungraded = new Map<string, undefined>();

describe('judgmentProblems', () => {
  it('accepts a moderate, likely judgment on one stated paragraph', () => {
    expect(judgmentProblems(judgment({}), ungraded)).toEqual([]);
  });

  it('refuses high confidence on one ungraded source, naming the judgment, the source and the way out', () => {
    const [problem, ...rest] = judgmentProblems(judgment({ confidence: 'high' }), ungraded);
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'Key judgment 1 ("Traffic will grow.") is at high confidence but rests on one source ("harbour-report", not graded). High confidence needs corroborated or proven sourcing (ICD 203). Cite 2 independent sources, or one graded A or B (the source\'s reliability: field) if its record earns it, or lower the confidence to moderate.',
    );
  });

  it('lets two independent sources, or one graded A or B, carry high confidence — but not one graded C', () => {
    const high = judgment({ confidence: 'high', citations: [cite('a'), cite('b')] });
    expect(judgmentProblems(high, ungraded)).toEqual([]);
    const single = judgment({ confidence: 'high', citations: [cite('a'), { ...cite('a'), paragraphs: [9] }] });
    expect(judgmentProblems(single, new Map([['a', 'B' as const]]))).toEqual([]);
    expect(judgmentProblems(single, new Map([['a', 'C' as const]]))).toEqual([expect.stringContaining('rests on one source ("a", graded C)')]);
  });

  it('holds both ends of the likelihood scale to the same corroboration', () => {
    expect(judgmentProblems(judgment({ likelihood: 'almost-certain' }), ungraded)).toEqual([
      expect.stringMatching(/^Key judgment 1 \("Traffic will grow\."\) is "almost certain" \(95–99%\) but rests on one source .* or use very-likely\.$/),
    ]);
    expect(judgmentProblems(judgment({ likelihood: 'almost-no-chance' }), ungraded)).toEqual([expect.stringContaining('"almost no chance" (1–5%)')]);
    expect(judgmentProblems(judgment({ likelihood: 'very-likely' }), ungraded)).toEqual([]);
  });

  it('refuses high confidence on reported claims and the source’s own analysis, even when corroborated', () => {
    const high = judgment({ confidence: 'high', citations: [cite('a', 'reported', 'Syrian sources'), cite('b', 'analysis')] });
    expect(judgmentProblems(high, ungraded)).toEqual([
      "Key judgment 1 (\"Traffic will grow.\") is at high confidence but cites only reported claims or the source's own analysis (¶4 reported from Syrian sources; ¶4 the source's own analysis). A judgment resting on others' readings cannot be high: cite a paragraph that states the facts, or lower the confidence to moderate.",
    ]);
    const withFact = judgment({ confidence: 'high', citations: [cite('a', 'reported', 'Syrian sources'), cite('b')] });
    expect(judgmentProblems(withFact, ungraded)).toEqual([]);
  });

  it('requires a citation, and says so instead of judging sourcing it cannot see', () => {
    expect(judgmentProblems(judgment({ confidence: 'high', citations: [] }), ungraded)).toEqual([
      expect.stringMatching(/^Key judgment 1 \("Traffic will grow\."\) cites no source paragraph\. .*p=\{n\} on <KeyJudgment>\.$/),
    ]);
  });

  it('can be relaxed rule by rule, and the defaults cannot be changed by accident', () => {
    const relaxed = { ...defaultConfidenceRules, highConfidenceNeedsCorroboration: false, judgmentNeedsCitation: false };
    expect(judgmentProblems(judgment({ confidence: 'high' }), ungraded, relaxed)).toEqual([]);
    expect(judgmentProblems(judgment({ citations: [] }), ungraded, relaxed)).toEqual([]);
    expect(judgmentProblems(judgment({ confidence: 'high' }), ungraded, { ...defaultConfidenceRules, independentSources: 1 })).toEqual([]);
    expect(judgmentProblems(judgment({ confidence: 'high' }), new Map([['harbour-report', 'C' as const]]), { ...defaultConfidenceRules, strongReliability: ['A', 'B', 'C'] })).toEqual([]);
    expect(Object.isFrozen(defaultConfidenceRules)).toBe(true);
  });
});

describe('checkConfidence', () => {
  const corpusWith = (edit: (corpus: Corpus) => void) => {
    const corpus = structuredClone(minimalCorpus);
    edit(corpus);
    return corpus;
  };

  it('passes the minimal book', () => {
    expect(checkConfidence(minimalCorpus)).toEqual([]);
  });

  it('names the front-matter field of a judgment that breaks a rule', () => {
    const corpus = corpusWith((c) => {
      c.briefings[0]!.data.keyJudgments[0]!.confidence = 'high';
    });
    expect(checkConfidence(corpus)).toEqual([
      {
        file: minimalCorpus.briefings[0]!.filePath,
        field: 'keyJudgments[0]',
        message: expect.stringMatching(/^Key judgment 1 \("Traffic through Northport will keep growing next year\."\) is at high confidence but rests on one source/),
      },
    ]);
  });

  it('reads <KeyJudgment> in prose, with its line, its attribution and the briefing’s sole source', () => {
    const corpus = corpusWith((c) => {
      const briefing = c.briefings[0]!;
      briefing.body = 'Intro.\n\n<KeyJudgment likelihood="likely" confidence="high" p={4} as="analysis">More ships will call.</KeyJudgment>\n\n<KeyJudgment likelihood="likely" confidence="low">Unsourced.</KeyJudgment>\n';
      briefing.bodyLine = 19;
      c.sources[0]!.data.reliability = 'A';
    });
    expect(checkConfidence(corpus)).toEqual([
      {
        file: minimalCorpus.briefings[0]!.filePath,
        line: 21,
        field: '<KeyJudgment>',
        message: expect.stringMatching(/^<KeyJudgment> "More ships will call\." is at high confidence but cites only reported claims or the source's own analysis \(¶4 the source's own analysis\)/),
      },
      { file: minimalCorpus.briefings[0]!.filePath, line: 23, field: '<KeyJudgment>', message: expect.stringMatching(/^<KeyJudgment> "Unsourced\." cites no source paragraph\./) },
    ]);
  });

  it('runs inside validateCorpus, which takes a relaxed rule set as its confidenceRules option', () => {
    const corpus = corpusWith((c) => {
      c.briefings[0]!.data.keyJudgments[0]!.likelihood = 'almost-certain';
    });
    expect(validateCorpus(corpus, { contentRoot: 'tests/fixtures/minimal' }).map((problem) => problem.field)).toEqual(['keyJudgments[0]']);
    const relaxed = { ...defaultConfidenceRules, extremeLikelihoodNeedsCorroboration: false };
    expect(validateCorpus(corpus, { contentRoot: 'tests/fixtures/minimal', confidenceRules: relaxed })).toEqual([]);
  });
});
