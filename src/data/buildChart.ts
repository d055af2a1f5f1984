import type { BuiltChart } from '../charts/builtChart';
import { chartKinds, kindOf } from '../charts/registry';
import { chartKey, type ChartSpec } from '../charts/chartKey';
import type { CorpusIndex } from '../corpus/indexCorpus';
import { routes } from '../routing/routes';
import { loadBasemap } from './loadBasemap';

/**
 * Whether a spec draws anything: a briefing without events has no timeline, one without places no map.
 *
 * @example hasChartContent(book, { kind: 'map', scope: 'briefing', briefingId: 'harbour-reopening' }) // true
 */
export function hasChartContent(book: CorpusIndex, spec: ChartSpec): boolean {
  return kindOf(spec).hasContent(book, spec);
}

/**
 * Draws the chart a spec describes from the corpus, with the kind's own `build` (src/charts/<kind>/fromCorpus.ts).
 * `idPrefix` keeps ids inside the SVG unique on a page.
 *
 * @example buildChart(book, { kind: 'figure', figureId: 'ships-registered' }, 'c1').models.narrow.kind // "figure"
 */
export function buildChart(book: CorpusIndex, spec: ChartSpec, idPrefix: string): BuiltChart {
  const key = chartKey(spec);
  return kindOf(spec).build(book, spec, { key, idPrefix, svg: { label: 'SVG', href: routes.data(`charts/${key}.svg`) }, readBasemap: loadBasemap });
}

/**
 * Every chart the site shows, so that each gets its standalone SVG file: each kind's charts of the site's own pages
 * (all figures, the timeline's pages, the map, each briefing's timeline and map when it asks for them, each place's
 * map), and the charts briefings place in prose.
 *
 * @example listChartSpecs(book, usages).map(chartKey) // ["figure-…", …, "timeline", "map", …]
 */
export function listChartSpecs(book: CorpusIndex, proseSpecs: readonly ChartSpec[] = []): ChartSpec[] {
  const specs: ChartSpec[] = [...Object.values(chartKinds).flatMap((kind): ChartSpec[] => kind.siteSpecs(book)), ...proseSpecs];
  const seen = new Set<string>();
  return specs.filter((spec) => {
    const key = chartKey(spec);
    if (seen.has(key) || !hasChartContent(book, spec)) return false;
    seen.add(key);
    return true;
  });
}
