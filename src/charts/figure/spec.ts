import type { ChartSpecKind } from '../chartSpecKind';

/** A key figure drawn as a unit chart. */
export type FigureSpec = { kind: 'figure'; figureId: string };

export const figureSpecKind: ChartSpecKind<FigureSpec> = {
  kind: 'figure',
  /** @example key({ kind: 'figure', figureId: 'ships-registered' }) // "figure-ships-registered" */
  key: (spec) => `figure-${spec.figureId}`,
  component: {
    name: 'FigureChart',
    contract: {
      attributes: { id: { kind: 'figure', required: true } },
      usage: '<FigureChart id="figure-id" /> (the figure drawn as a unit chart, with its data table)',
    },
    specOf: ({ id }) => (typeof id === 'string' ? { kind: 'figure', figureId: id } : undefined),
  },
};
