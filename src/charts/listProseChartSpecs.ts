import { chartSpecKinds, type ChartSpec } from './specs';
import { scanMdxComponents } from '../prose/scanMdxComponents';

const kindByComponent = new Map(Object.values(chartSpecKinds).map((kind) => [kind.component.name, kind.component]));

/**
 * The charts a briefing's prose places with a chart component (`<Timeline>`, `<LocatorMap>`, `<FigureChart>`, see
 * src/charts/specs.ts), so that each gets its standalone SVG file like the charts the layouts add.
 *
 * @example listProseChartSpecs('<Timeline events="east-quay-reopens, dredging-starts" />')
 * // [{ kind: 'timeline', scope: 'events', eventIds: ['east-quay-reopens', 'dredging-starts'] }]
 */
export function listProseChartSpecs(body: string): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const usage of scanMdxComponents(body)) {
    const spec = kindByComponent.get(usage.name)?.specOf(usage.attributes);
    if (spec) specs.push(spec);
  }
  return specs;
}
