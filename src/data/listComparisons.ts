import { compareKey, type CompareSpec } from '../charts/compare/spec';
import type { CorpusIndex } from '../corpus/indexCorpus';
import { proseChartSpecsOf } from './proseChartSpecs';

/**
 * The comparisons the book's prose places (`<FigureCompare>`), once each: the only charts with data files of their
 * own (a figure's chart shares its figure's files).
 *
 * @example listComparisons(book).map(compareKey) // ["compare-small-boats--boats-awaiting-permits", …]
 */
export function listComparisons(book: CorpusIndex): CompareSpec[] {
  const specs = proseChartSpecsOf(book).filter((spec): spec is CompareSpec => spec.kind === 'compare');
  return [...new Map(specs.map((spec) => [compareKey(spec), spec])).values()];
}
