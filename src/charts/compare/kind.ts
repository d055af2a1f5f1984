import type { ChartKind } from '../chartKind';
import { buildCompareChart } from './fromCorpus';
import { compareSpecKind, type CompareSpec } from './spec';

export const compareKind: ChartKind<CompareSpec> = {
  ...compareSpecKind,
  hasContent: () => true,
  build: buildCompareChart,
  // Only prose asks for comparisons: which figures belong together is the author's call.
  siteSpecs: () => [],
};
