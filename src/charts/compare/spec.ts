import type { ChartKind } from '../chartKind';

/** Several key figures of one unit on one shared scale. */
export type CompareSpec = { kind: 'compare'; figureIds: string[] };

/** @example compareKey({ kind: 'compare', figureIds: ['akureyri-calls', 'isafjordur-calls'] }) // "compare-akureyri-calls--isafjordur-calls" */
export const compareKey = (spec: CompareSpec) => `compare-${spec.figureIds.join('--')}`;

export const compareComponent: ChartKind<CompareSpec>['component'] = {
  name: 'FigureCompare',
  contract: {
    attributes: { ids: { kind: 'figureList', required: true, min: 2 } },
    usage: '<FigureCompare ids={["figure-id", "other-figure-id"]} /> (figures of one unit, drawn on one scale, with their data table)',
  },
  specOf: ({ ids }) =>
    Array.isArray(ids) && ids.length >= 2 && ids.every((id): id is string => typeof id === 'string') ? { kind: 'compare', figureIds: [...ids] } : undefined,
};
