/**
 * Makes an SVG string stable to compare, as Observable Plot's snapshot tests do: numbers rounded to one decimal,
 * ids renumbered in order of appearance (and every reference to them rewritten), one element per line so a diff
 * shows what moved.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  for (const match of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(match[1]!)) ids.set(match[1]!, `id${ids.size}`);
  let text = svg.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10));
  for (const [id, renumbered] of [...ids].sort((a, b) => b[0].length - a[0].length)) {
    text = text.split(`"${id}"`).join(`"${renumbered}"`).split(`#${id})`).join(`#${renumbered})`).split(`${id}-`).join(`${renumbered}-`);
    text = text.replace(new RegExp(`(aria-(?:labelledby|describedby)="[^"]*)\\b${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'), `$1${renumbered}`);
  }
  return `${text.replace(/></g, '>\n<').trim()}\n`;
}
