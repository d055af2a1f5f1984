import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** src/devServer/contentProblemsResponse.ts, as the dev server loads it. */
export interface ProblemsModule {
  contentProblemsResponse(url: URL, base: string): Promise<Response | undefined>;
}

/** Requests that may be a page (not Vite's own modules, Astro's assets or a file with an extension). */
const mayBePage = (pathname: string) => !/^\/(@|__vite|_astro\/|node_modules\/)/.test(pathname) && (pathname.endsWith('/') || pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(pathname));

/**
 * What `npm run dev` adds to the site.
 *
 * - The constant `__BRIEFBOOK_DEV_SERVER__`, compiled in: true under `astro dev`, false in a build. Drafts
 *   (`draft: true`) are shown, labelled, only under the dev server (src/data/loadBriefbook.ts). The command
 *   decides it, not Vite's DEV flag, which follows NODE_ENV: a test runner sets that to "test" even for a build.
 * - Content problems in the browser: before Astro handles a page, the content is checked with `npm run check`'s
 *   own code (src/devServer/contentProblemsResponse.ts, which `loadProblemsModule` loads apart from the site's
 *   module graph, as `npm run check` does: loaded into the site's graph, its schemas' `astro:content` import
 *   stopped the site from seeing saved changes). While the content has problems every page answers with their
 *   list, which reloads itself once the fix is saved. It runs ahead of Astro because Astro calls a route's
 *   getStaticPaths, which loads the book, before any page middleware would run.
 */
export function devServer({ loadProblemsModule }: { loadProblemsModule: () => Promise<ProblemsModule> }): AstroIntegration {
  let base = '/';
  let problemsModule: Promise<ProblemsModule> | undefined;
  return {
    name: 'briefbook:dev-server',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __BRIEFBOOK_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (request.method !== 'GET' || !mayBePage(url.pathname)) return next();
          void (async () => {
            problemsModule ??= loadProblemsModule();
            const module = await problemsModule;
            const answer = await module.contentProblemsResponse(url, base);
            if (!answer) return next();
            response.statusCode = answer.status;
            answer.headers.forEach((value, name) => response.setHeader(name, value));
            response.end(await answer.text());
          })().catch(next);
        });
      },
    },
  };
}
