import { shareOnce } from '../lib/shareOnce';

/**
 * Each briefing's rendered prose, kept from its first render (its page or the briefing book, whichever the build
 * renders first) for the second. Only during a build: the dev server re-renders on every request, so that an edited
 * note shows at once.
 */
const store = shareOnce<string>(2);

export function takeRenderedProse(briefingId: string, render: () => Promise<string>): Promise<string> {
  return import.meta.env.DEV ? render() : store.take(briefingId, render);
}
