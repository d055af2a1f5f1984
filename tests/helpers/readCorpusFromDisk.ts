import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import type { Corpus, CorpusEntry } from '../../src/lib/corpus';
import { briefingSchema } from '../../src/schemas/briefing';
import { entitySchema } from '../../src/schemas/entity';
import { eventSchema } from '../../src/schemas/event';
import { figureSchema } from '../../src/schemas/figure';
import { sourceSchema } from '../../src/schemas/source';
import { topicSchema } from '../../src/schemas/topic';

const projectRoot = path.resolve(import.meta.dirname, '../..');

function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return result.data;
}

function readFolder<S extends z.ZodType>(root: string, folder: string, schema: S): CorpusEntry<z.infer<S>>[] {
  const directory = path.join(root, folder);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const filePath = path.relative(projectRoot, path.join(directory, name));
      return { id: name.replace(/\.yaml$/, ''), filePath, data: parseWith(schema, yaml.load(readFileSync(path.join(directory, name), 'utf8')), filePath) };
    });
}

/**
 * Reads a content folder the way the build's loaders do, through the real schemas, without Astro's content
 * layer (which Vitest does not populate). Lets tests render components and check data against real content.
 */
export function readCorpusFromDisk(root = path.join(projectRoot, 'content')): Corpus {
  const briefingsFolder = path.join(root, 'briefings');
  const briefings = readdirSync(briefingsFolder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(path.join(briefingsFolder, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
      if (!match) throw new Error(`${name}: no front matter`);
      const filePath = path.relative(projectRoot, path.join(briefingsFolder, name));
      return {
        id: name.replace(/\.mdx$/, ''),
        filePath,
        data: parseWith(briefingSchema, yaml.load(match[1]!), filePath),
        body: text.slice(match[0].length),
        bodyLine: match[0].split('\n').length,
      };
    });
  const topics = Object.entries(yaml.load(readFileSync(path.join(root, 'topics.yaml'), 'utf8')) as Record<string, unknown>).map(([id, data]) => ({
    id,
    filePath: path.relative(projectRoot, path.join(root, 'topics.yaml')),
    data: parseWith(topicSchema, data, `topics.yaml#${id}`),
  }));
  return {
    briefings,
    figures: readFolder(root, 'figures', figureSchema),
    events: readFolder(root, 'events', eventSchema),
    entities: readFolder(root, 'entities', entitySchema),
    sources: readFolder(root, 'sources', sourceSchema),
    topics,
  };
}
