import type { ChartSpecKind } from './chartSpecKind';
import { compareSpecKind } from './compare/spec';
import { figureSpecKind } from './figure/spec';
import { mapSpecKind } from './map/spec';
import { timelineSpecKind } from './timeline/spec';

/**
 * The spec half of every kind of chart (src/charts/<kind>/spec.ts): keys, prose components and their contracts.
 * It loads no D3, so the prose contracts and `npm run check` read it; registry.ts finds each kind's build half,
 * its folder's `kind.ts`.
 * Adding a kind: its folder (with `spec.ts` and `kind.ts`), its line here, its Astro component in src/components/mdx/
 * (docs/architecture.md, "Adding a chart kind").
 */
export const chartSpecKinds = {
  figure: figureSpecKind,
  timeline: timelineSpecKind,
  map: mapSpecKind,
  compare: compareSpecKind,
};

type SpecOf<Kind> = Kind extends ChartSpecKind<infer Spec> ? Spec : never;

/** What a chart shows, enough to draw it again anywhere (a page, a standalone SVG file): one spec type per kind. */
export type ChartSpec = SpecOf<(typeof chartSpecKinds)[keyof typeof chartSpecKinds]>;

export type ChartKindName = ChartSpec['kind'];

/** The spec half of a spec's kind, typed so that its functions take the spec. */
export const specKindOf = <S extends ChartSpec>(spec: S) => chartSpecKinds[spec.kind] as unknown as ChartSpecKind<S>;
