import type { EntityData } from '../schemas/entity';
import { normalizeName } from './normalizeName';

export type NameKind = 'id' | 'name' | 'shortName' | 'alias' | 'variantSpelling' | 'otherName';

export interface NameMatch {
  entityId: string;
  /** How the name relates to the entity, so callers can tell a correction from a plain alias. */
  kind: NameKind;
}

export interface AliasConflict {
  name: string;
  entityIds: [string, string];
}

export interface AliasIndex {
  /** Finds the entity a name, alias, spelling or id stands for. */
  resolve(name: string): NameMatch | undefined;
  /** Names claimed by two different entities; the build refuses them. */
  conflicts: AliasConflict[];
}

/** The names of one entity, each with how it relates to the entity. */
export function namesOf(id: string, entity: Pick<EntityData, 'name' | 'shortName' | 'aliases' | 'variantSpellings' | 'otherNames'>) {
  return [
    { name: id, kind: 'id' as const },
    { name: entity.name, kind: 'name' as const },
    ...(entity.shortName ? [{ name: entity.shortName, kind: 'shortName' as const }] : []),
    ...entity.aliases.map((name) => ({ name, kind: 'alias' as const })),
    ...entity.variantSpellings.map((name) => ({ name, kind: 'variantSpelling' as const })),
    ...entity.otherNames.map((name) => ({ name, kind: 'otherName' as const })),
  ];
}

/**
 * Maps every way of naming an entity — id, canonical name, short name, aliases, the source's variant
 * spellings, other common names — to that entity, ignoring case, accents and typography.
 *
 * @example
 * const index = buildAliasIndex([{ id: 'mara-ellison', data: { name: 'Mara Ellison', variantSpellings: ['Mara Elison'], … } }]);
 * index.resolve('mara elison') // { entityId: 'mara-ellison', kind: 'variantSpelling' }
 */
export function buildAliasIndex(entities: ReadonlyArray<{ id: string; data: Parameters<typeof namesOf>[1] }>): AliasIndex {
  const byName = new Map<string, NameMatch>();
  const conflicts: AliasConflict[] = [];
  const reported = new Set<string>();
  for (const { id, data } of entities) {
    for (const { name, kind } of namesOf(id, data)) {
      const key = normalizeName(name);
      const existing = byName.get(key);
      if (existing && existing.entityId !== id) {
        // An id and a name that fold to the same key are one clash, reported once.
        if (!reported.has(`${key}\0${id}`)) conflicts.push({ name, entityIds: [existing.entityId, id] });
        reported.add(`${key}\0${id}`);
        continue;
      }
      // Within one entity the first, most canonical kind wins: the name over an alias that repeats it.
      if (!existing) byName.set(key, { entityId: id, kind });
    }
  }
  return { resolve: (name) => byName.get(normalizeName(name)), conflicts };
}
