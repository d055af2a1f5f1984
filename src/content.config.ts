import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { resolveContentRoot, topicsFile } from './contentRoot';
import { briefingSchema } from './schemas/briefing';
import { entitySchema } from './schemas/entity';
import { eventSchema } from './schemas/event';
import { figureSchema } from './schemas/figure';
import { sourceSchema } from './schemas/source';
import { topicSchema } from './schemas/topic';

const contentRoot = resolveContentRoot();
const folder = (name: string) => path.join(contentRoot, name);
// Ids are file names as written, so a citation or reference reads exactly like the file it points to.
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

export const collections = {
  briefings: defineCollection({
    loader: glob({ pattern: '*.mdx', base: folder('briefings'), generateId: idFromFileName }),
    schema: briefingSchema,
  }),
  figures: defineCollection({
    loader: glob({ pattern: '*.yaml', base: folder('figures'), generateId: idFromFileName }),
    schema: figureSchema,
  }),
  events: defineCollection({
    loader: glob({ pattern: '*.yaml', base: folder('events'), generateId: idFromFileName }),
    schema: eventSchema,
  }),
  entities: defineCollection({
    loader: glob({ pattern: '*.yaml', base: folder('entities'), generateId: idFromFileName }),
    schema: entitySchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: folder('sources'), generateId: idFromFileName }),
    schema: sourceSchema,
  }),
  topics: defineCollection({
    loader: file(folder(topicsFile)),
    schema: topicSchema,
  }),
};
