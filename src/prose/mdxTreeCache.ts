import { mdxToMdast } from 'satteri';

/**
 * A parse of each note's MDX that the passes reading it share: the content check reads a note's mdast in three
 * passes (the prose rules with the syntax check, the misspelled names, the copied text), and parsing it once for
 * each was about a fifth of `npm run check` at 1,000 notes. Trees are kept by the object they belong to (the
 * check's entry), so they go when it does. A syntax error is kept and thrown again to each pass, as a parse of its
 * own would throw it. Every pass only reads the tree. An owner has one source: the first parse is what later calls
 * get, whatever source they pass.
 *
 * @example
 * const mdxTreeOf = mdxTreeCache();
 * mdxTreeOf(entry, entry.mdxSource) === mdxTreeOf(entry, entry.mdxSource) // true: parsed once
 */
export function mdxTreeCache(): (owner: object, source: string) => unknown {
  const trees = new WeakMap<object, { tree: unknown } | { error: unknown }>();
  return (owner, source) => {
    let parsed = trees.get(owner);
    if (!parsed) {
      try {
        parsed = { tree: mdxToMdast(source) };
      } catch (error) {
        parsed = { error };
      }
      trees.set(owner, parsed);
    }
    if ('error' in parsed) throw parsed.error;
    return parsed.tree;
  };
}
