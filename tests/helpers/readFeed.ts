import { parseRssFeed } from 'feedsmith';
import { parseFragment } from 'parse5';
import { walkHtml, type HtmlNode } from './walkHtml';

/** One feed item as a feed reader shows it. */
export interface ReaderItem {
  title: string;
  /** The elements a reader would create when it renders the description as HTML, as RSS 2.0 says it may. */
  descriptionElements: string[];
  /** The text the reader shows for the description. */
  descriptionText: string;
  categories: string[];
  link: string;
}

/**
 * Parses an RSS feed with feedsmith, a real feed parser that hands readers each field as the feed's XML decodes
 * it, and renders each description the way readers do: as HTML. (@rowanmanning/feed-parser decodes HTML entities
 * in every field after the XML, so it turns an escaped `&lt;img&gt;` and a live `<img>` into the same string and
 * cannot tell a safe feed from an unsafe one.)
 */
export function readFeed(xml: string) {
  const feed = parseRssFeed(xml);
  const items: ReaderItem[] = (feed.items ?? []).map((item) => {
    const fragment = parseFragment(item.description ?? '') as unknown as HtmlNode;
    const nodes = [...walkHtml(fragment)];
    return {
      title: item.title ?? '',
      descriptionElements: nodes.filter((node) => node.tagName).map((node) => node.tagName!),
      descriptionText: nodes.filter((node) => node.nodeName === '#text').map((node) => node.value ?? '').join(''),
      categories: (item.categories ?? []).map((category) => category.name ?? ''),
      link: item.link ?? '',
    };
  });
  return { feed, items };
}
