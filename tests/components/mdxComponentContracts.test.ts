import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { mdxComponentContracts } from '../../src/validation/mdxComponentContracts';

describe('mdxComponentContracts', () => {
  it('describes exactly the components authors can use, so the build checks every one of them', () => {
    expect(Object.keys(mdxComponentContracts).sort()).toEqual(Object.keys(mdxComponents).sort());
  });
});
