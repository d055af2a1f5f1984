import { describe, expect, it } from 'vitest';
import { closestMatch } from '../../src/contentFiles/closestMatch';
import { describeSchemaIssue, describeValue, formatFieldPath } from '../../src/contentFiles/describeSchemaIssue';
import { fieldsOfSchemaAt } from '../../src/contentFiles/fieldsOfSchemaAt';
import { findNameUses } from '../../src/entities/findNameUses';
import { locateYamlField } from '../../src/contentFiles/locateYamlField';
import { maskQuotedText } from '../../src/copiedText/maskQuotedText';
import { parseYamlText } from '../../src/contentFiles/parseYamlText';
import { splitFrontmatter } from '../../src/contentFiles/splitFrontmatter';
import { briefingSchema } from '../../src/schemas/briefing';
import { figureSchema } from '../../src/schemas/figure';

describe('parseYamlText', () => {
  it('keeps dates as the text written, so an impossible day is not rolled over', () => {
    expect(parseYamlText('date: 2026-02-30\nyear: 2015')).toEqual({ ok: true, data: { date: '2026-02-30', year: 2015 } });
  });
  it('locates a syntax error and says what is wrong', () => {
    expect(parseYamlText('a: 1\nb: [2\nc: 3')).toMatchObject({ ok: false, line: 3, message: expect.stringMatching(/^YAML syntax error: /) });
  });
  it('points an unclosed quotation mark at the line that opened it', () => {
    expect(parseYamlText('title: "Open\nsummary: x\nmore: y')).toMatchObject({ ok: false, line: 1, message: expect.stringContaining('never closed') });
  });
  it('reports a key written twice', () => {
    expect(parseYamlText('ports: 1\npolitics: 2\nports: 3')).toMatchObject({ ok: false, line: 3, message: expect.stringContaining('written twice') });
  });
});

describe('locateYamlField', () => {
  const text = 'label: Ships\nvalue: 120\ncitations:\n  - { source: a, paragraphs: [1] }\n  - source: b\n    paragraphs: [2]\n';
  it('finds a nested field by its path', () => {
    expect(locateYamlField(text, ['value'])).toBe(2);
    expect(locateYamlField(text, ['citations', 0, 'paragraphs'])).toBe(4);
    expect(locateYamlField(text, ['citations', 1, 'paragraphs'])).toBe(6);
  });
  it('places a missing field at the nearest enclosing one', () => {
    expect(locateYamlField(text, ['citations', 1, 'note'])).toBe(5);
    expect(locateYamlField(text, ['definition'])).toBe(1);
  });
});

describe('splitFrontmatter', () => {
  it('finds the YAML and blanks it, keeping line numbers', () => {
    const text = '---\ntitle: X\n---\n\nBody <Cite p={1} />\n';
    const frontmatter = splitFrontmatter(text)!;
    expect(frontmatter.yaml).toBe('\ntitle: X\n');
    expect(frontmatter.yamlLineOffset).toBe(0);
    expect(frontmatter.blanked.split('\n')).toHaveLength(text.split('\n').length);
    expect(frontmatter.blanked.split('\n')[4]).toBe('Body <Cite p={1} />');
  });
  it('returns undefined when there is no front matter', () => {
    expect(splitFrontmatter('title: X\n---\nBody')).toBeUndefined();
  });
});

