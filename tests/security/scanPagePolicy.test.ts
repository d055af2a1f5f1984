import { describe, expect, it } from 'vitest';
import { parsePagePolicy, readPagePolicy } from '../../src/integrations/staticHeaders';
import { scanPagePolicy } from '../../src/security/scanPagePolicy';

// The scan that feeds _headers must read every page as an HTML parser does; parse5 (parsePagePolicy) is the oracle.
const meta = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'; style-src 'self'">`;
const page = (body: string, head = '') => `<!DOCTYPE html><html><head>${meta}${head}</head><body>${body}</body></html>`;

const sameAsParser = (html: string) => {
  const scanned = readPagePolicy(html, 'page.html');
  const parsed = parsePagePolicy(html, 'page.html');
  expect({ meta: [...scanned.meta], inline: scanned.inline }).toEqual({ meta: [...parsed.meta], inline: parsed.inline });
};

describe('scanPagePolicy', () => {
  it('finds the meta policy and the inline scripts and styles, not the external ones', () => {
    const html = page('<p>Text</p><script type="module">let a = 1 < 2;</script><script src="/x.js"></script>', '<style>p{color:red}</style><link rel="stylesheet" href="/a.css">');
    expect(scanPagePolicy(html)).toEqual({ policy: "default-src 'none'; script-src 'self'; style-src 'self'", scripts: ['let a = 1 < 2;'], styles: ['p{color:red}'] });
    sameAsParser(html);
  });

  it('is not fooled by tags inside quoted attributes, comments, titles or other scripts', () => {
    const cases = [
      page(`<a title="<script>alert(1)</script>" href="/">x</a><span data-x='<style>p{}</style>'>y</span>`),
      page('<!-- <script>commented()</script> --><p>after</p><script>real()</script>'),
      page('<script>const html = "<style>p{}</style>";</script><style>/* </scrip */ a{}</style>'),
      page('<p>a > b</p><script>x()</script >', '<title>A <style> in a title</title>'),
      page('<div hidden=""><script>first()</script></div><SCRIPT>upper()</SCRIPT>'),
      page('<p>unterminated <!-- comment never closes <script>no()</script>'),
      page('<img alt=a>b src=x><script>after()</script><p/>'),
      page('<!----><!-- a --!> b --><script>c()</script>'),
    ];
    for (const html of cases) sameAsParser(html);
  });

  it('leaves pages it cannot read like a parser to the parser, with the same answer', () => {
    const cases = [
      page('<svg viewBox="0 0 1 1"><style>a&gt;b{}</style></svg>'),
      page('<template><script>inTemplate()</script></template><script>outside()</script>'),
      page('<noscript><style>p{}</style></noscript>'),
      page('<script>if (a<!--b) { c() }</script>'),
      page('<style>p{}\r\n</style>'),
    ];
    for (const html of cases) {
      expect(scanPagePolicy(html), html).toBeUndefined();
      sameAsParser(html);
    }
    expect(scanPagePolicy(page('<svg viewBox="0 0 1 1"><title>Chart</title><path d="M0 0"/></svg><style>after{}</style>'))?.styles).toEqual(['after{}']);
  });

  it('decodes the plain character references of the policy, and leaves any other to the parser', () => {
    const encoded = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;"></head><body></body></html>`;
    expect(scanPagePolicy(encoded)?.policy).toBe("default-src 'none'");
    sameAsParser(encoded);
    const named = `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src &apos;none&apos; &nbsp;"></head></html>`;
    expect(scanPagePolicy(named)).toBeUndefined();
    sameAsParser(named);
  });

  it('reports a page without the meta policy', () => {
    expect(() => readPagePolicy('<html><head></head><body><script>x()</script></body></html>', 'about/index.html')).toThrow(/about\/index\.html has no <meta http-equiv="content-security-policy">/);
  });
});
