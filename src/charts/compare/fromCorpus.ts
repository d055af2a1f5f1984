import { chartWidths } from '../../config/limits';
import type { CorpusIndex } from '../../corpus/indexCorpus';
import { headlineOf } from '../../figures/observations';
import { describeFigurePeriod } from '../../figures/describeFigurePeriod';
import { routes } from '../../routing/routes';
import { lazyModels, mergeCitations, type BuildContext, type BuiltChart } from '../builtChart';
import { compareChart, type CompareRow } from './compareChart';
import { compareKey, type CompareSpec } from './spec';

/** The rows a comparison draws: each figure's headline, every reading of it when its latest day is disputed. */
export function compareRowsOf(book: CorpusIndex, spec: CompareSpec): CompareRow[] {
  return spec.figureIds.map((figureId) => {
    const { data } = book.figure(figureId);
    const headline = headlineOf(data);
    return {
      figureId,
      label: data.label,
      disputed: headline.disputed,
      readings: headline.readings.map((reading) => ({
        value: reading.value,
        qualifier: reading.qualifier,
        estimated: reading.estimated,
        when: describeFigurePeriod(reading),
        sources: reading.sourceIds.map((id) => book.source(id).data.shortTitle),
        citations: reading.citations,
      })),
    };
  });
}

/** A comparison of figures on one scale, in a narrow and a wide drawing. */
export function buildCompareChart(book: CorpusIndex, spec: CompareSpec, { key, idPrefix, svg }: BuildContext): BuiltChart {
  const first = book.figure(spec.figureIds[0]!).data;
  const input = { unit: first.unit, currency: first.currency, rows: compareRowsOf(book, spec) };
  return {
    key,
    models: lazyModels(
      () => compareChart(input, { id: `${idPrefix}-narrow`, width: chartWidths.narrow }),
      () => compareChart(input, { id: `${idPrefix}-wide`, width: chartWidths.wide }),
    ),
    citations: mergeCitations(input.rows.flatMap((row) => row.readings.flatMap((reading) => reading.citations))),
    downloads: [svg, { label: 'CSV', href: routes.data(`charts/${compareKey(spec)}.csv`) }, { label: 'JSON', href: routes.data(`charts/${compareKey(spec)}.json`) }],
  };
}

