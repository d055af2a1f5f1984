// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.BRIEFBOOK_SITE ?? 'https://briefbook.example.org',
  trailingSlash: 'always',
  integrations: [mdx(), sitemap(), pagefind()],
});
