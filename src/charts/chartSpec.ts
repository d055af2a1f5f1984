import type { CompareSpec } from './compare/spec';
import type { FigureSpec } from './figure/spec';
import type { MapSpec } from './map/spec';
import type { TimelineSpec } from './timeline/spec';

/** What a chart shows, enough to draw it again anywhere (a page, a standalone SVG file): one spec type per kind. */
export type ChartSpec = FigureSpec | TimelineSpec | MapSpec | CompareSpec;

export type ChartKindName = ChartSpec['kind'];
