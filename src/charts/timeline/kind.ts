import type { ChartKind } from '../chartKind';
import { buildTimelineChart, timelineHasContent, timelineSiteSpecs } from './fromCorpus';
import { timelineComponent, timelineKey, type TimelineSpec } from './spec';

export const timelineKind: ChartKind<TimelineSpec> = {
  kind: 'timeline',
  key: timelineKey,
  component: timelineComponent,
  hasContent: timelineHasContent,
  build: buildTimelineChart,
  siteSpecs: timelineSiteSpecs,
};
