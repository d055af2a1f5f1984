import type { ChartSpec } from './chartKey';
import { scanMdxComponents } from './scanMdxComponents';

const splitIds = (text: string) =>
  text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);

/**
 * The charts a briefing's prose places with `<Timeline>`, `<LocatorMap>` and `<FigureChart>`, so that each gets
 * its standalone SVG file like the charts the layouts add.
 *
 * @example listProseChartSpecs('<Timeline events="moscow-talks, trump-praise" />')
 * // [{ kind: 'timeline', scope: 'events', eventIds: ['moscow-talks', 'trump-praise'] }]
 */
export function listProseChartSpecs(body: string): ChartSpec[] {
  const specs: ChartSpec[] = [];
  for (const usage of scanMdxComponents(body)) {
    const { topic, events, entities, id } = usage.attributes;
    if (usage.name === 'Timeline' && typeof topic === 'string') specs.push({ kind: 'timeline', scope: 'topic', topicId: topic });
    else if (usage.name === 'Timeline' && typeof events === 'string') specs.push({ kind: 'timeline', scope: 'events', eventIds: splitIds(events) });
    else if (usage.name === 'LocatorMap' && typeof entities === 'string') specs.push({ kind: 'map', scope: 'entities', entityIds: splitIds(entities) });
    else if (usage.name === 'FigureChart' && typeof id === 'string') specs.push({ kind: 'figure', figureId: id });
  }
  return specs;
}
