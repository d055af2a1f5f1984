import type { ChartKind } from '../chartKind';
import { buildMapChart, mapHasContent, mapSiteSpecs } from './fromCorpus';
import { mapSpecKind, type MapSpec } from './spec';

export const mapKind: ChartKind<MapSpec> = {
  ...mapSpecKind,
  hasContent: mapHasContent,
  build: buildMapChart,
  siteSpecs: mapSiteSpecs,
};
