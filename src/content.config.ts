import { defineCollection } from 'astro:content';
import path from 'node:path';
import { contentCollections, type FolderCollection } from './contentFiles/contentCollections';
import { resolveContentRoot } from './contentFiles/contentRoot';
import { contentFolderLoader } from './loaders/contentFolderLoader';
import { yamlMapLoader } from './loaders/yamlMapLoader';

const contentRoot = resolveContentRoot();
const folderLoader = ({ folder, extension }: FolderCollection<unknown>) => contentFolderLoader(path.join(contentRoot, folder), extension);

const { briefings, figures, events, entities, sources, topics } = contentCollections;

export const collections = {
  briefings: defineCollection({ loader: folderLoader(briefings), schema: briefings.schema }),
  figures: defineCollection({ loader: folderLoader(figures), schema: figures.schema }),
  events: defineCollection({ loader: folderLoader(events), schema: events.schema }),
  entities: defineCollection({ loader: folderLoader(entities), schema: entities.schema }),
  sources: defineCollection({ loader: folderLoader(sources), schema: sources.schema }),
  topics: defineCollection({ loader: yamlMapLoader(path.join(contentRoot, topics.file)), schema: topics.schema }),
};
