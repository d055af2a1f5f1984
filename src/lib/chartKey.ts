/** What a chart shows, enough to draw it again anywhere (a page, a standalone SVG file). */
export type ChartSpec =
  | { kind: 'figure'; figureId: string }
  | { kind: 'timeline'; scope: 'all'; /** Page of the timeline, counted from 1; a short timeline has one. */ page?: number }
  | { kind: 'timeline'; scope: 'topic'; topicId: string }
  | { kind: 'timeline'; scope: 'briefing'; briefingId: string }
  | { kind: 'timeline'; scope: 'events'; eventIds: readonly string[] }
  | { kind: 'map'; scope: 'all' }
  | { kind: 'map'; scope: 'briefing'; briefingId: string }
  | { kind: 'map'; scope: 'entity'; entityId: string }
  | { kind: 'map'; scope: 'entities'; entityIds: readonly string[] };

/** A short, stable hash (FNV-1a, base 36) so that a list of ids makes a file name of sensible length. */
function hashIds(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const character of [...ids].sort().join(',')) {
    hash ^= character.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * The file name (without `.svg`) under which a chart's standalone SVG is published: the same spec always gives
 * the same key, so a page can link to the file the endpoint writes.
 *
 * @example chartKey({ kind: 'figure', figureId: 'isis-detainees' }) // "figure-isis-detainees"
 * @example chartKey({ kind: 'timeline', scope: 'briefing', briefingId: 'the-moscow-visit' }) // "timeline-briefing-the-moscow-visit"
 */
export function chartKey(spec: ChartSpec): string {
  if (spec.kind === 'figure') return `figure-${spec.figureId}`;
  switch (spec.scope) {
    case 'all':
      return spec.kind === 'timeline' && (spec.page ?? 1) > 1 ? `timeline-page-${spec.page}` : spec.kind;
    case 'topic':
      return `timeline-topic-${spec.topicId}`;
    case 'briefing':
      return `${spec.kind}-briefing-${spec.briefingId}`;
    case 'entity':
      return `map-entity-${spec.entityId}`;
    case 'events':
      return `timeline-events-${hashIds(spec.eventIds)}`;
    case 'entities':
      return `map-places-${hashIds(spec.entityIds)}`;
  }
}
