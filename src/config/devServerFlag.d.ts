/** True under `astro dev`, false in a build; undefined outside Astro (plain tests). See src/integrations/devServer.ts. */
declare const __BRIEFBOOK_DEV_SERVER__: boolean | undefined;
