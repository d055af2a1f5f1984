import type { CorpusIndex } from '../corpus/indexCorpus';
import type { BuildContext, BuiltChart } from './builtChart';
import type { ChartSpecKind } from './chartSpecKind';

/**
 * Everything the site knows about one kind of chart, in one place (src/charts/<kind>/): its spec half (key and prose
 * component, from `spec.ts`) and how it is drawn from the corpus (`kind.ts`). The kinds are listed in
 * src/charts/specs.ts; src/charts/registry.ts finds each one's `kind.ts`, and building and the site's own charts read it.
 */
export interface ChartKind<Spec extends { kind: string }> extends ChartSpecKind<Spec> {
  /** Whether a spec draws anything: a briefing without events has no timeline, one without places no map. */
  hasContent(book: CorpusIndex, spec: Spec): boolean;
  /** Draws the chart a spec describes, from the corpus and what the build hands in (the basemap). */
  build(book: CorpusIndex, spec: Spec, context: BuildContext): BuiltChart;
  /** The charts of this kind that the site's own pages and layouts show (prose adds its own). */
  siteSpecs(book: CorpusIndex): Spec[];
}
