import { describe, expect, it } from 'vitest';
import { prefixHtmlIds } from '../../src/print/prefixHtmlIds';
import { shiftHeadingLevels } from '../../src/print/shiftHeadingLevels';

describe('prefixHtmlIds', () => {
  it('prefixes ids and the in-fragment links to them, leaving other links alone', () => {
    const html = '<section aria-labelledby="h"><h2 id="h">Notes</h2><a href="#h">top</a><a href="#main">skip</a><a href="/sources/s/#p3">¶3</a></section>';
    expect(prefixHtmlIds(html, 'b1')).toBe(
      '<section aria-labelledby="b1-h"><h2 id="b1-h">Notes</h2><a href="#b1-h">top</a><a href="#main">skip</a><a href="/sources/s/#p3">¶3</a></section>',
    );
  });
  it('rewrites SVG references and id lists token by token', () => {
    const html = '<svg aria-labelledby="t d other"><title id="t">T</title><desc id="d">D</desc><clipPath id="c"></clipPath><g clip-path="url(#c)"><use xlink:href="#c"></use></g></svg>';
    expect(prefixHtmlIds(html, 'x')).toBe(
      '<svg aria-labelledby="x-t x-d other"><title id="x-t">T</title><desc id="x-d">D</desc><clipPath id="x-c"></clipPath><g clip-path="url(#x-c)"><use xlink:href="#x-c"></use></g></svg>',
    );
  });
  it('does not mistake data-id or text for an id', () => {
    const html = '<li data-id="a" id="b">id="c"</li><a href="#a">a</a>';
    expect(prefixHtmlIds(html, 'p')).toBe('<li data-id="a" id="p-b">id="c"</li><a href="#a">a</a>');
  });
  it('makes two renderings of the same fragment share no id', () => {
    const fragment = '<h2 id="bottom-line-heading">Bottom line</h2><table headers="x"><th id="x"></th></table>';
    const page = prefixHtmlIds(fragment, 'one') + prefixHtmlIds(fragment, 'two');
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('moves headings in the same pass exactly as prefixing and then shifting would', () => {
    const fragments = [
      '<H1 id="t" class="x">T</H1><section aria-labelledby="t  u"><h2 id="u">U</h2><h6>six</h6><a href="#u">up</a><hr/><h3/></section>',
      '<p for="<h2 a"><a href="#<h1>x">x</a><span id="<h2 y">y</span><g style="fill:url(#<h2/q)"></g></p><H4\nid="q">q</H4><h7>no</h7>',
      '<h2>no ids at all</h2><label for="a   b">x</label>',
      '<h1 id="one">One</h1><label for="one   two">x</label>',
    ];
    for (const html of fragments) {
      for (const offset of [0, 1, 2, -1]) {
        expect(prefixHtmlIds(html, 'b7', offset)).toBe(shiftHeadingLevels(prefixHtmlIds(html, 'b7'), offset));
      }
    }
    expect(prefixHtmlIds('<H1 id="t">T</H1><a href="#t">t</a>', 'p', 1)).toBe('<h2 id="p-t">T</h2><a href="#p-t">t</a>');
  });
});
