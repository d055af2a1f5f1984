import type { ChartKind } from '../chartKind';
import { buildTimelineChart, timelineHasContent, timelineSiteSpecs } from './fromCorpus';
import { timelineSpecKind, type TimelineSpec } from './spec';

export const timelineKind: ChartKind<TimelineSpec> = {
  ...timelineSpecKind,
  hasContent: timelineHasContent,
  build: buildTimelineChart,
  siteSpecs: timelineSiteSpecs,
};
