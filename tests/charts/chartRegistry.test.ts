import { describe, expect, it } from 'vitest';
import { chartKinds } from '../../src/charts/registry';
import { chartSpecKinds } from '../../src/charts/specs';
import { chartKey } from '../../src/charts/chartKey';
import { listProseChartSpecs } from '../../src/charts/listProseChartSpecs';
import { mdxComponentContracts } from '../../src/validation/mdxComponentContracts';

describe('the chart registry', () => {
  it('gives every kind a prose component whose contract is the one the build checks prose against', () => {
    for (const kind of Object.values(chartKinds)) {
      expect(mdxComponentContracts[kind.component.name]).toBe(kind.component.contract);
    }
    expect(Object.keys(chartKinds).sort()).toEqual(['compare', 'figure', 'map', 'timeline']);
  });

  it('lists the same kinds in the spec registry (specs.ts, no D3) and the build registry (registry.ts), each build half carrying its spec half', () => {
    expect(Object.keys(chartKinds).sort()).toEqual(Object.keys(chartSpecKinds).sort());
    for (const [name, kind] of Object.entries(chartKinds)) {
      const spec = chartSpecKinds[name as keyof typeof chartSpecKinds];
      expect(kind.kind).toBe(name);
      expect(kind.key).toBe(spec.key);
      expect(kind.component).toBe(spec.component);
    }
  });

  it('reads the charts prose places through each kind, and skips other components and incomplete uses', () => {
    const body = [
      'Text <Entity id="tartus" /> and <FigureChart id="isis-detainees" />.',
      '<Timeline topic="diplomacy" />',
      '<Timeline events="b, a" />',
      '<LocatorMap entities="tartus-naval-base,  hmeimim-air-base" />',
      '<Timeline />',
      '<FigureCompare ids={["a", "b"]} />',
      '<FigureCompare ids="c, d" />',
      '<FigureCompare ids={["only-one"]} />',
    ].join('\n\n');
    expect(listProseChartSpecs(body)).toEqual([
      { kind: 'figure', figureId: 'isis-detainees' },
      { kind: 'timeline', scope: 'topic', topicId: 'diplomacy' },
      { kind: 'timeline', scope: 'events', eventIds: ['b', 'a'] },
      { kind: 'map', scope: 'entities', entityIds: ['tartus-naval-base', 'hmeimim-air-base'] },
      { kind: 'compare', figureIds: ['a', 'b'] },
      { kind: 'compare', figureIds: ['c', 'd'] },
    ]);
  });

  it('keys each spec by its kind, and a list of ids by its set, whatever the order', () => {
    expect(chartKey({ kind: 'figure', figureId: 'isis-detainees' })).toBe('figure-isis-detainees');
    expect(chartKey({ kind: 'map', scope: 'all' })).toBe('map');
    // A comparison draws its figures in the order given, so the order is part of its key.
    expect(chartKey({ kind: 'compare', figureIds: ['a', 'b'] })).toBe('compare-a--b');
    expect(chartKey({ kind: 'map', scope: 'entity', entityId: 'tartus' })).toBe('map-entity-tartus');
    expect(chartKey({ kind: 'timeline', scope: 'briefing', briefingId: 'x' })).toBe('timeline-briefing-x');
    const events = chartKey({ kind: 'timeline', scope: 'events', eventIds: ['a', 'b'] });
    expect(events).toMatch(/^timeline-events-[0-9a-z]+$/);
    expect(chartKey({ kind: 'timeline', scope: 'events', eventIds: ['b', 'a'] })).toBe(events);
    expect(chartKey({ kind: 'timeline', scope: 'events', eventIds: ['a', 'c'] })).not.toBe(events);
    // The file name the chart had before the registry (FNV-1a of the sorted ids): a key is a URL, so it must not change.
    expect(chartKey({ kind: 'map', scope: 'entities', entityIds: ['tartus-naval-base', 'hmeimim-air-base'] })).toBe('map-places-mgesc');
  });
});
