import { mappedEntityKinds, type EntityData } from '../schemas/entity';

/**
 * Whether an entity is drawn on maps: a place or facility with a point location. Regions such as the Middle
 * East have no single point, so maps leave them out rather than pointing at an arbitrary spot.
 *
 * @example isMappable({ kind: 'facility', extent: 'point', coordinates: { lat: 34.9, lon: 35.87 } }) // true
 */
export function isMappable(entity: Pick<EntityData, 'kind' | 'extent' | 'coordinates'>): boolean {
  return mappedEntityKinds.includes(entity.kind) && entity.extent !== 'region' && entity.coordinates !== undefined;
}
