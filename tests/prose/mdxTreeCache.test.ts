import { describe, expect, it } from 'vitest';
import { mdxTreeCache } from '../../src/prose/mdxTreeCache';

describe('mdxTreeCache', () => {
  it('parses a note once for every pass that asks for its tree, and each note for itself', () => {
    const mdxTreeOf = mdxTreeCache();
    const first = { file: 'a.mdx' };
    const second = { file: 'b.mdx' };
    const tree = mdxTreeOf(first, 'Harbour *traffic* rose.');
    expect(mdxTreeOf(first, 'Harbour *traffic* rose.')).toBe(tree);
    const other = mdxTreeOf(second, 'Quotas fell.');
    expect(other).not.toBe(tree);
    expect(JSON.stringify(other)).toContain('Quotas fell.');
    expect(JSON.stringify(tree)).toContain('traffic');
  });

  it('throws a note’s syntax error to every pass, as a parse of its own would', () => {
    const mdxTreeOf = mdxTreeCache();
    const broken = { file: 'broken.mdx' };
    const thrown = () => mdxTreeOf(broken, 'Text <Cite id="a" with no end');
    const errorOf = () => {
      try {
        thrown();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const first = errorOf();
    expect(first).toBeInstanceOf(Error);
    expect(errorOf()).toBe(first);
  });
});
