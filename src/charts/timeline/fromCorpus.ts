import { chartWidths } from '../../config/limits';
import type { CorpusIndex } from '../../corpus/indexCorpus';
import { routes } from '../../routing/routes';
import { pagedListings, pagesOf } from '../../routing/pagedListings';
import { drawShared, lazyModels, mergeCitations, type BuildContext, type BuiltChart, type ChartVariant } from '../builtChart';
import type { TimelineSpec } from './spec';
import { timelineChart, type TimelineEvent } from './timelineChart';

/** The events a timeline spec covers, in no particular order. */
function eventIdsOf(book: CorpusIndex, spec: TimelineSpec): string[] {
  switch (spec.scope) {
    case 'all':
      return (pagesOf(pagedListings.timeline, book)[(spec.page ?? 1) - 1]?.items ?? []).map((event) => event.id);
    case 'topic':
      return book.corpus.events.filter((event) => event.data.topic.id === spec.topicId).map((event) => event.id);
    case 'briefing':
      return book.briefing(spec.briefingId).data.events.map((event) => event.id);
    case 'events':
      return [...spec.eventIds];
  }
}

/** The events with the briefings that discuss them (but the briefing the timeline is drawn for). */
function timelineEvents(book: CorpusIndex, ids: readonly string[], exceptBriefing?: string): TimelineEvent[] {
  return ids.map((id) => {
    const { data } = book.event(id);
    return {
      id,
      title: data.title,
      date: data.date,
      ...(data.end ? { end: data.end } : {}),
      ...(data.dateQualifier ? { dateQualifier: data.dateQualifier } : {}),
      ...(data.derivedDate ? { derivedDate: data.derivedDate } : {}),
      lane: data.topic.id,
      briefings: book
        .briefingsDiscussing(id)
        .filter((briefing) => briefing.id !== exceptBriefing)
        .map((briefing) => ({ text: briefing.data.title, href: routes.briefing(briefing.id) })),
      citations: data.citations,
    };
  });
}

export const timelineHasContent = (book: CorpusIndex, spec: TimelineSpec) => eventIdsOf(book, spec).length > 0;

export function buildTimelineChart(book: CorpusIndex, spec: TimelineSpec, { key, idPrefix, svg }: BuildContext): BuiltChart {
  const events = timelineEvents(book, eventIdsOf(book, spec), spec.scope === 'briefing' ? spec.briefingId : undefined);
  const lanes = book.corpus.topics.map((topic) => ({ id: topic.id, title: topic.data.title }));
  const title =
    spec.scope === 'all'
      ? undefined
      : spec.scope === 'topic'
        ? `Timeline: ${book.topic(spec.topicId).data.title}`
        : spec.scope === 'briefing'
          ? `Timeline of this note’s ${events.length} event${events.length === 1 ? '' : 's'}`
          : undefined;
  const draw = (variant: ChartVariant) =>
    timelineChart(events, lanes, {
      id: `${idPrefix}-${variant}`,
      width: chartWidths[variant],
      ...(title ? { title } : {}),
      // On a briefing's own timeline the reader is in the briefing; related ones are listed after it.
      ...(spec.scope === 'briefing' ? { briefingsLabel: false as const } : {}),
    });
  return {
    key,
    models: lazyModels(() => draw('narrow'), () => drawShared(book, `${key}|wide`, `${idPrefix}-wide`, () => draw('wide'))),
    citations: mergeCitations(events.flatMap((event) => event.citations ?? [])),
    downloads: [svg, { label: 'CSV (all events)', href: routes.data('timeline.csv') }, { label: 'JSON (all events)', href: routes.data('timeline.json') }],
  };
}

/** Each page of the timeline, and the timeline of each briefing that asks for one. */
export function timelineSiteSpecs(book: CorpusIndex): TimelineSpec[] {
  return [
    ...pagesOf(pagedListings.timeline, book).map((page): TimelineSpec => ({ kind: 'timeline', scope: 'all', page: page.number })),
    ...book.briefings.filter((briefing) => briefing.data.timeline).map((briefing): TimelineSpec => ({ kind: 'timeline', scope: 'briefing', briefingId: briefing.id })),
  ];
}
