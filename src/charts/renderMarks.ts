import type { HatchPattern, Mark } from './chartModel';
import { escapeXml } from './escapeXml';
import { round1 } from './round1';

const n = (value: number) => String(round1(value));

function renderMark(mark: Mark, idPrefix: string): string {
  const cls = mark.className ? ` class="${escapeXml(mark.className)}"` : '';
  switch (mark.type) {
    case 'rect': {
      const rx = mark.rx ? ` rx="${n(mark.rx)}"` : '';
      const fill = mark.pattern ? ` fill="url(#${idPrefix}-${mark.pattern})"` : '';
      return `<rect${cls} x="${n(mark.x)}" y="${n(mark.y)}" width="${n(mark.width)}" height="${n(mark.height)}"${rx}${fill}/>`;
    }
    case 'circle':
      return `<circle${cls} cx="${n(mark.cx)}" cy="${n(mark.cy)}" r="${n(mark.r)}"/>`;
    case 'line':
      return `<line${cls} x1="${n(mark.x1)}" y1="${n(mark.y1)}" x2="${n(mark.x2)}" y2="${n(mark.y2)}"/>`;
    case 'path': {
      const transform = mark.transform ? ` transform="${escapeXml(mark.transform)}"` : '';
      return `<path${cls} d="${escapeXml(roundPath(mark.d))}"${transform}/>`;
    }
    case 'text': {
      const anchor = mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : '';
      const weight = mark.fontWeight === 'bold' ? ' font-weight="bold"' : '';
      const italic = mark.fontStyle === 'italic' ? ' font-style="italic"' : '';
      const rotate = mark.rotate ? ` transform="rotate(${n(mark.rotate)} ${n(mark.x)} ${n(mark.y)})"` : '';
      const lineHeight = mark.lineHeight ?? mark.fontSize * 1.25;
      const [first = '', ...rest] = mark.lines;
      const body =
        rest.length === 0
          ? escapeXml(first)
          : [first, ...rest].map((line, index) => `<tspan x="${n(mark.x)}"${index ? ` dy="${n(lineHeight)}"` : ''}>${escapeXml(line)}</tspan>`).join('');
      return `<text${cls} x="${n(mark.x)}" y="${n(mark.y)}" font-size="${n(mark.fontSize)}"${anchor}${weight}${italic}${rotate}>${body}</text>`;
    }
    case 'group': {
      const key = mark.key ? ` data-key="${escapeXml(mark.key)}"` : '';
      return `<g${cls}${key}>${mark.marks.map((child) => renderMark(child, idPrefix)).join('')}</g>`;
    }
  }
}

/** Rounds the numbers inside path data to one decimal, as everything else is. */
function roundPath(d: string): string {
  return d.replace(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi, (number) => n(Number(number)));
}

/**
 * Serialises marks to SVG elements, rounding every number to one decimal. Classes carry all colour, so the same
 * markup follows the page's light or dark theme and prints in grey.
 *
 * @example renderMarks([{ type: 'circle', cx: 1.26, cy: 2, r: 3, className: 'dot' }], 'c1') // '<circle class="dot" cx="1.3" cy="2" r="3"/>'
 */
export function renderMarks(marks: readonly Mark[], idPrefix: string): string {
  return marks.map((mark) => renderMark(mark, idPrefix)).join('');
}

/**
 * The `<defs>` for a chart's hatch patterns, or "" when it has none.
 *
 * @example renderPatterns([{ id: 'hatch', className: 'chart-hatch', spacing: 4 }], 'c1') // '<defs><pattern id="c1-hatch" …'
 */
export function renderPatterns(patterns: readonly HatchPattern[], idPrefix: string): string {
  if (patterns.length === 0) return '';
  const body = patterns
    .map(
      ({ id, className, spacing }) =>
        `<pattern id="${idPrefix}-${id}" patternUnits="userSpaceOnUse" width="${n(spacing)}" height="${n(spacing)}" patternTransform="rotate(45)">` +
        `<rect class="${className}-ground" width="${n(spacing)}" height="${n(spacing)}"/>` +
        `<line class="${className}-line" x1="0" y1="0" x2="0" y2="${n(spacing)}" stroke-width="${n(spacing / 2)}"/></pattern>`,
    )
    .join('');
  return `<defs>${body}</defs>`;
}
