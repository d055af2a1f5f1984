import type { ChartKind } from './chartKind';
import type { ChartKindName, ChartSpec } from './chartSpec';
import { compareKind } from './compare/kind';
import { figureKind } from './figure/kind';
import { mapKind } from './map/kind';
import { timelineKind } from './timeline/kind';

/**
 * Every kind of chart, each a folder under src/charts/ with its spec, its prose component and its input from the
 * corpus. Adding a kind: its folder, its spec type in chartSpec.ts, its line here, its Astro component in
 * src/components/mdx/.
 */
export const chartKinds: { [Name in ChartKindName]: ChartKind<Extract<ChartSpec, { kind: Name }>> } = {
  figure: figureKind,
  timeline: timelineKind,
  map: mapKind,
  compare: compareKind,
};

/** The kind of a spec, typed so that its functions take the spec. */
export const kindOf = <S extends ChartSpec>(spec: S) => chartKinds[spec.kind] as unknown as ChartKind<S>;
