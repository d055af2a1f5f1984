import type { CorpusIndex } from '../corpus/indexCorpus';
import type { ComponentContract } from '../validation/mdxComponentContracts';
import type { AttributeValue } from '../prose/scanMdxComponents';
import type { BuildContext, BuiltChart } from './builtChart';

/**
 * Everything the site knows about one kind of chart, in one place (src/charts/<kind>/). The registry
 * (src/charts/registry.ts) lists the kinds; chart keys, building, prose scanning and the prose contracts read it.
 */
export interface ChartKind<Spec extends { kind: string }> {
  kind: Spec['kind'];
  /**
   * The file name (without `.svg`) of the chart's standalone SVG: the same spec always gives the same key, so a page
   * can link to the file the endpoint writes.
   */
  key(spec: Spec): string;
  /** The component that places a chart of this kind in briefing prose. */
  component: {
    name: string;
    contract: ComponentContract;
    /** The spec a use of the component asks for, from its attributes; none when they do not make one. */
    specOf(attributes: Record<string, AttributeValue>): Spec | undefined;
  };
  /** Whether a spec draws anything: a briefing without events has no timeline, one without places no map. */
  hasContent(book: CorpusIndex, spec: Spec): boolean;
  /** Draws the chart a spec describes, from the corpus. */
  build(book: CorpusIndex, spec: Spec, context: BuildContext): BuiltChart;
  /** The charts of this kind that the site's own pages and layouts show (prose adds its own). */
  siteSpecs(book: CorpusIndex): Spec[];
}

/** Splits a comma-separated attribute (`events="a, b"`) into ids. */
export const splitIds = (text: string) =>
  text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
