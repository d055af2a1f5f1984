import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { escapeXml } from '../charts/escapeXml';
import { loadBriefbook } from '../data/loadBriefbook';
import { htmlOfPlainText, lastBuildDateOf } from '../downloads/feedFields';
import { routes } from '../routing/routes';
import { loadBook } from '../book/loadBook';
import { readEnv } from '../config/env';

/** The feed carries the newest 50 notes, so its size stays bounded however large the book grows. */
const feedLength = 50;

export async function GET(context: APIContext) {
  const book = await loadBriefbook();
  const identity = loadBook();
  const site = context.site ?? new URL(readEnv().site);
  const items = book.latestBriefings.slice(0, feedLength).map((briefing) => ({
    title: briefing.data.title,
    description: htmlOfPlainText(briefing.data.summary),
    pubDate: new Date(`${briefing.data.date}T00:00:00Z`),
    link: routes.briefing(briefing.id),
    categories: briefing.data.topics.map((topic) => book.topic(topic.id).data.title),
  }));
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
