import type { ChartKind } from './chartKind';
import type { ChartKindName, ChartSpec } from './specs';
import { figureKind } from './figure/kind';
import { mapKind } from './map/kind';
import { timelineKind } from './timeline/kind';

/**
 * Every kind of chart with its build half (src/charts/<kind>/kind.ts), for the build: drawing a spec and the
 * charts of the site's own pages. The spec half of each kind is listed in specs.ts, which loads no D3.
 */
export const chartKinds: { [Name in ChartKindName]: ChartKind<Extract<ChartSpec, { kind: Name }>> } = {
  figure: figureKind,
  timeline: timelineKind,
  map: mapKind,
};

/** The kind of a spec, typed so that its functions take the spec. */
export const kindOf = <S extends ChartSpec>(spec: S) => chartKinds[spec.kind] as unknown as ChartKind<S>;
