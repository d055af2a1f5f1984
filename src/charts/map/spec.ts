import { hashIds } from '../hashIds';
import { splitIdList } from '../../prose/componentContract';
import type { ChartSpecKind } from '../chartSpecKind';

/** A locator map: the map page's places, a briefing's, one place's, or places a briefing's prose lists. */
export type MapSpec =
  | { kind: 'map'; scope: 'all' }
  | { kind: 'map'; scope: 'briefing'; briefingId: string }
  | { kind: 'map'; scope: 'entity'; entityId: string }
  | { kind: 'map'; scope: 'entities'; entityIds: readonly string[] };

/** @example mapKey({ kind: 'map', scope: 'entity', entityId: 'northport' }) // "map-entity-northport" */
function mapKey(spec: MapSpec): string {
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

export const mapSpecKind: ChartSpecKind<MapSpec> = {
  kind: 'map',
  key: mapKey,
  component: {
    name: 'LocatorMap',
    contract: {
      attributes: { entities: { kind: 'entity', required: true, list: true } },
      usage: '<LocatorMap entities="place-id, facility-id" /> (places and facilities only)',
    },
    specOf: ({ entities }) => (typeof entities === 'string' ? { kind: 'map', scope: 'entities', entityIds: splitIdList(entities) } : undefined),
  },
};
