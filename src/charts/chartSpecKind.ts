import type { ComponentContract } from '../prose/componentContract';
import type { AttributeValue } from '../prose/scanMdxComponents';

/**
 * The half of a chart kind that needs no drawing (src/charts/<kind>/spec.ts): what a spec holds, its key and its
 * prose component. It imports no D3 and reads no files, so the content check and the prose contracts can use it
 * without loading the chart code; the build half (ChartKind, src/charts/chartKind.ts) adds the drawing.
 */
export interface ChartSpecKind<Spec extends { kind: string }> {
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
    specOf(attributes: Readonly<Record<string, AttributeValue | undefined>>): Spec | undefined;
  };
}
