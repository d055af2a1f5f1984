import { isMainThread } from 'node:worker_threads';
import { shareOnce } from '../corpus/shareOnce';

/**
 * Parts of pages rendered once per build and kept for their second use: each briefing's prose and the fixed parts
 * of its article appear on the briefing's page and again in the briefing book, whichever the build renders first.
 * Only during a build: the dev server renders afresh on every request, so that an edited note shows at once.
 */
// On Astro's prerender threads (BRIEFBOOK_BUILD_WORKERS) a briefing's page and its book volume are mostly rendered on
// different threads: a part kept for a second use on the same thread would mostly be kept to the end of the build.
const store = shareOnce<string>(isMainThread ? 2 : 1);

export function takeRenderedPart(name: string, render: () => Promise<string>): Promise<string> {
  return import.meta.env.DEV ? render() : store.take(name, render);
}
