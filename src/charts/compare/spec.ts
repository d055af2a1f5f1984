import type { ChartSpecKind } from '../chartSpecKind';
import { splitIdList } from '../../prose/componentContract';

/** Several key figures of one unit on one shared scale. */
export type CompareSpec = { kind: 'compare'; figureIds: string[] };

export const compareSpecKind: ChartSpecKind<CompareSpec> = {
  kind: 'compare',
  /** @example key({ kind: 'compare', figureIds: ['akureyri-calls', 'isafjordur-calls'] }) // "compare-akureyri-calls--isafjordur-calls" */
  key: (spec) => `compare-${spec.figureIds.join('--')}`,
  component: {
    name: 'FigureCompare',
    contract: {
      attributes: { ids: { kind: 'figure', required: true, list: true, min: 2, oneUnit: true } },
      usage: '<FigureCompare ids={["figure-id", "other-figure-id"]} /> (figures of one unit drawn on one scale, with their data table)',
    },
    specOf: ({ ids }) => {
      const figureIds = typeof ids === 'string' ? splitIdList(ids) : Array.isArray(ids) && ids.every((id) => typeof id === 'string') ? (ids as string[]) : [];
      return figureIds.length >= 2 ? { kind: 'compare', figureIds } : undefined;
    },
  },
};

/** The file name of a comparison's standalone SVG, CSV and JSON. */
export const compareKey = compareSpecKind.key;
