import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationOf, defaultCalibration } from '../../src/citations/calibration';
import { checkConfidence, judgmentProblems, type JudgmentToCheck } from '../../src/citations/confidenceRules';
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
  const graded = (grade: 'A' | 'B' | 'C' | 'D' | 'E' | 'F') => new Map([['harbour-report', grade]]);

  it('accepts a low judgment on one paragraph of one ungraded source', () => {
    expect(judgmentProblems(judgment({ confidence: 'low' }), ungraded)).toEqual([]);
  });

  it('lets one source graded A to C, or two independent sources, carry moderate — but not one ungraded or graded D', () => {
    for (const grade of ['A', 'B', 'C'] as const) expect(judgmentProblems(judgment({}), graded(grade)), grade).toEqual([]);
    expect(judgmentProblems(judgment({ citations: [cite('a'), cite('b')] }), ungraded)).toEqual([]);
    expect(judgmentProblems(judgment({}), graded('D'))).toEqual([expect.stringContaining('rests on one source ("harbour-report", graded D)')]);
    const [problem, ...rest] = judgmentProblems(judgment({}), ungraded);
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'Key judgment 1 ("Traffic will grow.") is at moderate confidence but rests on one source ("harbour-report", not graded). The calibration table\'s rule for moderate confidence: two independent sources, or one graded A to C; at least one claim the source states as fact; not resting only on sources graded E or F; nor only on claims of credibility 5 or 6. Cite two independent sources, or one graded A to C (the source\'s reliability: field) if its record earns it, or lower the confidence to low.',
    );
  });

  it('holds a judgment resting only on sources graded E or F at low, however many there are', () => {
    const twoWeak = judgment({ citations: [cite('a'), cite('b')] });
    const weak = new Map([['a', 'E' as const], ['b', 'F' as const]]);
    expect(judgmentProblems(twoWeak, weak)).toEqual([
      expect.stringMatching(/is at moderate confidence but rests on 2 sources \("a", graded E; "b", graded F\), and a judgment resting only on sources graded E or F cannot be moderate\. .* or lower the confidence to low\.$/),
    ]);
    expect(judgmentProblems(judgment({ confidence: 'low', citations: [cite('a'), cite('b')] }), weak)).toEqual([]);
    expect(judgmentProblems(twoWeak, new Map([['a', 'F' as const]]))).toEqual([]);
  });

  it('holds a judgment resting only on reported claims or the source’s own reading at low', () => {
    const others = judgment({ citations: [cite('a', 'reported', 'Syrian sources'), cite('b', 'analysis')] });
    expect(judgmentProblems(others, ungraded)).toEqual([
      expect.stringMatching(/^Key judgment 1 \("Traffic will grow\."\) is at moderate confidence but cites only reported claims or the source's own analysis \(¶4 reported from Syrian sources; ¶4 the source's own analysis\)\. .* or lower the confidence to low\.$/),
    ]);
  });

  it('holds a judgment whose every claim is graded 5 or 6 for credibility at low, but not one with a claim left ungraded', () => {
    const unjudged = judgment({ citations: [{ ...cite('a'), credibility: 6 }, { ...cite('b'), credibility: 5 }] });
    expect(judgmentProblems(unjudged, ungraded)).toEqual([
      expect.stringMatching(/is at moderate confidence but every claim it cites is graded 5 or 6 for credibility \(¶4 credibility 6; ¶4 credibility 5\)\. .* or lower the confidence to low\.$/),
    ]);
    expect(judgmentProblems(judgment({ citations: [{ ...cite('a'), credibility: 6 }, cite('b')] }), ungraded)).toEqual([]);
    expect(judgmentProblems(judgment({ citations: [{ ...cite('a'), credibility: 3 }, { ...cite('b'), credibility: 2 }] }), ungraded)).toEqual([]);
  });

  it('refuses high confidence on one source graded C, naming the rule, the source and the level the sourcing carries', () => {
    const [problem, ...rest] = judgmentProblems(judgment({ confidence: 'high' }), graded('C'));
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'Key judgment 1 ("Traffic will grow.") is at high confidence but rests on one source ("harbour-report", graded C). The calibration table\'s rule for high confidence: two independent sources, or one graded A or B; at least one claim the source states as fact; not resting only on sources graded E or F; nor only on claims of credibility 5 or 6. Cite two independent sources, or one graded A or B (the source\'s reliability: field) if its record earns it, or lower the confidence to moderate.',
    );
  });

  it('lets two independent sources, or one graded A or B, carry high confidence', () => {
    expect(judgmentProblems(judgment({ confidence: 'high', citations: [cite('a'), cite('b')] }), ungraded)).toEqual([]);
    const single = judgment({ confidence: 'high', citations: [cite('a'), { ...cite('a'), paragraphs: [9] }] });
    expect(judgmentProblems(single, new Map([['a', 'B' as const]]))).toEqual([]);
  });

  it('holds both ends of the likelihood scale to the sources high confidence needs', () => {
    expect(judgmentProblems(judgment({ confidence: 'low', likelihood: 'almost-certain' }), ungraded)).toEqual([
      expect.stringMatching(/^Key judgment 1 \("Traffic will grow\."\) is "almost certain" \(95–99%\) but rests on one source .* or use very-likely\.$/),
    ]);
    expect(judgmentProblems(judgment({ confidence: 'low', likelihood: 'almost-no-chance' }), ungraded)).toEqual([expect.stringContaining('"almost no chance" (1–5%)')]);
    expect(judgmentProblems(judgment({ confidence: 'low', likelihood: 'very-likely' }), ungraded)).toEqual([]);
  });

  it('refuses high confidence on reported claims and the source’s own analysis, even when corroborated', () => {
    const high = judgment({ confidence: 'high', citations: [cite('a', 'reported', 'Syrian sources'), cite('b', 'analysis')] });
    expect(judgmentProblems(high, ungraded)).toEqual([expect.stringMatching(/is at high confidence but cites only reported claims .* or lower the confidence to low\.$/)]);
    const withFact = judgment({ confidence: 'high', citations: [cite('a', 'reported', 'Syrian sources'), cite('b')] });
    expect(judgmentProblems(withFact, ungraded)).toEqual([]);
  });

  it('requires a citation, and says so instead of judging sourcing it cannot see', () => {
    expect(judgmentProblems(judgment({ confidence: 'high', citations: [] }), ungraded)).toEqual([
      expect.stringMatching(/^Key judgment 1 \("Traffic will grow\."\) cites no source paragraph\. .*p=\{n\} on <KeyJudgment>\.$/),
    ]);
  });

  it('follows a book’s own table: a relaxed row, the flat keys of earlier books, a switched-off rule', () => {
    const oneSourceModerate = calibrationOf({ confidenceRules: { moderate: { independentSources: 1, weakReliability: [] } } });
    expect(judgmentProblems(judgment({}), graded('F'), oneSourceModerate)).toEqual([]);
    expect(judgmentProblems(judgment({ confidence: 'high' }), graded('F'), oneSourceModerate)).toEqual([expect.stringContaining('or lower the confidence to moderate.')]);
    const legacy = calibrationOf({ confidenceRules: { highConfidenceNeedsCorroboration: false, judgmentNeedsCitation: false } });
    expect(judgmentProblems(judgment({ confidence: 'high' }), ungraded, legacy)).toEqual([]);
    expect(judgmentProblems(judgment({ citations: [] }), ungraded, legacy)).toEqual([]);
    expect(judgmentProblems(judgment({ confidence: 'high' }), graded('C'), calibrationOf({ confidenceRules: { strongReliability: ['A', 'B', 'C'] } }))).toEqual([]);
    expect(Object.isFrozen(defaultCalibration) && Object.isFrozen(defaultCalibration.levels[1]!.requires)).toBe(true);
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

  it('runs inside validateCorpus, which takes a book’s own table as its calibration option', () => {
    const corpus = corpusWith((c) => {
      c.briefings[0]!.data.keyJudgments[0]!.likelihood = 'almost-certain';
    });
    expect(validateCorpus(corpus, { contentRoot: 'tests/fixtures/minimal' }).map((problem) => problem.field)).toEqual(['keyJudgments[0]']);
    const relaxed = calibrationOf({ confidenceRules: { extremeLikelihoodNeedsCorroboration: false } });
    expect(validateCorpus(corpus, { contentRoot: 'tests/fixtures/minimal', calibration: relaxed })).toEqual([]);
  });
});
