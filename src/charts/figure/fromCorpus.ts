import { chartWidths } from '../../config/limits';
import type { CorpusIndex } from '../../corpus/indexCorpus';
import { hasSeries, readingsOf } from '../../figures/observations';
import { routes } from '../../routing/routes';
import { lazyModels, type BuildContext, type BuiltChart } from '../builtChart';
import { figureChart } from './figureChart';
import { seriesChart } from './seriesChart';
import { sharedUnitSize } from './sharedUnitSize';
import type { FigureSpec } from './spec';

/**
 * A figure's chart: a unit chart of its one number, in one size (a card's), with a unit size it shares with every
 * figure of the same unit; or, for a figure kept as two or more observations, a time series in a narrow and a wide
 * drawing.
 */
export function buildFigureChart(book: CorpusIndex, spec: FigureSpec, { key, idPrefix, svg }: BuildContext): BuiltChart {
  const figure = book.figure(spec.figureId);
  const downloads = [svg, { label: 'CSV', href: routes.data(`figures/${figure.id}.csv`) }, { label: 'JSON', href: routes.data(`figures/${figure.id}.json`) }];
  if (hasSeries(figure.data)) {
    const input = {
      label: figure.data.label,
      unit: figure.data.unit,
      currency: figure.data.currency,
      readings: readingsOf(figure.data).map((reading) => ({ ...reading, sources: reading.sourceIds.map((id) => book.source(id).data.shortTitle) })),
    };
    return {
      key,
      models: lazyModels(
        () => seriesChart(input, { id: `${idPrefix}-narrow`, width: chartWidths.narrow }),
        () => seriesChart(input, { id: `${idPrefix}-wide`, width: chartWidths.wide, plotHeight: 240 }),
      ),
      citations: figure.data.citations,
      downloads,
    };
  }
  return {
    key,
    models: { narrow: figureChart(figure.data, { id: idPrefix, width: chartWidths.figure, citations: figure.data.citations, unitSize: sharedUnitSize(book, figure.id) }) },
    citations: figure.data.citations,
    downloads,
  };
}

/** Every figure has a chart (on the key-figures index). */
export const figureSiteSpecs = (book: CorpusIndex): FigureSpec[] => book.corpus.figures.map((figure) => ({ kind: 'figure', figureId: figure.id }));
