import type { APIRoute, GetStaticPaths } from 'astro';
import chartsCss from '../../../styles/charts.css?raw';
import tokensCss from '../../../styles/tokens.css?raw';
import fontFallbacksCss from '../../../styles/fontFallbacks.css?raw';
import { renderStandaloneSvg } from '../../../charts/renderStandaloneSvg';
import { buildChart, listChartSpecs } from '../../../data/buildChart';
import { loadBriefbook } from '../../../data/loadBriefbook';
import { chartKey } from '../../../charts/chartKey';
import { formatParagraphs } from '../../../citations/formatParagraphs';
import { proseChartSpecsOf } from '../../../data/proseChartSpecs';
import { loadBook } from '../../../book/loadBook';
import { siteConfig } from '../../../routing/siteConfig';

export const getStaticPaths = (async () => {
  const book = await loadBriefbook();
  const specs = listChartSpecs(book, proseChartSpecsOf(book));
  return specs.map((spec) => ({ params: { key: chartKey(spec) }, props: { spec } }));
}) satisfies GetStaticPaths;

/** Each chart the site shows, as a standalone SVG file with its title, source and caveats. */
export const GET: APIRoute = async ({ props }) => {
  const book = await loadBriefbook();
  const chart = buildChart(book, props.spec, 'chart');
  const model = chart.models.wide ?? chart.models.narrow;
  const sources = chart.citations.map((citation) => `${book.source(citation.source.id).data.shortTitle}, ${formatParagraphs(citation.paragraphs)}`);
  const footer = [`Source: ${sources.join('; ')}.`, ...model.notes, `${loadBook().title} (${siteConfig.generator}), information as of ${book.asOf}.`];
  return new Response(renderStandaloneSvg(model, { css: `${fontFallbacksCss}\n${tokensCss}\n${chartsCss}`, footer }), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
