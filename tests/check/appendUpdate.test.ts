import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appendUpdate } from '../../src/check/appendUpdate';
import { splitFrontmatter } from '../../src/contentFiles/splitFrontmatter';

const note = (fields: string) => `---\ntitle: Harbour traffic\ndate: 2025-05-12\nasOf: 2025-05-10 # the report's cut-off\n${fields}order: 1\nsummary: 'Bottom line.'\n---\n\n## Body\n`;
const updatesOf = (text: string) => parse(splitFrontmatter(text)!.yaml).updates;

describe('appendUpdate(file, update)', () => {
  it('starts a block list after asOf, leaving every other line as it was', () => {
    const { text, line } = appendUpdate(note(''), { date: '2025-06-22', summary: 'The judgment is raised: two "new" sources.' });
    expect(text).toBe(note('updates:\n  - date: 2025-06-22\n    summary: "The judgment is raised: two \\"new\\" sources."\n'));
    expect(line).toBe(5);
    expect(updatesOf(text)).toEqual([{ date: '2025-06-22', summary: 'The judgment is raised: two "new" sources.' }]);
  });

  it('adds to a block list in the form of its first item, keeping comments', () => {
    const block = 'updates:\n    # first edition after the review\n    - date: 2025-06-01\n      summary: First.\n';
    expect(appendUpdate(note(block), { date: '2025-06-22', summary: 'Second.' }).text).toBe(note(`${block}    - date: 2025-06-22\n      summary: "Second."\n`));
    const flowItems = 'updates:\n  - { date: 2025-06-01, summary: First. }\n';
    expect(appendUpdate(note(flowItems), { date: '2025-06-22', summary: 'Second.' }).text).toBe(note(`${flowItems}  - { date: 2025-06-22, summary: "Second." }\n`));
  });

  it('extends a flow list in flow style, and replaces an empty one', () => {
    const flow = 'updates: [{ date: 2025-06-01, summary: First. }]\n';
    const { text } = appendUpdate(note(flow), { date: '2025-06-22', summary: 'Second.' });
    expect(text).toBe(note('updates: [{ date: 2025-06-01, summary: First. }, { date: 2025-06-22, summary: "Second." }]\n'));
    expect(appendUpdate(note('updates: []\n'), { date: '2025-06-22', summary: 'First.' }).text).toBe(note('updates:\n  - date: 2025-06-22\n    summary: "First."\n'));
  });

  it('keeps Windows line endings', () => {
    const crlf = note('').replace(/\n/g, '\r\n');
    const { text } = appendUpdate(crlf, { date: '2025-06-22', summary: 'First.' });
    expect(text).toBe(note('updates:\n  - date: 2025-06-22\n    summary: "First."\n').replace(/\n/g, '\r\n'));
  });

  it('refuses what the check would refuse, saying what to do', () => {
    expect(() => appendUpdate(note(''), { date: '2025-05-01', summary: 'Early.' })).toThrow(/issued on 2025-05-12, after today \(2025-05-01\)/);
    expect(() => appendUpdate(note('updates: [{ date: 2025-07-01, summary: Later. }]\n'), { date: '2025-06-22', summary: 'X.' })).toThrow(/last update is dated 2025-07-01/);
    expect(() => appendUpdate(note(''), { date: '2025-06-22', summary: '  ' })).toThrow(/needs a summary/);
    expect(() => appendUpdate(note(''), { date: '2025-06-22', summary: 'x'.repeat(401) })).toThrow(/at most 400/);
    expect(() => appendUpdate('No front matter.\n', { date: '2025-06-22', summary: 'X.' })).toThrow(/no front matter/);
  });
});
