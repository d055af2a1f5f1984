import { describe, expect, it } from 'vitest';
import { describeSearchHit } from '../../src/search/client/describeSearchHit';

const briefing = {
  url: '/briefings/damascus-demands/',
  excerpt: 'Al-Sharaa thanked Russia in public …',
  meta: {
    title: 'What Damascus asked of Moscow',
    type: 'Briefing',
    date: '2026-01-30',
    summary: 'Al-Sharaa thanked Russia in public but brought a private list.',
    aliases: 'Ahmed al-Sharaa: al-Sharaa, Shaleh; Russia',
  },
  sub_results: [
    { title: 'What Damascus asked of Moscow', url: '/briefings/damascus-demands/', excerpt: 'Al-Sharaa thanked …' },
    { title: 'The list', url: '/briefings/damascus-demands/#the-list', excerpt: 'The list. Handing over <mark>Assad</mark> …' },
  ],
};

describe('describeSearchHit', () => {
  it('labels a dated page with its type and day, an entity with its kind', () => {
    expect(describeSearchHit(briefing, 'Shaleh').label).toBe('Briefing · 30 January 2026');
    expect(describeSearchHit({ url: '/entities/isis/', excerpt: '<mark>ISIS</mark>', meta: { title: 'ISIS', type: 'Entity', kind: 'Armed group' } }, 'ISIS').label).toBe(
      'Armed group',
    );
  });
  it('explains a match through an alias, and shows the summary when the excerpt holds no match', () => {
    const hit = describeSearchHit(briefing, 'Shaleh');
    expect(hit.aliasNote).toBe('Mentions Ahmed al-Sharaa, also written “Shaleh”.');
    expect(hit.excerpt).toBeUndefined();
    expect(hit.summary).toBe(briefing.meta.summary);
    expect(hit.url).toBe('/briefings/damascus-demands/?highlight=Shaleh');
  });
  it('keeps an excerpt with matches and says nothing about aliases for a plain match', () => {
    const hit = describeSearchHit({ ...briefing, excerpt: 'Handing over <mark>Assad</mark>' }, 'Assad');
    expect(hit.excerpt).toBe('Handing over <mark>Assad</mark>');
    expect(hit.summary).toBeUndefined();
    expect(hit.aliasNote).toBeUndefined();
  });
  it('lists matching sections of the page, without the page itself or the repeated heading, linked with the words', () => {
    const hit = describeSearchHit(briefing, 'Assad');
    expect(hit.sections).toEqual([{ title: 'The list', url: '/briefings/damascus-demands/?highlight=Assad#the-list', excerpt: 'Handing over <mark>Assad</mark> …' }]);
  });
  it('falls back to the URL for a page without a title', () => {
    expect(describeSearchHit({ url: '/x/', excerpt: '', meta: {} }, 'x')).toMatchObject({ title: '/x/', label: 'Page' });
  });
});
