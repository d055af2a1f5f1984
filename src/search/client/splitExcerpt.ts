export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt ("text with <mark>matches</mark>", in which Pagefind has escaped `<` and `>`) into
 * plain and marked runs, so the page can build it from text nodes instead of trusting it as HTML.
 *
 * @example
 * splitExcerpt('over <mark>$400</mark> &lt;b&gt;')
 * // [{ text: 'over ', marked: false }, { text: '$400', marked: true }, { text: ' <b>', marked: false }]
 */
export function splitExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: decode(piece), marked });
  }
  return parts;
}
