import type { CorpusEntry } from './corpus';
import { entityKindLabels } from '../entities/entityKindLabels';
import type { EntityData, EntityKind } from '../schemas/entity';

const kindOrder = Object.keys(entityKindLabels) as EntityKind[];

/**
 * Entities in the order the entities index lists them: by kind (people first, as in `entityKindLabels`), then by
 * name. Paging this one list keeps each kind's entries together across page breaks.
 *
 * @example listEntitiesInIndexOrder(entities).map((entity) => entity.data.name) // ['Mara Ellison', …, 'Northport', …]
 */
export function listEntitiesInIndexOrder<T extends CorpusEntry<Pick<EntityData, 'kind' | 'name'>>>(entities: readonly T[]): T[] {
  return [...entities].sort((a, b) => kindOrder.indexOf(a.data.kind) - kindOrder.indexOf(b.data.kind) || a.data.name.localeCompare(b.data.name));
}
