import { describe, expect, it } from 'vitest';
import { emptySearchState, hasFilters, parseSearchState, serializeSearchState, type SearchState } from '../../src/search/client/searchState';
import { toPagefindFilters } from '../../src/search/build/toPagefindFilters';

const state = (patch: Partial<Omit<SearchState, 'filters'>> & { filters?: Partial<SearchState['filters']> } = {}): SearchState => {
  const empty = emptySearchState();
  return { ...empty, ...patch, filters: { ...empty.filters, ...patch.filters } };
};

describe('parseSearchState', () => {
  it('reads the query, every facet and the sort', () => {
    expect(parseSearchState('?q=tartus&type=Briefing&topic=Diplomacy+and+the+talks&topic=Regional%20balance&entity=Russia&year=2026&sort=date')).toEqual(
      state({
        query: 'tartus',
        sort: 'date',
        filters: { type: ['Briefing'], topic: ['Diplomacy and the talks', 'Regional balance'], entity: ['Russia'], year: ['2026'] },
      }),
    );
  });
  it('gives the empty search for an empty or unrelated query string', () => {
    expect(parseSearchState('')).toEqual(emptySearchState());
    expect(parseSearchState('?utm_source=x&sort=sideways')).toEqual(emptySearchState());
  });
  it('keeps one value of a single-choice facet and drops repeats and blanks', () => {
    const parsed = parseSearchState('?type=Briefing&type=Entity&topic=A&topic=A&topic=+&q=+');
    expect(parsed.filters.type).toEqual(['Briefing']);
    expect(parsed.filters.topic).toEqual(['A']);
    expect(parsed.query).toBe('');
  });
  it('accepts URLSearchParams', () => {
    expect(parseSearchState(new URLSearchParams({ q: 'Khmeimim' })).query).toBe('Khmeimim');
  });
});

describe('serializeSearchState', () => {
  it('leaves out what is empty or default', () => {
    expect(serializeSearchState(emptySearchState())).toBe('');
    expect(serializeSearchState(state({ query: ' tartus ' }))).toBe('q=tartus');
  });
  it('writes facets in a fixed order whatever order they were chosen in', () => {
    const text = serializeSearchState(state({ query: '$400 billion', sort: 'date', filters: { year: ['2026'], type: ['Briefing'] } }));
    expect(text).toBe('q=%24400+billion&type=Briefing&year=2026&sort=date');
  });
  it('round-trips through parseSearchState', () => {
    const original = state({ query: 'Ahmed al-Sharaa', sort: 'date', filters: { topic: ['Russia’s military posture', 'A & B'], entity: ['Hmeimim Air Base'] } });
    expect(parseSearchState(serializeSearchState(original))).toEqual(original);
  });
});

describe('hasFilters', () => {
  it('tells whether any facet value is chosen', () => {
    expect(hasFilters(state({ query: 'x' }))).toBe(false);
    expect(hasFilters(state({ filters: { year: ['2026'] } }))).toBe(true);
  });
});

describe('toPagefindFilters', () => {
  it('passes one value as is and several as all-of', () => {
    expect(toPagefindFilters(state({ filters: { type: ['Briefing'], topic: ['A', 'B'] } }).filters)).toEqual({ type: 'Briefing', topic: { all: ['A', 'B'] } });
  });
  it('leaves out empty facets and the one asked to', () => {
    expect(toPagefindFilters(emptySearchState().filters)).toEqual({});
    expect(toPagefindFilters(state({ filters: { type: ['Briefing'], year: ['2026'] } }).filters, 'type')).toEqual({ year: '2026' });
  });
});
