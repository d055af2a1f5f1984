import type { CorpusIndex } from '../../corpus/indexCorpus';
import { formatFigureValue, formatNumber } from '../../figures/formatFigureValue';
import { hasSeries } from '../../figures/observations';
import type { FigureData } from '../../schemas/figure';
import { chooseUnitSize } from './chooseUnitSize';

/** Figures count the same thing when they have the same unit (and currency): only those may share squares. */
const unitKeyOf = (figure: Pick<FigureData, 'unit' | 'currency'>) => `${figure.currency ?? ''}|${figure.unit.singular}|${figure.unit.plural}`;

const sizesByBook = new WeakMap<CorpusIndex, Map<string, number>>();

/**
 * How much one square stands for in a figure's unit chart: the size that fits the largest figure of the same unit
 * in the book, so that unit charts of one unit, wherever they sit side by side, count in the same squares.
 * Figures drawn as time series have no squares and do not count.
 *
 * @example sharedUnitSize(book, 'isafjordur-calls') // 20: Akureyri's 1,240 calls need squares of 20, so Isafjordur's do too
 */
export function sharedUnitSize(book: CorpusIndex, figureId: string, maxUnits = 100): number {
  let sizes = sizesByBook.get(book);
  if (!sizes) {
    const largest = new Map<string, number>();
    for (const { data } of book.corpus.figures) {
      if (hasSeries(data)) continue;
      const key = unitKeyOf(data);
      largest.set(key, Math.max(largest.get(key) ?? 0, data.value));
    }
    sizes = new Map([...largest].map(([key, value]) => [key, chooseUnitSize(value, maxUnits)]));
    sizesByBook.set(book, sizes);
  }
  return sizes.get(unitKeyOf(book.figure(figureId).data)) ?? 1;
}

/**
 * What one square stands for in each of several figures' unit charts, in words ("= 20 calls"), once per distinct
 * size: more than one means the charts side by side count in different squares and must not be compared by area.
 *
 * @example distinctUnitSizes(book, ['akureyri-calls', 'coastal-share']) // ['= 20 calls', '= 1 percent']
 */
export function distinctUnitSizes(book: CorpusIndex, figureIds: readonly string[]): string[] {
  const sizes = new Set<string>();
  for (const id of figureIds) {
    const { data } = book.figure(id);
    if (hasSeries(data)) continue;
    const size = sharedUnitSize(book, id);
    sizes.add(`= ${data.currency ? formatFigureValue({ ...data, value: size, qualifier: 'exact', estimated: false }).number : `${formatNumber(size)} ${size === 1 ? data.unit.singular : data.unit.plural}`}`);
  }
  return [...sizes];
}
