import type { ChartSpec } from '../charts/chartKey';
import { listProseChartSpecs } from '../charts/listProseChartSpecs';
import type { CorpusIndex } from '../corpus/indexCorpus';

/** Per book, so that a dev-server reload (a new book) scans again. */
const specsByBook = new WeakMap<CorpusIndex, readonly ChartSpec[]>();

/**
 * The charts all briefings' prose places, in briefing order, found once per book: the chart SVG, JSON and CSV routes
 * all ask, and scanning every briefing's MDX for components three times cost about half a second at 1,000 notes.
 *
 * @example proseChartSpecsOf(book).filter((spec) => spec.kind === 'compare')
 */
export function proseChartSpecsOf(book: CorpusIndex): readonly ChartSpec[] {
  let specs = specsByBook.get(book);
  if (!specs) {
    specs = book.briefings.flatMap((briefing) => listProseChartSpecs(briefing.body));
    specsByBook.set(book, specs);
  }
  return specs;
}
