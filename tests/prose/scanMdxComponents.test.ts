import { describe, expect, it } from 'vitest';
import { scanMdxComponents } from '../../src/prose/scanMdxComponents';

describe('scanMdxComponents', () => {
  it('finds components in document order with their literal attributes and lines', () => {
    const body = 'Intro.\n\nOver <FigureValue id="sorties" unit={false} /> were flown <Cite p={[12, 14]} />.\n<Entity name="Shaleh">him</Entity>';
    const uses = scanMdxComponents(body);
    expect(uses.map(({ name, attributes, line }) => ({ name, attributes, line }))).toEqual([
      { name: 'FigureValue', attributes: { id: 'sorties', unit: false }, line: 3 },
      { name: 'Cite', attributes: { p: [12, 14] }, line: 3 },
      { name: 'Entity', attributes: { name: 'Shaleh' }, line: 4 },
    ]);
    expect(uses[2]!.children).toBe('him');
  });
  it('reads numbers, bare booleans and single quotes, and keeps other expressions raw', () => {
    const [use] = scanMdxComponents(`<Quote by='vladimir-putin' p={4} inline count={n + 1}>x</Quote>`);
    expect(use!.attributes).toEqual({ by: 'vladimir-putin', p: 4, inline: true, count: { expression: 'n + 1' } });
  });
  it('ignores lower-case HTML and components shown in code', () => {
    const body = '<span>x</span>\n\n```mdx\n<Cite p={99} />\n```\n\nUse `<Cite p={98} />` like this <Cite p={3} />';
    expect(scanMdxComponents(body).map((use) => use.attributes.p)).toEqual([3]);
  });
  it('spans multi-line tags', () => {
    const [use] = scanMdxComponents('<KeyJudgment\n  likelihood="likely"\n  confidence="low"\n  p={2}\n>\nText\n</KeyJudgment>');
    expect(use!.attributes).toEqual({ likelihood: 'likely', confidence: 'low', p: 2 });
    expect(use!.children.trim()).toBe('Text');
  });
});
