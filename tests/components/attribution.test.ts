import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HtmlNode } from '../helpers/walkHtml';
import AnalystComment from '../../src/components/mdx/AnalystComment.astro';
import Cite from '../../src/components/mdx/Cite.astro';
import KeyJudgment from '../../src/components/mdx/KeyJudgment.astro';
import SourceNotes from '../../src/components/SourceNotes.astro';
import { renderInBriefing } from '../../src/data/briefingInRender';
import { loadBriefbook } from '../../src/data/loadBriefbook';
import { describeGrade } from '../../src/citations/describeAttribution';

/**
 * Citing components know their source from the briefing whose prose they stand in: this fixture briefing lists one
 * source (quota-review), so its citations need not name it.
 */
const inBriefing = <T,>(render: () => Promise<T>) => renderInBriefing('landings-outlook', render);

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

/** The text a reader sees (and Pagefind indexes, unless marked ignored), without tags. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
/** The text left once every element Pagefind is told to ignore is cut out, as Pagefind reads it. */
function searchableTextOf(html: string): string {
  const collect = (node: HtmlNode): string =>
    node.attrs?.some((attribute) => attribute.name === 'data-pagefind-ignore')
      ? ''
      : node.nodeName === '#text'
        ? (node.value ?? '')
        : (node.childNodes ?? []).map(collect).join('');
  return collect(parseFragment(html) as unknown as HtmlNode).replace(/\s+/g, ' ').trim();
}

describe('attribution in prose', () => {
  it('<Cite> of a plain fact stays a bare superscript ¶', async () => {
    const html = await inBriefing(() => container.renderToString(Cite, { props: { p: 6 } }));
    expect(html).toMatch(/<sup class="cite"/);
    expect(textOf(html)).toBe('¶Source paragraph 6');
  });
  it('<Cite as="reported"> says who the source reports, in words a search excerpt keeps', async () => {
    const html = await inBriefing(() => container.renderToString(Cite, { props: { p: 6, as: 'reported', by: 'harbor masters' } }));
    expect(textOf(html).replace('Source paragraph ', '')).toBe('(harbor masters, reported ¶6)');
    expect(searchableTextOf(html)).toBe('(harbor masters, reported)');
    expect(html).toContain('href="/sources/quota-review/#p6"');
  });
  it('<Cite as="analysis"> names the source’s own reading, in the word for its kind (a report)', async () => {
    const html = await inBriefing(() => container.renderToString(Cite, { props: { p: 3, as: 'analysis' } }));
    expect(textOf(html).replace('Source paragraph ', '')).toBe('(the report’s reading ¶3)');
  });
  it('<Cite credibility> gives the Admiralty credibility in words', async () => {
    const html = await inBriefing(() => container.renderToString(Cite, { props: { p: 5, as: 'reported', by: 'unnamed port officials', credibility: 3 } }));
    expect(searchableTextOf(html)).toBe('(unnamed port officials, reported; credibility 3, possibly true)');
  });
  it('<KeyJudgment as="analysis"> carries the attribution next to its statement', async () => {
    const html = await inBriefing(() => container.renderToString(KeyJudgment, {
      props: { likelihood: 'likely', confidence: 'moderate', p: 3, as: 'analysis' },
      slots: { default: 'A judgment.' },
    }));
    expect(textOf(html)).toContain('A judgment. (the report’s reading');
  });
});

describe('<AnalystComment>', () => {
  it('labels an inline inference as ours and says what it rests on, without a citation marker', async () => {
    const html = await inBriefing(() => container.renderToString(AnalystComment, { props: { basis: [5, 2] }, slots: { default: 'The capital is trading price for volume.' } }));
    expect(html).toMatch(/^<span class="analyst-comment/);
    expect(textOf(html)).toBe('Our assessment: The capital is trading price for volume. (based on ¶2, ¶5)');
    expect(html).not.toContain('class="cite"');
    expect(html.match(/#p\d+/g)).toEqual(['#p2', '#p5']);
  });
  it('becomes a labelled note when it holds whole paragraphs, so no <p> ends up inside a <span>', async () => {
    const html = await inBriefing(() => container.renderToString(AnalystComment, { props: {}, slots: { default: '<p>First.</p><p>Second.</p>' } }));
    expect(html).toMatch(/^<div class="analyst-comment analyst-comment--block[^"]*" role="note" aria-label="Our assessment"/);
    expect(textOf(html)).toBe('Our assessmentFirst.Second.');
    expect(html).not.toContain('based on');
  });
});

describe('<SourceNotes>', () => {
  it('opens with the source’s grade and says, per paragraph, how claims rest on it unless all are plain facts', async () => {
    const sourceId = 'quota-review';
    const { reliability } = (await loadBriefbook()).source(sourceId).data;
    // The fixture grades this source, so the opening line is always there to check.
    expect(reliability).toBe('B');
    const cited = [
      {
        sourceId,
        paragraphs: [4, 5, 6],
        uses: {
          4: [{ attribution: 'stated' }, { attribution: 'reported', by: 'unnamed port officials', credibility: 3 }],
          5: [{ attribution: 'stated' }],
          6: [{ attribution: 'analysis' }, { attribution: 'analysis', basisOfAssessment: true }],
        },
      },
    ];
    const text = textOf(await container.renderToString(SourceNotes, { props: { cited, idPrefix: 'x' } }));
    expect(text).toContain(`Source reliability: ${describeGrade(reliability, undefined)}.`);
    const grade = describeGrade(reliability, 3)!;
    expect(text).toContain(`Cited here as: stated; reported by unnamed port officials (${grade}).`);
    expect(text).toContain('Cited here as: the report’s reading; basis of our assessment.');
    const five = text.slice(text.indexOf('¶5'), text.indexOf('¶6'));
    expect(five).not.toContain('Cited here as');
  });
});
