import type { z } from 'astro/zod';

interface Def {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  items?: z.core.$ZodType[];
}

const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/** Sees through wrappers that do not change the shape of the value: optional, default, preprocess. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(current);
    if (def.innerType && ['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional'].includes(def.type)) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else break;
  }
  return current;
}

/**
 * The field names an object schema accepts at a path inside it, for "did you mean" hints on unknown fields;
 * `undefined` when the path does not lead to an object schema.
 *
 * @example
 * fieldsOfSchemaAt(figureSchema, ['unit']) // ['singular', 'plural']
 */
export function fieldsOfSchemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current = unwrap(schema);
  for (const segment of path) {
    const def = defOf(current);
    if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) current = unwrap(def.shape[segment]);
    else if (def.type === 'array' && def.element && typeof segment === 'number') current = unwrap(def.element);
    else if (def.type === 'tuple' && def.items && typeof segment === 'number' && def.items[segment]) current = unwrap(def.items[segment]);
    else return undefined;
  }
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
