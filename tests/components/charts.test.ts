import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxServerRenderer from '@astrojs/mdx/server.js';
import { beforeAll, describe, expect, it } from 'vitest';
import Chart from '../../src/components/charts/Chart.astro';
import BriefingPage from '../../src/pages/briefings/[slug].astro';
import FigureChart from '../../src/components/mdx/FigureChart.astro';
import LocatorMap from '../../src/components/mdx/LocatorMap.astro';
import Timeline from '../../src/components/mdx/Timeline.astro';
import { mdxComponents } from '../../src/components/mdx';
import { mdxComponentContracts } from '../../src/validation/mdxComponentContracts';
import { nextChartId } from '../../src/charts/nextChartId';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  // Briefing pages render MDX, which needs the MDX renderer in the container as in a build.
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxServerRenderer });
});

/** The `id`s an element refers to with aria-labelledby / aria-describedby must exist in the same markup. */
function expectReferencesResolve(html: string) {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
  for (const match of html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)) {
    for (const id of match[1]!.split(' ')) expect(ids.has(id), `missing #${id}`).toBe(true);
  }
  const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
  expect(new Set(all).size, 'duplicate ids').toBe(all.length);
}

describe('<Chart> (Astro Container API)', () => {
  it('renders a figure chart as an accessible inline SVG with its data table, source and downloads', async () => {
    const html = await container.renderToString(Chart, { props: { spec: { kind: 'figure', figureId: 'harbor-landings' } } });
    expect(html).toMatch(/<svg[^>]+role="img"[^>]+aria-labelledby="[^"]+-title"/);
    expect(html).toMatch(/<title id="[^"]+">Fish landed at the surveyed harbors: over 48,000 tonnes/);
    expect(html).toMatch(/<desc id="[^"]+">Unit chart\./);
    expect(html).toMatch(/<table[^>]*class="[^"]*chart-table/);
    expect(html).toContain('<th scope="row"');
    expect(html).toContain('over 16,000 tonnes a year');
    expect(html).toMatch(/href="\/sources\/harbor-survey\/#p3"/);
    expect(html).toMatch(/href="\/data\/charts\/figure-harbor-landings\.svg"/);
    expect(html).toMatch(/href="\/data\/figures\/harbor-landings\.csv"/);
    expect(html).not.toMatch(/\sstyle="/);
    expectReferencesResolve(html);
  });

  it('renders a timeline and a map in a narrow and a wide drawing, each with unique ids', async () => {
    for (const spec of [{ kind: 'timeline', scope: 'all' }, { kind: 'map', scope: 'all' }] as const) {
      const html = await container.renderToString(Chart, { props: { spec, rowIdPrefix: '' } });
      expect(html.match(/<svg /g)).toHaveLength(2);
      expect(html).toContain('chart-variant--narrow');
      expect(html).toContain('chart-variant--wide');
      expect(html).not.toMatch(/\sstyle="/);
      expectReferencesResolve(html);
    }
  });

  it('anchors timeline rows by event id when asked to', async () => {
    const html = await container.renderToString(Chart, { props: { spec: { kind: 'timeline', scope: 'all' }, rowIdPrefix: '' } });
    expect(html).toContain('<tr id="survey-published"');
    expect(html).toContain('<tr id="scheme-starts"');
    expect(html).toMatch(/href="\/briefings\/harbor-traffic\/"/);
  });

  it('keeps every id unique on a whole briefing page, charts included', async () => {
    // A page's props type is `never` (it takes params); the container renders it all the same.
    const page = BriefingPage as unknown as Parameters<AstroContainer['renderToString']>[0];
    // The harbor-traffic note asks for its map and places a figure chart and a locator map in its prose.
    const html = await container.renderToString(page, { params: { slug: 'harbor-traffic' } });
    expect(html.match(/<svg [^>]*role="img"/g)!.length).toBeGreaterThanOrEqual(4);
    expectReferencesResolve(html);
  });
});

describe('nextChartId(page, name)', () => {
  it('counts charts per page, so the same chart twice gets two ids', () => {
    const page = {};
    expect(nextChartId(page, 'figure-a')).toBe('chart1-figure-a');
    expect(nextChartId(page, 'figure-a')).toBe('chart2-figure-a');
    expect(nextChartId({}, 'figure-a')).toBe('chart1-figure-a');
  });
});

describe('MDX chart components', () => {
  it('are provided for every contract and vice versa', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual(Object.keys(mdxComponentContracts).sort());
  });

  it('<FigureChart id> heads the chart with the figure and its qualifier', async () => {
    const html = await container.renderToString(FigureChart, { props: { id: 'market-trade-loss' } });
    expect(html).toContain('over $120 million (estimated)');
    expect(html).toContain('chart-open-end');
  });

  it('<Timeline events> draws just those events', async () => {
    const html = await container.renderToString(Timeline, { props: { events: 'scheme-starts, survey-published' } });
    expect(html).toContain('data-key="scheme-starts"');
    expect(html).toContain('data-key="survey-published"');
    expect(html).not.toContain('data-key="review-published"');
  });

  it('<Timeline topic> draws the topic’s lane', async () => {
    const html = await container.renderToString(Timeline, { props: { topic: 'harbors' } });
    expect(html).toContain('data-key="survey-published"');
    expect(html).not.toContain('data-key="ministry-statement"');
  });

  it('<Timeline> with both or neither attribute fails loudly', async () => {
    await expect(container.renderToString(Timeline, { props: {} })).rejects.toThrow(/exactly one/);
  });

  it('<LocatorMap entities> maps places and refuses what has no place on a map', async () => {
    const html = await container.renderToString(LocatorMap, { props: { entities: 'akureyri, reykjavik-fish-market' } });
    expect(html).toContain('data-key="reykjavik-fish-market"');
    expect(html).toContain('Losing trade to the northern harbors');
    await expect(container.renderToString(LocatorMap, { props: { entities: 'sigrun-halldorsdottir' } })).rejects.toThrow(/only show places and facilities/);
  });
});
