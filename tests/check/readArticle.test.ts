import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, readArticle } from '../../src/check/readArticle';
import { articleFormatOf } from '../../src/check/scaffoldSource';

// Made-up articles, one per format (tests/fixtures/articles/).
const article = (name: string) => {
  const file = path.join(import.meta.dirname, '../fixtures/articles', name);
  return readArticle(readFileSync(file, 'utf8'), articleFormatOf(file));
};

describe('readArticle', () => {
  it('Markdown: skips front matter, takes the title from the first heading and sections from the others', () => {
    const { title, paragraphs, sections } = article('harbour-report.md');
    expect(title).toBe('Northport Harbour Annual Report');
    expect(paragraphs.map((paragraph) => paragraph.number)).toEqual([1, 2, 3, 4]);
    expect(paragraphs[0]!.text).toMatch(/^The harbour register recorded more than/);
    expect(paragraphs.some((paragraph) => paragraph.text.includes('author:'))).toBe(false);
    expect(sections).toEqual([
      { title: 'Opening (untitled)', paragraphs: [1, 2] },
      { title: 'Governance', paragraphs: [3, 4] },
    ]);
  });

  it('plain text: paragraphs between blank lines, short unpunctuated lines as headings', () => {
    const { title, paragraphs, sections } = article('ferry-timetable.txt');
    expect(title).toBe('Northport to Skerry Ferry Timetable');
    expect(paragraphs).toHaveLength(2);
    expect(sections).toEqual([{ title: 'Sailings', paragraphs: [1, 2] }]);
  });

  it('HTML: <p> and <li> are paragraphs, headings are sections; scripts, styles, comments, navigation and footers are not read', () => {
    const { title, paragraphs, sections } = article('port-authority-notice.html');
    expect(title).toBe('Notice to Mariners No. 7 — Northport Port Authority');
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Mariners are advised that work on the approach channel begins on the first Monday of March & lasts until the summer.',
      'Two dredgers will deepen the channel between the outer buoy and the east quay, working in daylight hours only.',
      'While the work lasts, vessels drawing more than seven metres must wait for high water <before> entering the harbour.',
    ]);
    expect(sections).toEqual([
      { title: 'Opening (untitled)', paragraphs: [1, 1] },
      { title: 'Dredging', paragraphs: [2, 3] },
    ]);
    const words = paragraphs.map((paragraph) => paragraph.text).join(' ');
    for (const hidden of ['alert', 'color', 'draft paragraph', 'Printed by', 'Home']) expect(words).not.toContain(hidden);
  });

  it('HTML: a blockquote of paragraphs gives one paragraph each, and markup inside a paragraph is dropped', () => {
    const { paragraphs } = readArticle('<h1>T</h1><blockquote><p>One <em>two</em>.<br>Five</p><p>Three&nbsp;four.</p></blockquote>', 'html');
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(['One two. Five', 'Three four.']);
  });

  it('keeps the numbers of an article that numbers its paragraphs, and leaves out its unnumbered preface', () => {
    const text = '# Prepared text\n\nA note on where this came from.\n\n¶1. First.\n\n## Part two\n\n¶2. Second.\n\n¶3. Third.\n';
    expect(readArticle(text, 'md')).toEqual({
      title: 'Prepared text',
      paragraphs: [
        { number: 1, text: 'First.' },
        { number: 2, text: 'Second.' },
        { number: 3, text: 'Third.' },
      ],
      sections: [
        { title: 'Opening (untitled)', paragraphs: [1, 1] },
        { title: 'Part two', paragraphs: [2, 3] },
      ],
    });
    expect(() => readArticle('¶1. First.\n\n¶3. Third.', 'md')).toThrow('¶3 follows ¶1');
  });

  it('refuses an article without body paragraphs, and a file of another format', () => {
    expect(() => readArticle('# Only a heading\n', 'md')).toThrow('No body paragraphs found');
    expect(() => articleFormatOf('notes.docx')).toThrow('Expected a .md, .txt or .html file');
  });

  it('decodes named and numeric character references, and leaves unknown ones as written', () => {
    expect(decodeEntities('a &amp; b &#8217; &#x2014; &rsquo; &bogus; &#0;')).toBe('a & b ’ — ’ &bogus; &#0;');
  });
});
