import type { ChartKind } from '../chartKind';
import { buildCompareChart } from './fromCorpus';
import { compareComponent, compareKey, type CompareSpec } from './spec';

export const compareKind: ChartKind<CompareSpec> = {
  kind: 'compare',
  key: compareKey,
  component: compareComponent,
  hasContent: () => true,
  build: buildCompareChart,
  // Only prose asks for comparisons: which figures belong together is the author's call.
  siteSpecs: () => [],
};
