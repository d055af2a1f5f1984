import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/corpus';
import { validateCorpus } from '../../src/validation/validateCorpus';
import { readCorpusFromDisk } from '../helpers/readCorpusFromDisk';

const minimalRoot = path.resolve(import.meta.dirname, '../fixtures/minimal');
const root = 'tests/fixtures/minimal';
const minimalCorpus = await readCorpusFromDisk(minimalRoot);

/** A fresh copy of the minimal corpus, changed by `edit`. */
function corpusWith(edit: (corpus: Corpus) => void = () => {}): Corpus {
  const corpus = structuredClone(minimalCorpus);
  edit(corpus);
  return corpus;
}
const problemsOf = (edit: (corpus: Corpus) => void) => validateCorpus(corpusWith(edit), { contentRoot: root });
const briefing = (corpus: Corpus) => corpus.briefings[0]!;
/** Replaces the briefing's prose; the body starts on line 19 of the file. */
const withBody = (body: string) => (corpus: Corpus) => {
  briefing(corpus).body = body;
  briefing(corpus).bodyLine = 19;
};

describe('validateCorpus', () => {
  it('finds nothing wrong with a valid corpus', () => {
    expect(validateCorpus(corpusWith(), { contentRoot: root })).toEqual([]);
  });

  it('accepts an empty collection, as a new book has (a wrong content folder is caught by its missing book.yaml)', () => {
    const noEvents = (corpus: Corpus) => {
      corpus.events = [];
      briefing(corpus).data.events = [];
    };
    expect(problemsOf(noEvents)).toEqual([]);
  });

  it('reports a file name that cannot be an id', () => {
    const [problem] = problemsOf((corpus) => (corpus.figures[0]!.id = 'Ships_2024'));
    expect(problem?.message).toMatch(/^The file name "Ships_2024" is used as the id in URLs and references\./);
  });

  it('reports a reference to a missing entry, with the closest id as a hint', () => {
    expect(problemsOf((corpus) => (corpus.events[0]!.data.entities = [{ id: 'northpourt', collection: 'entities' }]))).toEqual([
      {
        file: 'tests/fixtures/minimal/events/east-quay-reopens.yaml',
        field: 'entities[0]',
        message: `Unknown entity "northpourt". Expected the id of a file in ${root}/entities/*.yaml — did you mean "northport"?`,
      },
    ]);
  });

  it('reports a citation of a paragraph the source does not have, with the field path', () => {
    const problems = problemsOf((corpus) => (briefing(corpus).data.keyJudgments[0]!.citations[0]!.paragraphs = [4, 5, 0]));
    expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
      'keyJudgments[0].citations[0].paragraphs: Paragraph 5 does not exist in source "harbour-report". Expected a whole number from 1 to 4.',
      'keyJudgments[0].citations[0].paragraphs: Paragraph 0 does not exist in source "harbour-report". Expected a whole number from 1 to 4.',
    ]);
  });

  it('reports a name claimed by two entities at the field that claims it', () => {
    const problems = problemsOf((corpus) => corpus.entities.find((entity) => entity.id === 'mara-ellison')!.data.aliases.push('The Harbour Town'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'tests/fixtures/minimal/entities/northport.yaml', field: 'aliases[0]' });
    expect(problems[0]!.message).toMatch(/"the harbour town" also belongs to "mara-ellison"/);
  });

  it('reports two briefings in one place of the reading order', () => {
    const problems = problemsOf((corpus) => corpus.briefings.push({ ...structuredClone(briefing(corpus)), id: 'second', filePath: 'second.mdx' }));
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['second.mdx order']);
  });

  describe('in prose', () => {
    it('reports an unknown component with a hint, at its line', () => {
      expect(problemsOf(withBody('Intro.\n\n<Qoute by="mara-ellison" p={3}>Words.</Qoute>'))).toEqual([
        expect.objectContaining({ line: 21, field: '<Qoute>', message: expect.stringMatching(/^Unknown component\. .* did you mean <Quote>\?$/) }),
      ]);
    });

    it('reports a missing attribute, an unknown one and a wrong value', () => {
      const problems = problemsOf(withBody('<Cite page={2} />\n<KeyJudgment likelihood="probable" confidence="low" p={1}>X.</KeyJudgment>'));
      expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual(['19 <Cite page>', '19 <Cite p>', '20 <KeyJudgment likelihood>']);
    });

    it('reports a cited paragraph beyond the source, for one number or a list', () => {
      const problems = problemsOf(withBody('A <Cite p={4} />.\nB <Cite p={[2, 7]} />.\nC <Cite p={99} />.'));
      expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
        '20: Paragraph 7 does not exist in source "harbour-report". Expected a whole number from 1 to 4.',
        '21: Paragraph 99 does not exist in source "harbour-report". Expected a whole number from 1 to 4.',
      ]);
    });

    it('reports references to entities and figures that do not exist', () => {
      const problems = problemsOf(withBody('<Entity name="Southport" /> has <FigureValue id="ships-registerd" />.'));
      expect(problems.map((problem) => `${problem.field}: ${problem.message}`)).toEqual([
        '<Entity name>: No entity is called "Southport". Expected an id, name or alias from the entities folder.',
        '<FigureValue id>: Unknown figure "ships-registerd". Expected the id of a file in tests/fixtures/minimal/figures/*.yaml — did you mean "ships-registered"?',
      ]);
    });

    it('accepts an entity by any of its names', () => {
      expect(problemsOf(withBody('<Entity name="the harbour town">the town</Entity> and <Entity name="Mara Elison" />.'))).toEqual([]);
    });

    it('reports raw scripts, styles and event handlers, but not examples in code', () => {
      const problems = problemsOf(withBody('<script>alert(1)</script>\n\n<img src="x" onerror="alert(2)" />\n\n`<script>` in code is fine.\n\n```\n<style>p{}</style>\n```'));
      expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual(['19 <script>', '21 onerror']);
    });
  });

  describe('figures kept as observations', () => {
    const observe = (days: string[]) => (corpus: Corpus) => {
      const figure = corpus.figures[0]!.data;
      figure.observations = days.map((asOf, index) => ({ value: 100 + index, qualifier: 'exact', estimated: false, asOf, citations: [{ source: { id: 'harbour-report' }, paragraphs: [1] }] })) as never;
    };

    it('accepts observations dated on or before their source was published (1 March 2025)', () => {
      expect(problemsOf(observe(['2024-12-31', '2025-03-01']))).toEqual([]);
    });

    it('refuses an observation dated after its source was published, naming the observation', () => {
      expect(problemsOf(observe(['2024-12-31', '2025-03-02']))).toEqual([
        {
          file: 'tests/fixtures/minimal/figures/ships-registered.yaml',
          field: 'observations[1].asOf',
          message:
            'Dated 2025-03-02, after source "harbour-report" was published (2025-03-01): a source cannot report a later day. Expected the day the source gives the number for (on or before 2025-03-01), or a later source.',
        },
      ]);
    });

    it('checks the citations of each observation where they are written', () => {
      const problems = problemsOf((corpus) => {
        observe(['2024-12-31'])(corpus);
        corpus.figures[0]!.data.observations![0]!.citations[0]!.paragraphs = [9];
      });
      expect(problems.map((problem) => problem.field)).toEqual(['observations[0].citations[0].paragraphs']);
    });
  });

  describe('<FigureCompare ids>', () => {
    const withSecondFigure = (unit: { singular: string; plural: string }) => (corpus: Corpus) => {
      corpus.figures.push({ ...structuredClone(corpus.figures[0]!), id: 'berths', filePath: 'berths.yaml' });
      corpus.figures[1]!.data.unit = unit;
    };

    it('accepts figures of one unit, as a list in braces or separated by commas', () => {
      for (const ids of ['{["ships-registered", "berths"]}', '"ships-registered, berths"']) {
        expect(problemsOf((corpus) => {
          withSecondFigure({ singular: 'ship', plural: 'ships' })(corpus);
          withBody(`<FigureCompare ids=${ids} />`)(corpus);
        })).toEqual([]);
      }
    });

    it('refuses figures of different units, with the line and what each counts', () => {
      expect(problemsOf((corpus) => {
        withSecondFigure({ singular: 'berth', plural: 'berths' })(corpus);
        withBody('Text.\n\n<FigureCompare ids={["ships-registered", "berths"]} />')(corpus);
      })).toEqual([
        {
          file: 'tests/fixtures/minimal/briefings/harbour-reopening.mdx',
          line: 21,
          field: '<FigureCompare ids>',
          message:
            'Figures of different units cannot share one scale: "ships-registered" counts ships, "berths" counts berths. Expected figures of one unit; show the others with <FigureValue> or their own <FigureChart>.',
        },
      ]);
    });

    it('refuses a single figure and an unknown one', () => {
      const messages = (body: string) => problemsOf(withBody(body)).map((problem) => problem.message);
      expect(messages('<FigureCompare ids={["ships-registered"]} />')).toEqual(['Expected at least 2 ids, got 1.']);
      expect(messages('<FigureCompare ids={["ships-registered", "shps"]} />')[0]).toMatch(/^Unknown figure "shps"/);
    });
  });
});
