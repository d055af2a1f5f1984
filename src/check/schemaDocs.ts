import path from 'node:path';
import * as book from '../schemas/book';
import * as briefing from '../schemas/briefing';
import * as citation from '../schemas/citation';
import * as entity from '../schemas/entity';
import * as event from '../schemas/event';
import * as figure from '../schemas/figure';
import * as keyJudgment from '../schemas/keyJudgment';
import * as partialDate from '../schemas/partialDate';
import * as source from '../schemas/source';
import * as topic from '../schemas/topic';
import { readSchemaDocs } from './readSchemaDocs';

/** Every schema the content uses, by its exported name. */
export const allSchemas = { ...book, ...briefing, ...citation, ...entity, ...event, ...figure, ...keyJudgment, ...partialDate, ...source, ...topic };

/** The documentation of every content schema, read from `src/schemas/` (see readSchemaDocs). */
export function schemaDocs(projectRoot = process.cwd()) {
  const schemas = Object.fromEntries(Object.entries(allSchemas).filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object' && value !== null && '_zod' in value));
  return readSchemaDocs(schemas as never, path.join(projectRoot, 'src/schemas'));
}
