import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { explainMdxSyntaxError } from '../../src/prose/explainMdxSyntaxError';

/** The parser's own error for a text, explained as the check explains it. */
function explain(source: string): string {
  try {
    mdxToMdast(source);
  } catch (error) {
    const message = (error as Error).message;
    const [, line, column] = /^(\d+):(\d+):/.exec(message)!;
    return explainMdxSyntaxError(message, source, Number(line), Number(column));
  }
  throw new Error('expected a syntax error');
}

describe('explainMdxSyntaxError', () => {
  it('tells a component tag left open from a less-than sign in prose, which the parser words alike', () => {
    expect(explain('Registered <Cite p={1}\n\nMore.\n')).toMatch(/^MDX syntax error: the tag <Cite that starts here is not closed\. Expected it to end with \/>/);
    expect(explain('Fewer than <5 ships.\n')).toMatch(/^MDX syntax error: a "<" in the text starts a tag in MDX\. To write a less-than sign, write \\</);
    expect(explain('If x <y then.\n')).toBe('MDX syntax error: "<y" starts a tag in MDX. If it is a less-than sign, write \\<y or words ("under", "fewer than"); if it is a tag, close it with /> or </y>.');
    expect(() => mdxToMdast('If x < y then.\n'), 'a < before a space is text').not.toThrow();
  });

  it('explains a stray brace and how to write one', () => {
    expect(explain('The harbour {reopened.\n')).toMatch(/^MDX syntax error: a "\{" opens an expression that is never closed\. In prose, write a brace as \\\{/);
  });

  it('names the tag to close, and the one a wrong closing tag should have closed', () => {
    expect(explain('<Quote by="x" p={3}>Open.\n\nMore.\n')).toBe('MDX syntax error: <Quote> is opened here but not closed in the same paragraph. Expected </Quote> before the blank line, or <Quote … /> if it holds no text.');
    expect(explain('<Quote by="x">Open.</Cite>\n')).toMatch(/^MDX syntax error: <\/Cite> closes a tag that is not open; the open one is <Quote> \(line 1\)\./);
  });

  it('passes on what it cannot explain without the parser’s rule names', () => {
    expect(explainMdxSyntaxError('3:4: Something new (mdx-jsx:unexpected-character)', 'a\nb\nc\n', 3, 4)).toBe('MDX syntax error: Something new (column 4).');
  });

  it('leaves escaped signs alone: \\< and \\{ parse', () => {
    expect(() => mdxToMdast('Fewer than \\<5 ships, a brace \\{ too.\n')).not.toThrow();
  });
});
