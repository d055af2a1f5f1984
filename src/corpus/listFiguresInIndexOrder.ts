import type { CorpusEntry } from './corpus';
import type { FigureData } from '../schemas/figure';

/**
 * Figures in the order the key-figures pages list them: by rank (most important first), then by id.
 *
 * @example listFiguresInIndexOrder(figures)[0].data.rank // 1
 */
export function listFiguresInIndexOrder<T extends CorpusEntry<Pick<FigureData, 'rank'>>>(figures: readonly T[]): T[] {
  return [...figures].sort((a, b) => a.data.rank - b.data.rank || a.id.localeCompare(b.id));
}

