import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { citationSchema } from '../../src/schemas/citation';
import { keyJudgmentSchema } from '../../src/schemas/keyJudgment';
import { sourceSchema } from '../../src/schemas/source';
import { mapParagraphUses } from '../../src/citations/citationsOfParagraph';
import type { Corpus } from '../../src/corpus/corpus';
import { describeAttribution, describeClaimUse, describeGrade } from '../../src/citations/describeAttribution';
import { listBriefingCitations } from '../../src/citations/listBriefingCitations';
import { validateCorpus } from '../../src/validation/validateCorpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

function problemsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
const citation = { source: 'syria-russia-talks-2026', paragraphs: [5] };

describe('citation attribution', () => {
  it('defaults to a claim the source states, with no grade', () => {
    expect(citationSchema.parse(citation)).toEqual({ source: { id: 'syria-russia-talks-2026', collection: 'sources' }, paragraphs: [5], attribution: 'stated' });
  });
  it('takes a reported claim with who reports it, and an Admiralty credibility', () => {
    const parsed = citationSchema.parse({ ...citation, attribution: 'reported', by: 'Syrian Foreign Ministry sources', credibility: 3 });
    expect(parsed).toMatchObject({ attribution: 'reported', by: 'Syrian Foreign Ministry sources', credibility: 3 });
  });
  it('requires `by` for a reported claim and refuses it on any other', () => {
    expect(problemsOf(citationSchema, { ...citation, attribution: 'reported' })).toEqual([
      'by: Expected `by` for a reported claim: who the source reports it from, e.g. by: local officials',
    ]);
    expect(problemsOf(citationSchema, { ...citation, attribution: 'analysis', by: 'analysts' })).toEqual([
      'by: `by` names who the source reports a claim from, so it goes with attribution: reported (this citation is analysis). Expected attribution: reported, or no `by`',
    ]);
    expect(problemsOf(citationSchema, { ...citation, by: 'analysts' })).toHaveLength(1);
  });
  it('names the allowed attributions and the credibility range', () => {
    expect(problemsOf(citationSchema, { ...citation, attribution: 'rumoured' })).toEqual(['attribution: Expected one of: stated, reported, analysis']);
    expect(problemsOf(citationSchema, { ...citation, credibility: 7 })).toEqual(['credibility: Expected a credibility from 1 (confirmed) to 6 (cannot be judged)']);
    expect(problemsOf(citationSchema, { ...citation, credibility: '2' })).toEqual([
      'credibility: Expected a credibility from 1 (confirmed) to 6 (cannot be judged), without quotes',
    ]);
  });
  it('lets a key judgment leave out citations, for the confidence rules to report with their reason', () => {
    expect(keyJudgmentSchema.parse({ statement: 'S.', likelihood: 'likely', confidence: 'low' }).citations).toEqual([]);
  });
});

describe('source reliability', () => {
  const source = {
    title: 'T',
    shortTitle: 'T',
    kind: 'news-analysis',
    published: '2026-01-29',
    paragraphCount: 1,
    sections: [{ title: 'All', paragraphs: [1, 1] }],
  };
  it('is optional and takes an Admiralty grade A–F', () => {
    expect(sourceSchema.parse(source).reliability).toBeUndefined();
    expect(sourceSchema.parse({ ...source, reliability: 'F' }).reliability).toBe('F');
    expect(problemsOf(sourceSchema, { ...source, reliability: 'G' })).toEqual([
      'reliability: Expected an Admiralty reliability grade: A (completely reliable) to E (unreliable), or F (cannot be judged)',
    ]);
  });
});

describe('attribution in words', () => {
  it('says whose claim a citation carries, by the kind of document', () => {
    expect(describeAttribution({ attribution: 'reported', by: 'Syrian sources' }, 'news-analysis')).toBe('Syrian sources, reported');
    expect(describeAttribution({ attribution: 'analysis' }, 'news-analysis')).toBe('the article’s reading');
    expect(describeAttribution({ attribution: 'analysis' }, 'report')).toBe('the report’s reading');
    expect(describeAttribution({}, 'report')).toBeUndefined();
  });
  it('grades a claim code first, then in words, with whatever half is known', () => {
    expect(describeGrade('B', 2)).toBe('B2 — usually reliable source, probably true');
    expect(describeGrade(undefined, 6)).toBe('credibility 6 — truth cannot be judged');
    expect(describeGrade('E', undefined)).toBe('E — unreliable source');
    expect(describeGrade('F', 3)).toBe('F3 — source reliability cannot be judged, possibly true');
    expect(describeGrade(undefined, undefined)).toBeUndefined();
  });
  it('describes how a claim rests on a paragraph, for the source page and the notes', () => {
    const source = { kind: 'news-analysis', reliability: 'C' } as const;
    expect(describeClaimUse({ attribution: 'stated' }, source)).toBe('stated');
    expect(describeClaimUse({ attribution: 'reported', by: 'analysts', credibility: 3 }, source)).toBe('reported by analysts (C3 — fairly reliable source, possibly true)');
    expect(describeClaimUse({ attribution: 'analysis', basisOfAssessment: true }, source)).toBe('basis of our assessment');
  });
});

