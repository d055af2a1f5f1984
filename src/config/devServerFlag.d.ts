/** True under `astro dev`, false in a build; undefined outside Astro (plain tests). See src/integrations/devServerFlag.ts. */
declare const __BRIEFBOOK_DEV_SERVER__: boolean | undefined;
