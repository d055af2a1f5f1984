import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { contentCollections, idFromFileName, type FolderCollection } from './contentCollections';
import { resolveContentRoot } from './contentRoot';
import { yamlMapLoader } from './loaders/yamlMapLoader';

const contentRoot = resolveContentRoot();
// Ids are file names as written, so a citation or reference reads exactly like the file it points to.
const folderLoader = ({ folder, extension }: FolderCollection<unknown>) =>
  glob({ pattern: `*${extension}`, base: path.join(contentRoot, folder), generateId: ({ entry }) => idFromFileName(entry) });

const { briefings, figures, events, entities, sources, topics } = contentCollections;

export const collections = {
  briefings: defineCollection({ loader: folderLoader(briefings), schema: briefings.schema }),
  figures: defineCollection({ loader: folderLoader(figures), schema: figures.schema }),
  events: defineCollection({ loader: folderLoader(events), schema: events.schema }),
  entities: defineCollection({ loader: folderLoader(entities), schema: entities.schema }),
  sources: defineCollection({ loader: folderLoader(sources), schema: sources.schema }),
  topics: defineCollection({ loader: yamlMapLoader(path.join(contentRoot, topics.file)), schema: topics.schema }),
};
