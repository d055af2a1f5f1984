import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import Entity from '../../src/components/mdx/Entity.astro';
import FigureValue from '../../src/components/mdx/FigureValue.astro';
import KeyJudgment from '../../src/components/mdx/KeyJudgment.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import { renderInBriefing } from '../../src/data/briefingInRender';

// Citing components resolve a citation without source= from the briefing they stand in, as on a briefing page:
// landings-outlook lists one source (quota-review); quota-reform lists two, so its citations must name one.
const inBriefing = <T,>(render: () => Promise<T>) => renderInBriefing('landings-outlook', render);
const inManySourceBriefing = <T,>(render: () => Promise<T>) => renderInBriefing('quota-reform', render);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('MDX components', () => {
  it('<FigureValue> prints the qualifier, number and unit from the figure record, with its citation', async () => {
    const html = await container.renderToString(FigureValue, { props: { id: 'harbor-landings' } });
    expect(html).toContain('over 48,000 tonnes');
    expect(html).toMatch(/href="\/sources\/harbor-survey\/#p3"/);
  });
  it('<Entity> resolves a variant spelling to the canonical page and name', async () => {
    const html = await container.renderToString(Entity, { props: { name: 'Ísafjörður' } });
    expect(html).toMatch(/href="\/entities\/isafjordur\/"/);
    expect(html).toContain('>Isafjordur</a>');
  });
  it('<Cite> links each paragraph to the source page', async () => {
    const html = await inBriefing(() => container.renderToString(Cite, { props: { p: [4, 1] } }));
    expect(html.match(/#p(\d+)/g)).toEqual(['#p1', '#p4']);
    expect(html).toContain('href="/sources/quota-review/#p1"');
  });
  it('<Cite> refuses to guess a source outside a briefing, and a source its briefing does not list', async () => {
    await expect(container.renderToString(Cite, { props: { p: 3 } })).rejects.toThrow("rendered outside a briefing's prose");
    await expect(inBriefing(() => container.renderToString(Cite, { props: { p: 3, source: 'another-source' } }))).rejects.toThrow(
      /landings-outlook\.mdx  <Cite source>: Source "another-source" is not listed in this briefing's `sources`/,
    );
    // A source of the book that this briefing does not list is refused as well.
    await expect(inBriefing(() => container.renderToString(Cite, { props: { p: 3, source: 'harbor-survey' } }))).rejects.toThrow(
      /landings-outlook\.mdx  <Cite source>: Source "harbor-survey" is not listed in this briefing's `sources`/,
    );
  });
  it('<FigureValue> keeps "over" and marks a bounded estimate for money', async () => {
    const html = await container.renderToString(FigureValue, { props: { id: 'market-trade-loss', cite: false } });
    expect(html).toContain('over $120 million (estimated)');
    expect(html).not.toContain('#p');
  });
  it('<Entity> refuses a name no entity has', async () => {
    await expect(container.renderToString(Entity, { props: { name: 'Nobody at all' } })).rejects.toThrow('"Nobody at all", which is no entity');
  });
  it('<Entity> keeps the author’s text when given', async () => {
    const html = await container.renderToString(Entity, { props: { id: 'isafjordur' }, slots: { default: 'the west fjords harbor' } });
    expect(html).toMatch(/href="\/entities\/isafjordur\/"/);
    expect(html).toContain('>the west fjords harbor</a>');
  });
  it('<Quote> attributes the words to the canonical speaker and cites the paragraph', async () => {
    const html = await inManySourceBriefing(() =>
      container.renderToString(Quote, { props: { by: 'Halldorsdottir', source: 'ministry-statement', p: 3 }, slots: { default: 'Words.' } }),
    );
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>Words\.<\/p><\/blockquote>/);
    expect(html).toMatch(/href="\/entities\/sigrun-halldorsdottir\/"[^>]*>Sigrun Halldorsdottir<\/a>/);
    expect(html).toContain('href="/sources/ministry-statement/#p3"');
  });
  it('<KeyJudgment> states likelihood with its range and the confidence level', async () => {
    const html = await inBriefing(() => container.renderToString(KeyJudgment, { props: { likelihood: 'likely', confidence: 'low', p: 3 }, slots: { default: 'A judgment.' } }));
    expect(html).toContain('Likely');
    expect(html).toContain('(55–80%)');
    expect(html).toContain('Low confidence');
  });
  it('<Cite>, <Quote> and <KeyJudgment> in a briefing of several sources must name one, and link to the one named', async () => {
    const unnamed = /quota-reform\.mdx  <(Cite|Quote|KeyJudgment) source>: .*(several|2) sources/;
    await expect(inManySourceBriefing(() => container.renderToString(Cite, { props: { p: 1 } }))).rejects.toThrow(unnamed);
    await expect(inManySourceBriefing(() => container.renderToString(Quote, { props: { by: 'Halldorsdottir', p: 3 }, slots: { default: 'Words.' } }))).rejects.toThrow(unnamed);
    await expect(
      inManySourceBriefing(() => container.renderToString(KeyJudgment, { props: { likelihood: 'likely', confidence: 'low', p: 5 }, slots: { default: 'A judgment.' } })),
    ).rejects.toThrow(unnamed);
    const named = await inManySourceBriefing(() => container.renderToString(Cite, { props: { p: 2, source: 'ministry-statement' } }));
    expect(named).toContain('href="/sources/ministry-statement/#p2"');
    expect(named).not.toContain('/sources/quota-review/');
  });
  it('<FigureValue> of a figure resting on two sources cites a paragraph of each', async () => {
    const html = await container.renderToString(FigureValue, { props: { id: 'market-trade-loss' } });
    expect(html).toContain('href="/sources/quota-review/#p4"');
    expect(html).toContain('href="/sources/ministry-statement/#p2"');
  });
});
