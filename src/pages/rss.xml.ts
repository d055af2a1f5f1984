import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadBriefbook } from '../data/loadBriefbook';
import { routes } from '../lib/routes';
import { loadBook } from '../book/loadBook';
import { readEnv } from '../config/env';

/** The feed carries the newest 50 notes, so its size stays bounded however large the book grows. */
const feedLength = 50;

export async function GET(context: APIContext) {
  const book = await loadBriefbook();
  return rss({
    title: loadBook().title,
    description: loadBook().description,
    site: context.site ?? readEnv().site,
    items: book.latestBriefings.slice(0, feedLength).map((briefing) => ({
      title: briefing.data.title,
      description: briefing.data.summary,
      pubDate: new Date(`${briefing.data.date}T00:00:00Z`),
      link: routes.briefing(briefing.id),
      categories: briefing.data.topics.map((topic) => book.topic(topic.id).data.title),
    })),
    customData: `<language>${loadBook().lang}</language>`,
  });
}
