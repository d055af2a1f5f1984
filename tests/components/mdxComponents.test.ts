import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import Entity from '../../src/components/mdx/Entity.astro';
import FigureValue from '../../src/components/mdx/FigureValue.astro';
import KeyJudgment from '../../src/components/mdx/KeyJudgment.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import { renderInBriefing } from '../../src/data/briefingInRender';

// Citing components resolve a citation without source= from the briefing they stand in, as on a briefing page.
const inBriefing = <T,>(render: () => Promise<T>) => renderInBriefing('the-moscow-visit', render);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('MDX components', () => {
  it('<FigureValue> prints the qualifier, number and unit from the figure record, with its citation', async () => {
    const html = await container.renderToString(FigureValue, { props: { id: 'russian-combat-sorties' } });
    expect(html).toContain('over 63,000 combat sorties');
    expect(html).toMatch(/href="\/sources\/syria-russia-talks-2026\/#p12"/);
  });
  it('<Entity> resolves a variant spelling to the canonical page and name', async () => {
    const html = await container.renderToString(Entity, { props: { name: 'Shaleh' } });
    expect(html).toMatch(/href="\/entities\/ahmed-al-sharaa\/"/);
    expect(html).toContain('>Ahmed al-Sharaa</a>');
  });
  it('<Cite> links each paragraph to the source page', async () => {
    const html = await inBriefing(() => container.renderToString(Cite, { props: { p: [14, 3] } }));
    expect(html.match(/#p(\d+)/g)).toEqual(['#p3', '#p14']);
  });
  it('<Cite> refuses to guess a source outside a briefing, and a source its briefing does not list', async () => {
    await expect(container.renderToString(Cite, { props: { p: 3 } })).rejects.toThrow("rendered outside a briefing's prose");
    await expect(inBriefing(() => container.renderToString(Cite, { props: { p: 3, source: 'another-source' } }))).rejects.toThrow(
      /the-moscow-visit\.mdx  <Cite source>: Source "another-source" is not listed in this briefing's `sources`/,
    );
  });
  it('<FigureValue> keeps "over" and marks a bounded estimate for money', async () => {
    const html = await container.renderToString(FigureValue, { props: { id: 'war-infrastructure-losses', cite: false } });
    expect(html).toContain('over $400 billion (estimated)');
    expect(html).not.toContain('#p');
  });
  it('<Entity> refuses a name no entity has', async () => {
    await expect(container.renderToString(Entity, { props: { name: 'Nobody at all' } })).rejects.toThrow('"Nobody at all", which is no entity');
  });
  it('<Entity> keeps the author’s text when given', async () => {
    const html = await container.renderToString(Entity, { props: { id: 'ahmed-al-sharaa' }, slots: { default: 'al-Sharaa' } });
    expect(html).toContain('>al-Sharaa</a>');
  });
  it('<Quote> attributes the words to the canonical speaker and cites the paragraph', async () => {
    const html = await inBriefing(() => container.renderToString(Quote, { props: { by: 'Putin', p: 4 }, slots: { default: 'Words.' } }));
    expect(html).toMatch(/<blockquote[^>]*><p[^>]*>Words\.<\/p><\/blockquote>/);
    expect(html).toMatch(/href="\/entities\/vladimir-putin\/"[^>]*>Vladimir Putin<\/a>/);
    expect(html).toContain('#p4');
  });
  it('<KeyJudgment> states likelihood with its range and the confidence level', async () => {
    const html = await inBriefing(() => container.renderToString(KeyJudgment, { props: { likelihood: 'likely', confidence: 'low', p: 3 }, slots: { default: 'A judgment.' } }));
    expect(html).toContain('Likely');
    expect(html).toContain('(55–80%)');
    expect(html).toContain('Low confidence');
  });
});
