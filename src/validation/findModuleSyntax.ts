import type { ContentProblem } from '../contentFiles/contentProblem';
import { walkMdast, type MdastNode } from '../prose/walkMdast';

/**
 * `import` and `export` statements in a note. MDX runs them as JavaScript while the site is built: an import of
 * `node:child_process` ran a shell command during the build, one of `node:fs` published a local file. Notes
 * are content, and the components they may use are provided by the site, so a note has no need for either.
 *
 * @example
 * findModuleSyntax('content/briefings/x.mdx', mdxToMdast('import fs from "node:fs";\n\nHi'))
 * // [{ file: 'content/briefings/x.mdx', line: 1, message: 'An import or export statement …' }]
 */
export function findModuleSyntax(file: string, tree: MdastNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const node of walkMdast(tree)) {
    if (node.type !== 'mdxjsEsm') continue;
    const statement = String(node.value ?? '').split('\n')[0]!.trim();
    problems.push({
      file,
      line: node.position?.start.line,
      message: `An ${statement.startsWith('export') ? 'export' : 'import'} statement in a note ("${statement.length > 60 ? `${statement.slice(0, 57)}…` : statement}"): MDX would run it as code while the site is built. Expected prose only; the components (<Cite>, <FigureValue>, …) are available without importing them. Delete the line, or start it with a word other than import/export.`,
    });
  }
  return problems;
}
