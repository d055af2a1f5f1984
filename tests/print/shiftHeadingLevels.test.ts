import { describe, expect, it } from 'vitest';
import { shiftHeadingLevels } from '../../src/print/shiftHeadingLevels';

describe('shiftHeadingLevels', () => {
  it('moves opening and closing tags down, keeping attributes', () => {
    expect(shiftHeadingLevels('<h1 class="t" id="a">A</h1><h2>B</h2><h3>C</h3>', 1)).toBe('<h2 class="t" id="a">A</h2><h3>B</h3><h4>C</h4>');
  });
  it('stops at h6 and leaves look-alike tags and text alone', () => {
    expect(shiftHeadingLevels('<h6>x</h6><header><hr><p>&lt;h2&gt;</p></header>', 2)).toBe('<h6>x</h6><header><hr><p>&lt;h2&gt;</p></header>');
  });
  it('is the identity for offset 0', () => {
    expect(shiftHeadingLevels('<h1>x</h1>', 0)).toBe('<h1>x</h1>');
  });
});
