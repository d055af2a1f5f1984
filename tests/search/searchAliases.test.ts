import { describe, expect, it } from 'vitest';
import { buildSearchAliases, type NamedEntity } from '../../src/search/build/buildSearchAliases';
import { matchSearchAlias } from '../../src/search/client/matchSearchAlias';
import { parseSearchAliases } from '../../src/search/client/parseSearchAliases';
import { listMentionedEntities } from '../../src/corpus/listMentionedEntities';
import { buildAliasIndex } from '../../src/entities/buildAliasIndex';

const entity = (name: string, extra: Partial<NamedEntity> = {}): NamedEntity => ({ name, aliases: [], variantSpellings: [], otherNames: [], ...extra });

const sharaa = entity('Ahmed al-Sharaa', {
  shortName: 'al-Sharaa',
  variantSpellings: ['Ahmad Shara', 'Shara', 'Ahmed Sharif', 'Sharif', 'Shaleh', 'Shale', 'Shaley'],
  otherNames: ['Ahmad al-Sharaa'],
});
const hmeimim = entity('Hmeimim Air Base', { shortName: 'Hmeimim', aliases: ['Hmeimim'], variantSpellings: ['Khmeimim Air Base', 'Khmeimim'] });
const isis = entity('ISIS', { aliases: ['ISIS extremists'], otherNames: ['Islamic State', 'ISIL', 'IS', 'Daesh'] });

describe('buildSearchAliases', () => {
  it('lists each entity with every other name, short name first, each once', () => {
    expect(buildSearchAliases([hmeimim, isis])).toBe(
      'Hmeimim Air Base: Hmeimim, Khmeimim Air Base, Khmeimim; ISIS: ISIS extremists, Islamic State, ISIL, IS, Daesh',
    );
  });
  it('keeps an entity without other names, and drops repeats of the name in another case', () => {
    expect(buildSearchAliases([entity('Russia', { aliases: ['russia'] }), entity('Syria')])).toBe('Russia; Syria');
  });
  it('lists an entity named twice only once', () => {
    expect(buildSearchAliases([isis, isis])).toBe(buildSearchAliases([isis]));
  });
  it('drops the separators from names so the text reads back the same', () => {
    const text = buildSearchAliases([entity('Washington, D.C.', { aliases: ['D.C.; the capital'] })]);
    expect(parseSearchAliases(text)).toEqual([{ name: 'Washington D.C.', others: ['D.C. the capital'] }]);
  });
  it('is read back by parseSearchAliases', () => {
    const parsed = parseSearchAliases(buildSearchAliases([sharaa, entity('Syria')]));
    expect(parsed[0]).toEqual({ name: 'Ahmed al-Sharaa', others: ['al-Sharaa', 'Ahmad Shara', 'Shara', 'Ahmed Sharif', 'Sharif', 'Shaleh', 'Shale', 'Shaley', 'Ahmad al-Sharaa'] });
    expect(parsed[1]).toEqual({ name: 'Syria', others: [] });
    expect(parseSearchAliases(undefined)).toEqual([]);
  });
});

describe('matchSearchAlias', () => {
  const aliases = parseSearchAliases(buildSearchAliases([sharaa, hmeimim, isis]));
  it('names the entity a variant spelling stands for', () => {
    expect(matchSearchAlias(aliases, 'Shaleh')).toEqual({ name: 'Ahmed al-Sharaa', alias: 'Shaleh' });
    expect(matchSearchAlias(aliases, 'khmeimim')).toEqual({ name: 'Hmeimim Air Base', alias: 'Khmeimim Air Base' });
    expect(matchSearchAlias(aliases, 'Islamic State')).toEqual({ name: 'ISIS', alias: 'Islamic State' });
    expect(matchSearchAlias(aliases, 'Ahmad Shara')).toEqual({ name: 'Ahmed al-Sharaa', alias: 'Ahmad Shara' });
  });
  it('says nothing when the query matches the name itself, as Pagefind matches word starts', () => {
    expect(matchSearchAlias(aliases, 'al-Sharaa')).toBeUndefined();
    expect(matchSearchAlias(aliases, 'Shara')).toBeUndefined();
    expect(matchSearchAlias(aliases, 'Hmeimim')).toBeUndefined();
  });
  it('says nothing for words no name has', () => {
    expect(matchSearchAlias(aliases, 'Quneitra')).toBeUndefined();
    expect(matchSearchAlias(aliases, '  ')).toBeUndefined();
  });
});

describe('listMentionedEntities', () => {
  const index = buildAliasIndex([
    { id: 'ahmed-al-sharaa', data: sharaa },
    { id: 'isis', data: isis },
    { id: 'russia', data: entity('Russia') },
  ]);
  it('adds the entities the prose names, by id or any name, after the listed ones', () => {
    const body = 'Met <Entity name="Shaleh" /> and <Entity id="russia">the Russians</Entity>, then <Entity name="Daesh" />.';
    expect(listMentionedEntities(['russia'], body, index)).toEqual(['russia', 'ahmed-al-sharaa', 'isis']);
  });
  it('ignores components in code and names it cannot resolve', () => {
    expect(listMentionedEntities([], 'Write `<Entity name="Shaleh" />` or <Entity name="Nobody" />.', index)).toEqual([]);
  });
});
