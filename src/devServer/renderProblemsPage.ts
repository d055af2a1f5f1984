import type { ContentProblem } from '../contentFiles/contentProblem';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page `npm run dev` shows instead of the site while the content has problems: the list `npm run check`
 * prints (`file:line  field: message`, sorted by file and line), on a page that reloads itself when the content
 * changes (it polls `stateUrl`, which answers with the content's signature). Plain HTML with its own small style
 * and script: it is served only by the dev server, never built.
 *
 * @example renderProblemsPage([{ file: 'figures/x.yaml', line: 3, field: 'value', message: 'Expected a number' }], 'a3f0', '/__briefbook/content-state')
 */
export function renderProblemsPage(problems: readonly ContentProblem[], signature: string, stateUrl: string): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content`;
  const items = problems
    .map((problem) => {
      const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
      const field = problem.field ? `<span class="field">${escapeHtml(problem.field)}:</span> ` : '';
      return `<li data-problem><code class="where">${escapeHtml(where)}</code>  ${field}<span class="message">${escapeHtml(problem.message)}</span></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(count)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.5rem; color: #8a1c1c; }
  ol { padding-left: 1.5rem; }
  li { margin: 0 0 0.9rem; white-space: pre-wrap; }
  .where { font: 0.95em/1.4 ui-monospace, monospace; background: #f3f3f3; padding: 0 0.25em; }
  .field { font-weight: 600; }
  .note { color: #555; }
</style>
</head>
<body data-content-state="${escapeHtml(signature)}">
<h1>${escapeHtml(count)}</h1>
<p class="note">The same list <code>npm run check</code> prints. Fix a file and save it: this page reloads by itself, and shows the site once the content is sound.</p>
<ol>
${items}
</ol>
<script type="module">
  const stateUrl = ${JSON.stringify(stateUrl)};
  const shown = document.body.dataset.contentState;
  setInterval(async () => {
    try {
      const now = await (await fetch(stateUrl, { cache: 'no-store' })).text();
      if (now !== shown) location.reload();
    } catch {
      // The dev server is restarting; try again on the next tick.
    }
  }, 700);
</script>
</body>
</html>
`;
}
