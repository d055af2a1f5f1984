import { specKindOf, type ChartSpec } from './specs';

export type { ChartSpec } from './specs';

/**
 * The file name (without `.svg`) under which a chart's standalone SVG is published: the same spec always gives
 * the same key, so a page can link to the file the endpoint writes. Each kind spells its own (src/charts/<kind>/spec.ts).
 *
 * @example chartKey({ kind: 'figure', figureId: 'ships-registered' }) // "figure-ships-registered"
 * @example chartKey({ kind: 'timeline', scope: 'briefing', briefingId: 'harbour-reopening' }) // "timeline-briefing-harbour-reopening"
 */
export function chartKey(spec: ChartSpec): string {
  return specKindOf(spec).key(spec);
}
