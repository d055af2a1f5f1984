import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inDocumentTarget } from '../../scripts/pdf/linkTargets.mjs';
import { headingKey, matchHeadings } from '../../scripts/pdf/outline.mjs';
import { defaultSite, normalizeSite, resolvePublishedSite, toPublishedUrl } from '../../scripts/pdf/siteAddress.mjs';

describe('toPublishedUrl', () => {
  const local = 'http://127.0.0.1:40123/';
  it('moves a print-server address onto the site, keeping query and fragment', () => {
    expect(toPublishedUrl('http://127.0.0.1:40123/sources/a/?x=1#p3', local, 'https://example.org/')).toBe('https://example.org/sources/a/?x=1#p3');
  });
  it('keeps the site’s sub-path when the pages are served under it', () => {
    expect(toPublishedUrl('http://127.0.0.1:40123/briefs/entities/x/', 'http://127.0.0.1:40123/briefs/', 'https://example.org/briefs/')).toBe('https://example.org/briefs/entities/x/');
  });
  it('puts a root-relative link of a page built without the base under the sub-path too', () => {
    expect(toPublishedUrl('http://127.0.0.1:40123/entities/x/', 'http://127.0.0.1:40123/briefs/', 'https://example.org/briefs/')).toBe('https://example.org/briefs/entities/x/');
  });
  it('leaves a link to another host alone', () => {
    expect(toPublishedUrl('https://news.example.com/a(1)', local, 'https://example.org/')).toBe('https://news.example.com/a(1)');
  });
});

