import type { ChartKind } from './chartKind';
import { chartSpecKinds, type ChartKindName, type ChartSpec } from './specs';

type BuildHalves = { [Name in ChartKindName]: ChartKind<Extract<ChartSpec, { kind: Name }>> };

// The build half of each kind is its folder's `kind.ts` (src/charts/<kind>/kind.ts): the kinds are listed once, in
// specs.ts, which loads no D3, and the build finds each one's drawing by that name.
const kindModules = import.meta.glob<Record<string, unknown>>('./*/kind.ts', { eager: true });

function buildHalfOf(name: ChartKindName): ChartKind<ChartSpec> {
  const half = Object.values(kindModules[`./${name}/kind.ts`] ?? {}).find(
    (exported): exported is ChartKind<ChartSpec> => typeof exported === 'object' && exported !== null && (exported as { kind?: unknown }).kind === name,
  );
  if (!half) throw new Error(`The chart kind "${name}" (src/charts/specs.ts) has no build half. Expected src/charts/${name}/kind.ts to export its ChartKind.`);
  return half;
}

/**
 * Every kind of chart with its build half, for the build: drawing a spec and the charts of the site's own pages,
 * in the order of specs.ts.
 */
export const chartKinds = Object.fromEntries((Object.keys(chartSpecKinds) as ChartKindName[]).map((name) => [name, buildHalfOf(name)])) as BuildHalves;

/** The kind of a spec, typed so that its functions take the spec. */
export const kindOf = <S extends ChartSpec>(spec: S) => chartKinds[spec.kind] as unknown as ChartKind<S>;
