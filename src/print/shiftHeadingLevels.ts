/**
 * Moves every heading of an HTML fragment down by `offset` levels (at most to `h6`), so a page written with its
 * own `h1` can sit inside a larger document — a briefing inside the briefing book — and keep one outline.
 *
 * It rewrites tags only; text is untouched because Astro escapes `<` in text.
 *
 * @example shiftHeadingLevels('<h1 class="t">Title</h1><h2>Part</h2>', 1) // '<h2 class="t">Title</h2><h3>Part</h3>'
 */
export function shiftHeadingLevels(html: string, offset: number): string {
  if (offset === 0) return html;
  return html.replace(/<(\/?)h([1-6])(?=[\s>/])/gi, (_, slash: string, level: string) => shiftedHeadingTag(slash, level, offset));
}

/** The start of a heading tag (`<h2`, `</h2`) moved down by `offset` levels. */
export function shiftedHeadingTag(slash: string, level: string, offset: number): string {
  return `<${slash}h${Math.min(6, Math.max(1, Number(level) + offset))}`;
}
