/** The parts of an mdast node (as satteri's `mdxToMdast` returns it) that the prose rules read. */
export interface MdastNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdastNode[];
  url?: string;
  value?: unknown;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

/**
 * Every node of a tree, parents before children, without recursion (a deep tree must not overflow the stack).
 *
 * @example [...walkMdast(mdxToMdast('Hi'))].map((node) => node.type) // ['root', 'paragraph', 'text']
 */
export function* walkMdast(root: MdastNode): Generator<MdastNode> {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    if (node.children) for (let index = node.children.length - 1; index >= 0; index -= 1) stack.push(node.children[index]!);
  }
}
