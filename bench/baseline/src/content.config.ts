import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

const contentRoot = process.env.BRIEFBOOK_CONTENT;
if (!contentRoot) throw new Error('Set BRIEFBOOK_CONTENT to a generated corpus (scripts/bench/generateCorpus.mjs).');

// One collection over the same MDX files Briefbook reads; the YAML collections are ignored.
export const collections = {
  briefings: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(path.resolve(contentRoot), 'briefings') }),
    schema: z.object({ title: z.string(), date: z.string(), summary: z.string() }),
  }),
};
