import { chartWidths } from '../../config/limits';
import type { CorpusIndex } from '../../corpus/indexCorpus';
import { routes } from '../../routing/routes';
import type { BuildContext, BuiltChart } from '../builtChart';
import { figureChart } from './figureChart';
import type { FigureSpec } from './spec';

/** A figure's chart: the figure record's own numbers, in one size (a card's). */
export function buildFigureChart(book: CorpusIndex, spec: FigureSpec, { key, idPrefix, svg }: BuildContext): BuiltChart {
  const figure = book.figure(spec.figureId);
  return {
    key,
    models: { narrow: figureChart(figure.data, { id: idPrefix, width: chartWidths.figure, citations: figure.data.citations }) },
    citations: figure.data.citations,
    downloads: [svg, { label: 'CSV', href: routes.data(`figures/${figure.id}.csv`) }, { label: 'JSON', href: routes.data(`figures/${figure.id}.json`) }],
  };
}

/** Every figure has a chart (on the key-figures index). */
export const figureSiteSpecs = (book: CorpusIndex): FigureSpec[] => book.corpus.figures.map((figure) => ({ kind: 'figure', figureId: figure.id }));
