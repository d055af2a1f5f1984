import { hashIds } from '../hashIds';
import { splitIdList } from '../../prose/componentContract';
import type { ChartSpecKind } from '../chartSpecKind';

/** A timeline: a page of all events, a topic's, a briefing's, or events a briefing's prose lists. */
export type TimelineSpec =
  | { kind: 'timeline'; scope: 'all'; /** Page of the timeline, counted from 1; a short timeline has one. */ page?: number }
  | { kind: 'timeline'; scope: 'topic'; topicId: string }
  | { kind: 'timeline'; scope: 'briefing'; briefingId: string }
  | { kind: 'timeline'; scope: 'events'; eventIds: readonly string[] };

/** @example timelineKey({ kind: 'timeline', scope: 'briefing', briefingId: 'harbour-reopening' }) // "timeline-briefing-harbour-reopening" */
function timelineKey(spec: TimelineSpec): string {
  switch (spec.scope) {
    case 'all':
      return (spec.page ?? 1) > 1 ? `timeline-page-${spec.page}` : 'timeline';
    case 'topic':
      return `timeline-topic-${spec.topicId}`;
    case 'briefing':
      return `timeline-briefing-${spec.briefingId}`;
    case 'events':
      return `timeline-events-${hashIds(spec.eventIds)}`;
  }
}

export const timelineSpecKind: ChartSpecKind<TimelineSpec> = {
  kind: 'timeline',
  key: timelineKey,
  component: {
    name: 'Timeline',
    contract: {
      attributes: { topic: { kind: 'topic', required: false }, events: { kind: 'event', required: false, list: true } },
      oneOf: [['topic', 'events']],
      usage: '<Timeline topic="topic-id" /> or <Timeline events="event-id, event-id" />',
    },
    specOf: ({ topic, events }) =>
      typeof topic === 'string'
        ? { kind: 'timeline', scope: 'topic', topicId: topic }
        : typeof events === 'string'
          ? { kind: 'timeline', scope: 'events', eventIds: splitIdList(events) }
          : undefined,
  },
};
