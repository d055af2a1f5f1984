import type { AstroIntegration } from 'astro';

/**
 * Compiles in whether the site runs under `astro dev` (`npm run dev`), as the constant `__BRIEFBOOK_DEV_SERVER__`.
 * Two things depend on it: drafts (`draft: true`) are shown, labelled, only there (src/data/loadBriefbook.ts),
 * and content problems are shown in the browser only there (src/middleware.ts). The command decides it, not
 * Vite's DEV flag, which follows NODE_ENV: a test runner sets that to "test" even for a production build. In a
 * build the constant is `false`, so the dev-only code is dropped from the bundle.
 */
export function devServerFlag(): AstroIntegration {
  return {
    name: 'briefbook:dev-server-flag',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __BRIEFBOOK_DEV_SERVER__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
