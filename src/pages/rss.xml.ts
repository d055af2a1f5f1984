import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { escapeXml } from '../charts/escapeXml';
import { loadBriefbook } from '../data/loadBriefbook';
import { htmlOfPlainText, lastBuildDateOf } from '../downloads/feedFields';
import { routes } from '../routing/routes';
import { loadBook } from '../book/loadBook';
import { listChanges } from '../editions/listChanges';
import { readEnv } from '../config/env';

/** The feed carries the newest 50 items (notes and their updates), so its size stays bounded however large the book grows. */
const feedLength = 50;

const dayOf = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

export async function GET(context: APIContext) {
  const book = await loadBriefbook();
  const identity = loadBook();
  const site = context.site ?? new URL(readEnv().site);
  const issued = book.latestBriefings.slice(0, feedLength).map((briefing) => ({
    title: briefing.data.title,
    description: htmlOfPlainText(briefing.data.summary),
    pubDate: dayOf(briefing.data.date),
    link: routes.briefing(briefing.id),
    categories: briefing.data.topics.map((topic) => book.topic(topic.id).data.title),
  }));
  // Each update is an item of its own, dated on its day and linked to its place on the briefing's page, so a feed
  // reader shows it as new; the briefing's own item stays as it was and is not repeated.
  const updated = listChanges(book.briefings)
    .filter((change) => change.kind === 'update')
    .slice(0, feedLength)
    .map((change) => ({
      title: `Updated: ${change.briefing.data.title}`,
      description: htmlOfPlainText(change.text),
      pubDate: dayOf(change.date),
      // Absolute: @astrojs/rss would add a trailing slash after the fragment of a relative link.
      link: new URL(routes.briefingUpdate(change.briefing.id, change.number), site).href,
      categories: change.briefing.data.topics.map((topic) => book.topic(topic.id).data.title),
    }));
  // Newest first; on one day a note's issue comes before updates (a stable sort keeps each list's own order).
  const items = [...issued, ...updated].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, feedLength);
  const lastBuildDate = lastBuildDateOf(items.map((item) => item.pubDate));
  // customData is inserted as written, so every value in it is a URL or a date we made, never content text; the URL is
  // escaped all the same, since a site address may hold an `&`.
  const selfUrl = new URL(routes.rss(), site).href;
  return rss({
    title: identity.title,
    description: identity.description,
    site,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    items,
    customData: [
      `<language>${identity.lang}</language>`,
      lastBuildDate ? `<lastBuildDate>${lastBuildDate.toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}
