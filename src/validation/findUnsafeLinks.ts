import type { ContentProblem } from '../contentFiles/contentProblem';
import { showInvisible } from './showInvisible';
import { walkMdast, type MdastNode } from '../prose/walkMdast';

/** Schemes a link in prose may use; anything else (`javascript:`, `data:`, `vbscript:`, `file:`) is refused. */
export const allowedLinkSchemes = ['http', 'https', 'mailto'] as const;

/** Attributes that carry a URL a reader's browser follows or loads. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);

/**
 * The scheme of a URL as a browser reads it (which ignores leading spaces and control characters, and tabs
 * and line breaks anywhere), or undefined for a relative URL (`/topics/`, `#judgments`, `../x`).
 *
 * @example schemeOf(' Java\tScript:alert(1)') // 'javascript'
 */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** The URL text of an attribute: a literal string, or the string literal of an expression (`href={"…"}`). */
function attributeUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) {
    const expression = String((value as { value: unknown }).value).trim();
    return /^(["'`])([\s\S]*)\1$/.exec(expression)?.[2] ?? expression;
  }
  return undefined;
}

/**
 * Links in prose whose scheme is not http(s), mailto or relative: Markdown links and definitions (`[x](…)`,
 * `[x]: …`) and URL attributes of tags (`<a href>`, `<img src>`). A `javascript:` link runs script when a
 * reader clicks it, whatever the page's CSP says about inline scripts in older browsers, and a `data:` link
 * can carry a whole page.
 *
 * @example
 * findUnsafeLinks('content/briefings/x.mdx', mdxToMdast('[x](javascript:alert(1))'))
 * // [{ file: 'content/briefings/x.mdx', line: 1, message: 'Link to "javascript:alert(1)" …' }]
 */
export function findUnsafeLinks(file: string, tree: MdastNode): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (node: MdastNode, url: string, field?: string) => {
    const scheme = schemeOf(url);
    if (scheme === undefined || (allowedLinkSchemes as readonly string[]).includes(scheme)) return;
    const shown = showInvisible(url.length > 50 ? `${url.slice(0, 47)}…` : url);
    problems.push({
      file,
      line: node.position?.start.line,
      field,
      message: `Link to "${shown}" uses the ${scheme}: scheme, which the site does not publish. Expected an http:// or https:// address, a mailto: address, or a path on this site (/topics/…).`,
    });
  };
  for (const node of walkMdast(tree)) {
    if ((node.type === 'link' || node.type === 'definition' || node.type === 'image') && typeof node.url === 'string') report(node, node.url);
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !urlAttributes.has(attribute.name.toLowerCase())) continue;
        const url = attributeUrl(attribute.value);
        if (url !== undefined) report(node, url, `<${node.name ?? ''} ${attribute.name}>`);
      }
    }
  }
  return problems;
}
