/** A node of parse5's default tree, with the fields the tests read (an element, text, or a template's content). */
export interface HtmlNode {
  nodeName: string;
  tagName?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

/**
 * Every node of a parse5 document in document order, `<template>` contents included.
 *
 * @example [...walkHtml(parse('<p><a href="/x">x</a></p>'))].filter((node) => node.tagName === 'a').length // 1
 */
export function* walkHtml(node: HtmlNode): Generator<HtmlNode> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walkHtml(child);
  if (node.content) yield* walkHtml(node.content);
}