describe('the published site', () => {
  const dists: string[] = [];
  afterEach(() => dists.splice(0).forEach((dist) => rmSync(dist, { recursive: true, force: true })));
  const built = (canonical?: string) => {
    const dist = mkdtempSync(path.join(tmpdir(), 'briefbook-site-'));
    dists.push(dist);
    writeFileSync(path.join(dist, 'index.html'), `<html><head>${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head></html>`);
    return dist;
  };

  it('is BRIEFBOOK_SITE when set, written with or without the closing slash', () => {
    expect(resolvePublishedSite(built('https://example.org/briefs/'), 'https://example.org/briefs')).toEqual({ site: 'https://example.org/briefs/' });
  });
  it('without BRIEFBOOK_SITE, is the one the build was made for, then the default', () => {
    expect(resolvePublishedSite(built('https://example.org/briefs/'), undefined)).toEqual({ site: 'https://example.org/briefs/' });
    expect(resolvePublishedSite(built(), undefined)).toEqual({ site: defaultSite });
  });
  it('warns, naming both, when BRIEFBOOK_SITE differs from the build’s', () => {
    const { site, warning } = resolvePublishedSite(built('https://example.org/'), 'https://example.org/briefs/');
    expect(site).toBe('https://example.org/briefs/');
    expect(warning).toMatch(/give https:\/\/example\.org\/ as their address, but BRIEFBOOK_SITE is https:\/\/example\.org\/briefs\//);
  });
  it('rejects an address that is not an absolute http(s) URL', () => {
    expect(() => normalizeSite('example.org/briefs')).toThrow(/BRIEFBOOK_SITE is not an absolute URL: "example.org\/briefs"/);
    expect(() => normalizeSite('ftp://example.org/')).toThrow(/http\(s\)/);
  });
});

describe('inDocumentTarget', () => {
  const localRoot = 'http://127.0.0.1:4000/';
  const book = {
    pageUrl: `${localRoot}book/`,
    localRoot,
    ids: new Set(['briefing-a', 'briefing-a-bottom-line', 'briefing-b', 'briefing-b-b-note-s-3', 'figure-deaths', 'appendix-figures', 'appendix-timeline', 'appendix-sources', 'source-s']),
  };
  const link = (href: string, extra: { note?: string; within?: string[] } = {}) => ({ href: new URL(href, localRoot).href, within: [], ...extra });

  it('sends a citation to its note in the same briefing', () => {
    expect(inDocumentTarget(link('/sources/s/#p3', { note: 'briefing-b-b-note-s-3', within: ['briefing-b'] }), book)).toBe('#briefing-b-b-note-s-3');
  });
  it('sends a cross-reference to the briefing’s part, or to its section', () => {
    expect(inDocumentTarget(link('/briefings/a/', { within: ['briefing-b'] }), book)).toBe('#briefing-a');
    expect(inDocumentTarget(link('/briefings/a/#bottom-line'), book)).toBe('#briefing-a-bottom-line');
    expect(inDocumentTarget(link('/briefings/a/#not-printed'), book)).toBe('#briefing-a');
  });
  it('sends figures, the timeline and sources to their appendix', () => {
    expect(inDocumentTarget(link('/figures/#deaths'), book)).toBe('#figure-deaths');
    expect(inDocumentTarget(link('/figures/page/2/#other'), book)).toBe('#appendix-figures');
    expect(inDocumentTarget(link('/timeline/#event'), book)).toBe('#appendix-timeline');
    expect(inDocumentTarget(link('/sources/s/'), book)).toBe('#source-s');
    expect(inDocumentTarget(link('/source-notes/'), book)).toBe('#appendix-sources');
  });
  it('leaves links whose target is not printed to the site', () => {
    expect(inDocumentTarget(link('/sources/s/#p9'), book)).toBeNull();
    expect(inDocumentTarget(link('/briefings/c/'), book)).toBeNull();
    expect(inDocumentTarget(link('/entities/x/'), book)).toBeNull();
    expect(inDocumentTarget(link('https://elsewhere.example/briefings/a/'), book)).toBeNull();
  });
  it('does not turn a link into a jump to the section it is already in', () => {
    expect(inDocumentTarget(link('/sources/s/', { within: ['source-s', 'appendix-sources'] }), book)).toBeNull();
    expect(inDocumentTarget(link('/briefings/a/', { within: ['briefing-a'] }), book)).toBeNull();
  });
  it('leaves a fragment of the printed page to Chromium, which already makes it a jump', () => {
    expect(inDocumentTarget(link('/book/#briefing-a'), book)).toBeNull();
  });
  it('understands the site’s base path', () => {
    const based = { ...book, pageUrl: `${localRoot}briefs/book/`, localRoot: `${localRoot}briefs/` };
    expect(inDocumentTarget(link('/briefs/briefings/a/'), based)).toBe('#briefing-a');
  });
});

describe('matchHeadings', () => {
  it('restores the spaces of a wrapped heading and the case CSS capitalised', () => {
    const { titles, unmatched } = matchHeadings(['Syria after Assad:the Moscow talks', 'BOTTOM LINE'], ['Syria after Assad: the Moscow talks', 'Bottom line']);
    expect(titles).toEqual(['Syria after Assad: the Moscow talks', 'Bottom line']);
    expect(unmatched).toEqual([]);
  });
  it('passes over headings that print no bookmark, and matches repeated titles in order', () => {
    const { titles } = matchHeadings(['NOTES', 'NOTES'], ['Search', 'Notes', 'Hidden', 'Notes']);
    expect(titles).toEqual(['Notes', 'Notes']);
  });
  it('takes a bookmark whose title Chromium wrote twice over for the one heading it is', () => {
    const { titles, unmatched } = matchHeadings(['Bottom line', 'Key figuresKey figures', 'Notes'], ['Bottom line', 'Key figures', 'Notes']);
    expect(titles).toEqual(['Bottom line', 'Key figures', 'Notes']);
    expect(unmatched).toEqual([]);
    expect(matchHeadings(['Key figuresKey'], ['Key figures']).unmatched).toEqual(['Key figuresKey']);
  });
  it('keeps a bookmark no heading matches, and names it', () => {
    const { titles, unmatched } = matchHeadings(['Other', 'Bottom line'], ['Bottom line']);
    expect(titles).toEqual(['Other', 'Bottom line']);
    expect(unmatched).toEqual(['Other']);
  });
  it('compares without spaces, soft hyphens or case, including a capital ß', () => {
    expect(headingKey('Straße und Plät\u00adze')).toBe(headingKey('STRASSE UNDPLÄTZE'));
  });
});
