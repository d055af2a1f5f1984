import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appliesOnScreen, listPageAssets, measureFirstView } from '../../scripts/bench/measureOutput.mjs';

describe('appliesOnScreen', () => {
  it('counts a stylesheet a screen may apply', () => {
    for (const media of [undefined, '', 'all', 'screen', 'SCREEN', 'screen, print', 'print, screen', '(min-width: 40rem)', 'only screen and (min-width: 1px)', 'not print']) {
      expect(appliesOnScreen(media), String(media)).toBe(true);
    }
  });

  it('leaves out a stylesheet for another medium only', () => {
    for (const media of ['print', ' Print ', 'print and (orientation: portrait)', 'only print', 'speech', 'print, speech']) {
      expect(appliesOnScreen(media), media).toBe(false);
    }
  });
});

describe('measureFirstView', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'first-view-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the screen stylesheets and not the print one', () => {
    mkdirSync(path.join(dir, '_astro'));
    mkdirSync(path.join(dir, 'briefings/a'), { recursive: true });
    writeFileSync(path.join(dir, '_astro/screen.css'), 'body{color:#123}'.repeat(50));
    writeFileSync(path.join(dir, '_astro/print.css'), '@media print{.x{display:none}}'.repeat(200));
    const page = 'briefings/a/index.html';
    const html =
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/screen.css"></head>' +
      '<body><p>Text</p><link rel="stylesheet" href="../../_astro/print.css" media="print"></body></html>';
    writeFileSync(path.join(dir, page), html);

    expect(listPageAssets(html)).toMatchObject({ styles: ['/_astro/screen.css'], otherMediaStyles: ['../../_astro/print.css'] });
    const view = measureFirstView(dir, page);
    expect(view.cssFiles).toEqual(['_astro/screen.css']);
    expect(view.total).toBe(view.htmlGzip + view.cssGzip + view.jsGzip);

    // The same page with the print sheet linked for every medium counts it.
    writeFileSync(path.join(dir, page), html.replace(' media="print"', ''));
    const withPrint = measureFirstView(dir, page);
    expect(withPrint.cssFiles).toEqual(['_astro/screen.css', '_astro/print.css']);
    expect(withPrint.cssGzip).toBeGreaterThan(view.cssGzip);
  });
});
