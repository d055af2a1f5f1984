import { hashIds } from '../hashIds';
import { splitIds, type ChartKind } from '../chartKind';

/** A locator map: the map page's places, a briefing's, one place's, or places a briefing's prose lists. */
export type MapSpec =
  | { kind: 'map'; scope: 'all' }
  | { kind: 'map'; scope: 'briefing'; briefingId: string }
  | { kind: 'map'; scope: 'entity'; entityId: string }
  | { kind: 'map'; scope: 'entities'; entityIds: readonly string[] };

/** @example mapKey({ kind: 'map', scope: 'entity', entityId: 'tartus' }) // "map-entity-tartus" */
export function mapKey(spec: MapSpec): string {
  switch (spec.scope) {
    case 'all':
      return 'map';
    case 'briefing':
      return `map-briefing-${spec.briefingId}`;
    case 'entity':
      return `map-entity-${spec.entityId}`;
    case 'entities':
      return `map-places-${hashIds(spec.entityIds)}`;
  }
}

export const mapComponent: ChartKind<MapSpec>['component'] = {
  name: 'LocatorMap',
  contract: {
    attributes: { entities: { kind: 'entityList', required: true } },
    usage: '<LocatorMap entities="place-id, facility-id" /> (places and facilities only)',
  },
  specOf: ({ entities }) => (typeof entities === 'string' ? { kind: 'map', scope: 'entities', entityIds: splitIds(entities) } : undefined),
};
