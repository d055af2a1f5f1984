const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * RSS 2.0 defines an item's `<description>` as entity-encoded HTML, and readers render it as HTML: plain text
 * must be HTML-escaped before the feed's own XML escaping, so that `<img onerror=…>` in a summary reaches the
 * reader as the characters, not as an element. (A CDATA section would not help: its content is still HTML to the
 * reader.) Titles and categories are plain text in RSS 2.0 and are escaped once, as XML.
 *
 * @example htmlOfPlainText('A < B & <b>') // "A &lt; B &amp; &lt;b&gt;"
 */
export function htmlOfPlainText(text: string): string {
  return text.replace(/[&<>]/g, (character) => htmlEntities[character]!);
}

/**
 * The feed's `lastBuildDate`: the newest issue date among its items, not the clock, so that building the same
 * content twice gives the same feed. A feed without items reports no build date.
 */
export function lastBuildDateOf(itemDates: readonly Date[]): Date | undefined {
  if (itemDates.length === 0) return undefined;
  return new Date(Math.max(...itemDates.map((date) => date.getTime())));
}