describe('describeSchemaIssue', () => {
  const issuesOf = (schema: typeof figureSchema | typeof briefingSchema, data: unknown) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success ? [] : result.error.issues.map((issue) => `${formatFieldPath(issue.path)}: ${describeSchemaIssue(issue)}`);
  };
  const figure = { label: 'Ships', value: 120, unit: { singular: 'ship', plural: 'ships' }, qualifier: 'over', asOf: '2024-01-01', definition: 'd', citations: [{ source: 's', paragraphs: [1] }] };

  it('says what is missing and what was expected', () => {
    const { label: _, ...noLabel } = figure;
    expect(issuesOf(figureSchema, noLabel)).toEqual(['label: Missing. Expected text.']);
  });
  it('keeps the schema’s own message and shows the value found', () => {
    expect(issuesOf(figureSchema, { ...figure, value: '1,200' })).toEqual(['value: Expected a number without quotes, units or thousands separators, e.g. 12000, got "1,200".']);
  });
  it('lists the allowed values, with a hint for a near miss', () => {
    expect(issuesOf(figureSchema, { ...figure, qualifier: 'ovre' })).toEqual(['qualifier: Expected one of: exact, over, at least, about, estimated; got "ovre" — did you mean "over"?']);
  });
  it('describes lists too short and text too long', () => {
    expect(issuesOf(figureSchema, { ...figure, citations: [] })[0]).toMatch(/^citations: Expected at least one citation/);
    expect(issuesOf(figureSchema, { ...figure, unit: { singular: '', plural: 'ships' } })).toEqual(['unit.singular: Expected some text, got empty text.']);
  });
  it('writes values readably', () => {
    expect([describeValue(undefined), describeValue(''), describeValue([1, 2]), describeValue({ a: 1 }), describeValue(null)]).toEqual([
      'nothing',
      'empty text',
      'a list of 2',
      'a mapping with "a"',
      'an empty value',
    ]);
  });
});

describe('fieldsOfSchemaAt', () => {
  it('lists the fields an object schema accepts, at any depth', () => {
    expect(fieldsOfSchemaAt(figureSchema, ['unit'])).toEqual(['singular', 'plural']);
    expect(fieldsOfSchemaAt(briefingSchema, ['keyJudgments', 0, 'citations', 0])).toEqual(['source', 'paragraphs', 'attribution', 'by', 'credibility', 'confirmedStated']);
    expect(fieldsOfSchemaAt(figureSchema, ['value'])).toBeUndefined();
  });
});

describe('closestMatch', () => {
  it('counts two swapped letters as one slip', () => {
    expect(closestMatch('lable', ['label', 'value'])).toBe('label');
    expect(closestMatch('defintion', ['definition', 'description'])).toBe('definition');
  });
  it('gives no hint when nothing is close', () => {
    expect(closestMatch('colour', ['label', 'value'])).toBeUndefined();
  });
});

describe('maskQuotedText and findNameUses', () => {
  const names = [
    { name: 'Shara', entityId: 'ahmed-al-sharaa' },
    { name: 'Ahmad Shara', entityId: 'ahmed-al-sharaa' },
    { name: 'Shale', entityId: 'ahmed-al-sharaa' },
  ];
  it('blanks what is between straight or curly double quotes', () => {
    expect(maskQuotedText('a "b c" d “e” f')).toBe('a "   " d “ ” f');
  });
  it('finds whole names outside quotes, the longest first', () => {
    const text = 'Ahmad Shara met Shara; al-Sharaa is right; "Shara" is quoted; shale is a rock; “Shale” too; al-Shara is flagged too.';
    expect(findNameUses(text, names).map((use) => `${use.name}@${use.index}`)).toEqual(['Ahmad Shara@0', 'Shara@16', `Shara@${text.indexOf('al-Shara is flagged') + 3}`]);
  });
  it('searches each list of names for its own names, however often the lists are used in turn', () => {
    const others = [{ name: 'Elison', entityId: 'mara-ellison' }];
    const text = 'Shara met Elison, then Shara left.';
    for (let round = 0; round < 2; round += 1) {
      expect(findNameUses(text, names).map((use) => `${use.name}@${use.index}`)).toEqual(['Shara@0', 'Shara@23']);
      expect(findNameUses(text, others).map((use) => `${use.entityId}@${use.index}`)).toEqual(['mara-ellison@10']);
      expect(findNameUses(text, [...names, ...others])).toHaveLength(3);
    }
  });
});
