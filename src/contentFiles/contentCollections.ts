import { briefingSchema } from '../schemas/briefing';
import { entitySchema } from '../schemas/entity';
import { eventSchema } from '../schemas/event';
import { figureSchema } from '../schemas/figure';
import { sourceSchema } from '../schemas/source';
import { topicSchema } from '../schemas/topic';

/** A collection kept as one file per entry in a folder of the content root; the file name is the id. */
export interface FolderCollection<Schema> {
  layout: 'folder';
  folder: string;
  extension: '.mdx' | '.yaml';
  schema: Schema;
}

/** A collection kept in one YAML file of the content root, as a mapping from id to entry. */
export interface MapCollection<Schema> {
  layout: 'map';
  file: string;
  schema: Schema;
}

/**
 * Where each collection lives in a content root and which schema its entries follow. The build
 * (`src/content.config.ts`) and the content checker (`npm run check`) both read this table, so they cannot
 * disagree about which files count and what they must hold.
 *
 * @example
 * contentCollections.figures // { layout: 'folder', folder: 'figures', extension: '.yaml', schema: figureSchema }
 */
export const contentCollections = {
  briefings: { layout: 'folder', folder: 'briefings', extension: '.mdx', schema: briefingSchema },
  figures: { layout: 'folder', folder: 'figures', extension: '.yaml', schema: figureSchema },
  events: { layout: 'folder', folder: 'events', extension: '.yaml', schema: eventSchema },
  entities: { layout: 'folder', folder: 'entities', extension: '.yaml', schema: entitySchema },
  sources: { layout: 'folder', folder: 'sources', extension: '.yaml', schema: sourceSchema },
  topics: { layout: 'map', file: 'topics.yaml', schema: topicSchema },
} as const satisfies Record<string, FolderCollection<unknown> | MapCollection<unknown>>;

/** A note to authors a collection folder may hold (`npm run new -- book` writes one in each); never content. */
export const collectionReadme = 'README.md';

export type ContentCollectionName = keyof typeof contentCollections;

/**
 * Where a collection's files live, relative to the content root, as authors would look for them.
 *
 * @example
 * collectionLocation('figures') // 'figures/*.yaml'
 * collectionLocation('topics') // 'topics.yaml'
 */
export function collectionLocation(name: ContentCollectionName): string {
  const collection: FolderCollection<unknown> | MapCollection<unknown> = contentCollections[name];
  return collection.layout === 'folder' ? `${collection.folder}/*${collection.extension}` : collection.file;
}

/** The id of a folder entry: its file name without the extension, exactly as written. */
export function idFromFileName(fileName: string): string {
  return fileName.replace(/\.(mdx|ya?ml)$/, '');
}
