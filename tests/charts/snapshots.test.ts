import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareChart } from '../../src/charts/compare/compareChart';
import { figureChart } from '../../src/charts/figure/figureChart';
import { seriesChart } from '../../src/charts/figure/seriesChart';
import { locatorMap } from '../../src/charts/map/locatorMap';
import { renderStandaloneSvg } from '../../src/charts/renderStandaloneSvg';
import { renderSvg } from '../../src/charts/renderSvg';
import { timelineChart } from '../../src/charts/timeline/timelineChart';
import { loadBasemap } from '../../src/data/loadBasemap';
import { comparison, events, figures, lanes, places, series } from './fixtures';
import { normalizeSvg } from './normalizeSvg';

/**
 * Committed SVG snapshots of every chart: a change to a drawing shows up as a diff of these files, to be reviewed
 * and committed with `vitest -u`. Inputs are the frozen fixtures, not the content, so editing content never
 * breaks them.
 */
describe('chart snapshots', () => {
  for (const [name, figure] of Object.entries(figures)) {
    it(`figure: ${name}`, async () => {
      await expect(normalizeSvg(renderSvg(figureChart(figure, { id: `figure-${name}` })))).toMatchFileSnapshot(`__snapshots__/figure-${name}.svg`);
    });
  }

  for (const width of [300, 720]) {
    it(`timeline, width ${width}`, async () => {
      await expect(normalizeSvg(renderSvg(timelineChart(events, lanes, { id: 'timeline', width })))).toMatchFileSnapshot(`__snapshots__/timeline-${width}.svg`);
    });
  }

  it('timeline of a few events over two years (one panel)', async () => {
    const few = events.filter((event) => ['overthrown', 'first-visit', 'talks', 'statement'].includes(event.id));
    await expect(normalizeSvg(renderSvg(timelineChart(few, lanes, { id: 'few' })))).toMatchFileSnapshot('__snapshots__/timeline-few.svg');
  });

  for (const width of [300, 720]) {
    it(`time series of a figure with a disputed day, width ${width}`, async () => {
      await expect(normalizeSvg(renderSvg(seriesChart(series, { id: 'series', width })))).toMatchFileSnapshot(`__snapshots__/series-${width}.svg`);
    });
    it(`comparison on one scale, width ${width}`, async () => {
      await expect(normalizeSvg(renderSvg(compareChart(comparison, { id: 'compare', width })))).toMatchFileSnapshot(`__snapshots__/compare-${width}.svg`);
    });
  }

  const basemap = loadBasemap();
  for (const width of [300, 720]) {
    it(`locator map, width ${width}`, async () => {
      const model = locatorMap(places, basemap, { id: 'map', width });
      await expect(normalizeSvg(renderSvg(model))).toMatchFileSnapshot(`__snapshots__/map-${width}.svg`);
    });
  }

  it('locator map with a facility inside a city: the facility steps aside, with a leader to its true spot', async () => {
    const city = { id: 'latakia', name: 'Latakia', label: 'Latakia', kind: 'place' as const, lon: 35.7796, lat: 35.5317 };
    const port = { id: 'port', name: 'Latakia Port', label: 'Latakia Port', kind: 'facility' as const, lon: 35.7742, lat: 35.5246 };
    const model = locatorMap([city, port, places[0]!], basemap, { id: 'inside', width: 720 });
    await expect(normalizeSvg(renderSvg(model))).toMatchFileSnapshot('__snapshots__/map-facility-in-city.svg');
  });

  it('locator map of one far place, fitted with the focus country', async () => {
    const model = locatorMap([{ ...places.at(-1)!, emphasis: true }], basemap, { id: 'far', fit: 'all' });
    await expect(normalizeSvg(renderSvg(model))).toMatchFileSnapshot('__snapshots__/map-far.svg');
  });

  it('standalone file of a figure chart', async () => {
    const css = readFileSync('src/styles/charts.css', 'utf8');
    const svg = renderStandaloneSvg(figureChart(figures.overWithPeriod, { id: 'standalone' }), { css, footer: ['Source: a fixture, ¶12.'] });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot('__snapshots__/standalone-figure.svg');
  });
});
