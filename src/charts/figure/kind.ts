import type { ChartKind } from '../chartKind';
import { buildFigureChart, figureSiteSpecs } from './fromCorpus';
import { figureSpecKind, type FigureSpec } from './spec';

export const figureKind: ChartKind<FigureSpec> = {
  ...figureSpecKind,
  hasContent: () => true,
  build: buildFigureChart,
  siteSpecs: figureSiteSpecs,
};
