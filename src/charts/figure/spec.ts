import type { ChartKind } from '../chartKind';

/** A key figure drawn as a unit chart. */
export type FigureSpec = { kind: 'figure'; figureId: string };

/** @example figureKey({ kind: 'figure', figureId: 'isis-detainees' }) // "figure-isis-detainees" */
export const figureKey = (spec: FigureSpec) => `figure-${spec.figureId}`;

export const figureComponent: ChartKind<FigureSpec>['component'] = {
  name: 'FigureChart',
  contract: {
    attributes: { id: { kind: 'figure', required: true } },
    usage: '<FigureChart id="figure-id" /> (the figure drawn as a unit chart, with its data table)',
  },
  specOf: ({ id }) => (typeof id === 'string' ? { kind: 'figure', figureId: id } : undefined),
};
