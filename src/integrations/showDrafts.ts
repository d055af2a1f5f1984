import type { AstroIntegration } from 'astro';

/**
 * Tells the site's code whether drafts (`draft: true`) belong in it: `astro dev` (`npm run dev`) shows them with a
 * "Draft" label, every other command leaves them out. The command is the one thing that decides it: Vite's
 * DEV flag follows NODE_ENV, which a test runner sets to "test" even for a production build. The answer is
 * compiled in as the constant `__BRIEFBOOK_SHOW_DRAFTS__`, which src/data/loadBriefbook.ts reads.
 */
export function showDrafts(): AstroIntegration {
  return {
    name: 'briefbook:show-drafts',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __BRIEFBOOK_SHOW_DRAFTS__: JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
