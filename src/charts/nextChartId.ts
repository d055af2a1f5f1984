const counters = new WeakMap<object, number>();

/**
 * A page-unique prefix for the ids inside a chart's SVG (title, desc, patterns), counted per page render, so two
 * charts of the same figure on one page never share an id.
 *
 * @example nextChartId(Astro.request, 'figure') // "chart1-figure", then "chart2-…" on the same page
 */
export function nextChartId(page: object, name: string): string {
  const count = (counters.get(page) ?? 0) + 1;
  counters.set(page, count);
  return `chart${count}-${name.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40)}`;
}