describe('how a briefing’s claims rest on each paragraph', () => {
  const briefing = {
    data: {
      sources: [{ id: 'src' }],
      keyJudgments: [{ citations: [{ source: { id: 'src' }, paragraphs: [11], attribution: 'analysis' }] }],
    },
    body: [
      'Damascus wants the base back <Cite p={5} as="reported" by="Syrian sources" credibility={3} />, and again <Cite p={5} as="reported" by="Syrian sources" credibility={3} />.',
      'The landing <Cite p={1} />. <AnalystComment basis={[3, 11]}>Ours.</AnalystComment>',
    ].join('\n'),
  } as unknown as Parameters<typeof listBriefingCitations>[0];

  it('lists each distinct way once per paragraph, and marks the basis of our own assessments', () => {
    expect(listBriefingCitations(briefing, () => [])).toEqual([
      {
        sourceId: 'src',
        paragraphs: [1, 3, 5, 11],
        uses: {
          1: [{ attribution: 'stated' }],
          3: [{ attribution: 'analysis', basisOfAssessment: true }],
          5: [{ attribution: 'reported', by: 'Syrian sources', credibility: 3 }],
          11: [{ attribution: 'analysis' }, { attribution: 'analysis', basisOfAssessment: true }],
        },
      },
    ]);
  });

  it('carries the ways to the source page’s per-paragraph list', () => {
    const corpus = {
      briefings: [{ ...briefing, id: 'b', data: { ...(briefing as { data: object }).data, title: 'B' } }],
      figures: [{ id: 'f', data: { label: 'F', citations: [{ source: { id: 'src' }, paragraphs: [5], attribution: 'stated' }] } }],
      events: [],
      entities: [],
    } as unknown as Corpus;
    const uses = mapParagraphUses(corpus, 'src');
    expect(uses.get(5)).toEqual([
      { collection: 'briefings', id: 'b', title: 'B', how: [{ attribution: 'reported', by: 'Syrian sources', credibility: 3 }] },
      { collection: 'figures', id: 'f', title: 'F', how: [{ attribution: 'stated' }] },
    ]);
    expect(uses.get(11)?.[0]?.how?.map((claim) => describeClaimUse(claim, { kind: 'news-analysis' }))).toEqual(['the article’s reading', 'basis of our assessment']);
  });
});

const minimal = await readCorpusFromDisk(path.resolve(import.meta.dirname, '../fixtures/minimal'));

describe('attribution attributes in prose', () => {
  const problemsIn = (body: string) => {
    const corpus = structuredClone(minimal);
    corpus.briefings[0]!.body = body;
    corpus.briefings[0]!.bodyLine = 19;
    return validateCorpus(corpus, { contentRoot: 'tests/fixtures/minimal' }).map(({ line, field, message }) => ({ line, field, message }));
  };

  it('accepts every form the API allows', () => {
    expect(
      problemsIn('A <Cite p={1} as="reported" by="the harbour master" credibility={2} /> B <Cite p={2} as="analysis" /> <AnalystComment basis={[1, 4]}>Ours.</AnalystComment> <AnalystComment>Ours too.</AnalystComment>\n<KeyJudgment likelihood="likely" confidence="low" p={4} as="reported" by="pilots">J.</KeyJudgment>'),
    ).toEqual([]);
  });
  it('names the line and attribute of a reported claim without `by`, a `by` without reported, and bad values', () => {
    expect(problemsIn('Intro.\n<Cite p={1} as="reported" />\n<Cite p={1} by="pilots" />\n<Cite p={1} as="rumour" credibility={9} />\n<AnalystComment basis={[5]}>X.</AnalystComment>')).toEqual([
      { line: 20, field: '<Cite by>', message: 'Missing: a reported claim says who the source reports it from, e.g. as="reported" by="local officials".' },
      { line: 21, field: '<Cite by>', message: 'by="…" names who the source reports a claim from, so it goes with as="reported". Expected as="reported", or no by.' },
      { line: 22, field: '<Cite as>', message: 'Expected one of stated, reported, analysis, got "rumour".' },
      { line: 22, field: '<Cite credibility>', message: 'Expected a whole number from 1 to 6 in braces, like {1}, got 9.' },
      { line: 23, field: '<AnalystComment basis>', message: 'Paragraph 5 does not exist in source "harbour-report". Expected a whole number from 1 to 4.' },
    ]);
  });
});
