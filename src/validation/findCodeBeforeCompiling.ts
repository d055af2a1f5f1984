import { mdxToMdast } from 'satteri';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { splitFrontmatter } from '../contentFiles/splitFrontmatter';
import { findExcessiveNesting } from './findExcessiveNesting';
import { findModuleSyntax } from './findModuleSyntax';
import type { MdastNode } from '../prose/walkMdast';

/**
 * What must never reach Astro's MDX compiler, checked on one note's whole text: nesting that crashes it, and
 * import/export statements it would run. The content check finds both first; the content loader runs this
 * too, so that a build started without the check (`astro build`, `astro dev`) refuses the note all the same.
 * A note MDX cannot parse is left to the compiler, which reports the syntax error.
 *
 * @example findCodeBeforeCompiling('content/briefings/x.mdx', '---\ntitle: X\n---\n\nimport fs from "node:fs";\n') // [{ line: 5, … }]
 */
export function findCodeBeforeCompiling(file: string, text: string): ContentProblem[] {
  const frontmatter = splitFrontmatter(text);
  const prose = frontmatter ? frontmatter.blanked.replace(/^[ \t]+$/gm, '') : text;
  const nesting = findExcessiveNesting(file, prose);
  if (nesting.length > 0) return nesting;
  let tree: MdastNode;
  try {
    tree = mdxToMdast(prose) as MdastNode;
  } catch {
    return [];
  }
  return findModuleSyntax(file, tree);
}
