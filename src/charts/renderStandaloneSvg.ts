import type { ChartModel } from './chartModel';
import { escapeXml } from './escapeXml';
import { renderMarks, renderPatterns } from './renderMarks';
import { round1 } from './round1';
import { wrapText } from './wrapText';

export interface StandaloneOptions {
  /** The stylesheet to embed (tokens and chart rules): a standalone file has no page to take its colours from. */
  css: string;
  /** Lines under the chart: the source, caveats, where it was published. */
  footer?: readonly string[];
  padding?: number;
}

/**
 * A chart as a document of its own, for download: the chart's title as a heading, the drawing, then its source and
 * caveats, with its own `<style>` (allowed here, as the file is not part of a page), so it keeps its colours,
 * including in dark mode, when opened alone or placed in a report.
 *
 * @example renderStandaloneSvg(model, { css, footer: ['Source: Harbour report, ¶1'] }) // '<?xml version="1.0" …'
 */
export function renderStandaloneSvg(model: ChartModel, { css, footer = [], padding = 16 }: StandaloneOptions): string {
  const width = model.width + 2 * padding;
  const headingSize = 16;
  const footerSize = 12;
  const headingLines = wrapText(model.title, model.width, headingSize, { bold: true });
  const headingHeight = headingLines.length * Math.round(headingSize * 1.3) + 10;
  const footerLines = footer.flatMap((line) => wrapText(line, model.width, footerSize));
  const footerLineHeight = Math.round(footerSize * 1.35);
  const chartTop = padding + headingHeight;
  const footerTop = chartTop + model.height + 14;
  const height = Math.ceil(footerTop + footerLines.length * footerLineHeight + padding - 4);
  const tspans = (lines: string[], x: number, lineHeight: number) =>
    lines.map((line, index) => `<tspan x="${x}"${index ? ` dy="${lineHeight}"` : ''}>${escapeXml(line)}</tspan>`).join('');
  const titleId = `${model.id}-title`;
  const descId = `${model.id}-desc`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart--${model.kind} chart--standalone" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"` +
    ` role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeXml(model.title)}</title>` +
    `<desc id="${descId}">${escapeXml(model.desc)}</desc>` +
    `<style>${css.replace(/<\/?style[^>]*>/g, '')}\n.chart--standalone .chart-background { fill: var(--color-surface); }</style>` +
    renderPatterns(model.patterns, model.id) +
    `<rect class="chart-background" width="${width}" height="${height}"/>` +
    `<text class="chart-panel-heading" x="${padding}" y="${round1(padding + headingSize * 0.8)}" font-size="${headingSize}" font-weight="bold">${tspans(headingLines, padding, Math.round(headingSize * 1.3))}</text>` +
    `<g transform="translate(${padding} ${chartTop})">${renderMarks(model.marks, model.id)}</g>` +
    (footerLines.length
      ? `<text class="chart-note" x="${padding}" y="${round1(footerTop + footerSize * 0.8)}" font-size="${footerSize}">${tspans(footerLines, padding, footerLineHeight)}</text>`
      : '') +
    `</svg>\n`
  );
}
