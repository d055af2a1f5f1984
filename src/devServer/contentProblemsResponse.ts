import { checkContent } from '../check/checkContent';
import type { ContentProblem } from '../contentFiles/contentProblem';
import { resolveContentRoot } from '../contentFiles/contentRoot';
import { contentSignature } from './contentSignature';
import { renderProblemsPage } from './renderProblemsPage';

/** The path, under the site's base, at which the dev server answers with the content's signature. */
export const contentStatePath = '__briefbook/content-state';

let last: { signature: string; problems: ContentProblem[] } | undefined;

/**
 * For `npm run dev`: the response that stands in for a page while the content has problems, or undefined when
 * it has none (the page is then rendered as usual). The content is checked with `npm run check`'s own code, so
 * the browser shows the list the terminal would, and it is checked again only when a file has changed.
 */
export async function contentProblemsResponse(url: URL, base: string): Promise<Response | undefined> {
  const root = resolveContentRoot();
  const signature = contentSignature(root);
  if (url.pathname === `${base}${contentStatePath}`) {
    return new Response(signature, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
  if (last?.signature !== signature) {
    const { problems } = await checkContent();
    last = { signature, problems };
  }
  if (last.problems.length === 0) return undefined;
  return new Response(renderProblemsPage(last.problems, signature, `${base}${contentStatePath}`), {
    status: 500,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
