import type { ChartKind } from '../chartKind';
import { buildMapChart, mapHasContent, mapSiteSpecs } from './fromCorpus';
import { mapComponent, mapKey, type MapSpec } from './spec';

export const mapKind: ChartKind<MapSpec> = {
  kind: 'map',
  key: mapKey,
  component: mapComponent,
  hasContent: mapHasContent,
  build: buildMapChart,
  siteSpecs: mapSiteSpecs,
};
