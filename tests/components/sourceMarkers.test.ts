import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HtmlNode } from '../helpers/walkHtml';
import Cite from '../../src/components/mdx/Cite.astro';
import CitationMarker from '../../src/components/CitationMarker.astro';
import { renderInBriefing } from '../../src/data/briefingInRender';

// quota-reform cites two sources (quota-review, ministry-statement); landings-outlook one (quota-review).
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().replace(/Source paragraph /g, '');
function searchableTextOf(html: string): string {
  const collect = (node: HtmlNode): string =>
    node.attrs?.some((attribute) => attribute.name === 'data-pagefind-ignore')
      ? ''
      : node.nodeName === '#text'
        ? (node.value ?? '')
        : (node.childNodes ?? []).map(collect).join('');
  return collect(parseFragment(html) as unknown as HtmlNode).replace(/\s+/g, ' ').trim();
}
const cite = (briefing: string, props: Record<string, unknown>) => renderInBriefing(briefing, () => container.renderToString(Cite, { props }));

describe('the source label in a ¶ marker', () => {
  it('tells two sources’ ¶2 apart in a briefing citing both, and keeps the label in search', async () => {
    const review = await cite('quota-reform', { source: 'quota-review', p: 2 });
    const ministry = await cite('quota-reform', { source: 'ministry-statement', p: 2 });
    expect(textOf(review)).toBe('QR¶2');
    expect(textOf(ministry)).toBe('MS¶2');
    expect(review).toContain('<abbr class="cite__source" title="Quota review"><span class="visually-hidden"> </span>QR</abbr>');
    // In search the label is a word of its own: a hidden space parts it from the word the marker follows.
    expect(searchableTextOf(`level${review}`)).toBe('level QR');
    expect(review).toContain('href="/sources/quota-review/#p2"');
    expect(ministry).toContain('href="/sources/ministry-statement/#p2"');
  });

  it('puts the label inside an attributed claim’s words', async () => {
    const html = await cite('quota-reform', { source: 'ministry-statement', p: 3, as: 'reported', by: 'the minister' });
    expect(textOf(html)).toBe('(the minister, reported MS¶3)');
    expect(searchableTextOf(html)).toBe('(the minister, reported MS)');
  });

  it('leaves a single-source briefing’s markers bare', async () => {
    const html = await cite('landings-outlook', { p: 2 });
    expect(textOf(html)).toBe('¶2');
    expect(html).not.toContain('cite__source');
  });

  it('labels a marker outside prose whose citations span two sources, grouped by source', async () => {
    const html = await container.renderToString(CitationMarker, {
      props: { citations: [{ source: { id: 'quota-review' }, paragraphs: [4, 1] }, { source: { id: 'ministry-statement' }, paragraphs: [2] }] },
    });
    expect(textOf(html)).toBe('QR¶1, 4; MS¶2');
    const bare = await container.renderToString(CitationMarker, { props: { citations: [{ source: { id: 'quota-review' }, paragraphs: [4] }] } });
    expect(textOf(bare)).toBe('¶4');
  });
});
