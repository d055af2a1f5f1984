import { describe, expect, it } from 'vitest';
import { highlightTermsOf } from '../../src/search/client/highlightTermsOf';
import { normalizeSearchQuery } from '../../src/search/client/normalizeSearchQuery';
import { splitExcerpt } from '../../src/search/client/splitExcerpt';
import { withHighlight } from '../../src/search/client/withHighlight';

describe('normalizeSearchQuery', () => {
  it('drops currency signs, which the index does not keep', () => {
    expect(normalizeSearchQuery('$400 billion')).toBe('400 billion');
    expect(normalizeSearchQuery('€5 and £3')).toBe('5 and 3');
  });
  it('keeps digit grouping, hyphens and quotes, and squeezes spaces', () => {
    expect(normalizeSearchQuery('  63,000   sorties ')).toBe('63,000 sorties');
    expect(normalizeSearchQuery('"military police" al-Sharaa')).toBe('"military police" al-Sharaa');
  });
});

describe('highlightTermsOf', () => {
  it('keeps words as typed so the page text can be found', () => {
    expect(highlightTermsOf('Ahmed al-Sharaa')).toEqual(['Ahmed', 'al-Sharaa']);
    expect(highlightTermsOf('"military police"')).toEqual(['military', 'police']);
  });
  it('adds the grouped form of a bare number', () => {
    expect(highlightTermsOf('63000')).toEqual(['63000', '63,000']);
    expect(highlightTermsOf('$400 billion')).toEqual(['400', 'billion']);
    expect(highlightTermsOf('63,000')).toEqual(['63,000']);
  });
  it('gives nothing for punctuation alone', () => {
    expect(highlightTermsOf(' " - ')).toEqual([]);
  });
});

describe('withHighlight', () => {
  it('adds one parameter per term before the fragment', () => {
    expect(withHighlight('/briefings/x/#the-visit', ['al-Sharaa', '63,000'])).toBe('/briefings/x/?highlight=al-Sharaa&highlight=63%2C000#the-visit');
  });
  it('extends an existing query string and leaves the URL alone without terms', () => {
    expect(withHighlight('/search/?q=a', ['a'])).toBe('/search/?q=a&highlight=a');
    expect(withHighlight('/entities/isis/', [])).toBe('/entities/isis/');
  });
});

describe('splitExcerpt', () => {
  it('separates marked runs and decodes what Pagefind escaped', () => {
    expect(splitExcerpt('over <mark>$400</mark> <mark>billion.</mark> &lt;script&gt;')).toEqual([
      { text: 'over ', marked: false },
      { text: '$400', marked: true },
      { text: ' ', marked: false },
      { text: 'billion.', marked: true },
      { text: ' <script>', marked: false },
    ]);
  });
  it('returns plain text whole', () => {
    expect(splitExcerpt('Tartus Naval Base')).toEqual([{ text: 'Tartus Naval Base', marked: false }]);
  });
});
