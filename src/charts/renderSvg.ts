import type { ChartModel } from './chartModel';
import { escapeXml } from './escapeXml';
import { renderMarks, renderPatterns } from './renderMarks';

export interface RenderSvgOptions {
  /** Extra classes on the root element (a variant such as `chart-variant--narrow`). */
  className?: string;
}

/**
 * Serialises a chart model as inline SVG for an HTML page: `role="img"`, named by its `<title>` and described by
 * its `<desc>`, sized by its viewBox so it scales down to narrow screens, with no `style` attributes (the page's
 * stylesheet colours it through classes, which a strict Content-Security-Policy allows).
 *
 * @example renderSvg(figureChart(figure, { id: 'c1' })) // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 260 120" …'
 */
export function renderSvg(model: ChartModel, { className = '' }: RenderSvgOptions = {}): string {
  const titleId = `${model.id}-title`;
  const descId = `${model.id}-desc`;
  const classes = ['chart', `chart--${model.kind}`, className].filter(Boolean).join(' ');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${escapeXml(classes)}" viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}"` +
    ` role="img" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<title id="${titleId}">${escapeXml(model.title)}</title>` +
    `<desc id="${descId}">${escapeXml(model.desc)}</desc>` +
    renderPatterns(model.patterns, model.id) +
    renderMarks(model.marks, model.id) +
    `</svg>`
  );
}
