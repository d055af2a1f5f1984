import type { CorpusEntry } from './corpus';
import { listPageSize } from './paginate';
import type { FigureData } from '../schemas/figure';

/**
 * Figures in the order the key-figures pages list them: by rank (most important first), then by id.
 *
 * @example listFiguresInIndexOrder(figures)[0].data.rank // 1
 */
export function listFiguresInIndexOrder<T extends CorpusEntry<Pick<FigureData, 'rank'>>>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => a.data.rank - b.data.rank || a.id.localeCompare(b.id));
}

/**
 * The page of the key-figures index (20 to a page, src/lib/paginate.ts) that shows a figure, counted from 1.
 *
 * @example figurePageOf(figures, 'isis-detainees') // 1
 */
export function figurePageOf(figures: readonly CorpusEntry<Pick<FigureData, 'rank'>>[], figureId: string): number {
  const index = listFiguresInIndexOrder(figures).findIndex((figure) => figure.id === figureId);
  return index < 0 ? 1 : Math.floor(index / listPageSize) + 1;
}
