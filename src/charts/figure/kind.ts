import type { ChartKind } from '../chartKind';
import { buildFigureChart, figureSiteSpecs } from './fromCorpus';
import { figureComponent, figureKey, type FigureSpec } from './spec';

export const figureKind: ChartKind<FigureSpec> = {
  kind: 'figure',
  key: figureKey,
  component: figureComponent,
  hasContent: () => true,
  build: buildFigureChart,
  siteSpecs: figureSiteSpecs,
};
