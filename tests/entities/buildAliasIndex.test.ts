import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../src/entities/buildAliasIndex';

const entity = (name: string, extra: Partial<{ shortName: string; aliases: string[]; variantSpellings: string[]; otherNames: string[] }> = {}) => ({
  name,
  aliases: [],
  variantSpellings: [],
  otherNames: [],
  ...extra,
});

describe('buildAliasIndex', () => {
  const index = buildAliasIndex([
    { id: 'ahmed-al-sharaa', data: entity('Ahmed al-Sharaa', { shortName: 'al-Sharaa', variantSpellings: ['Shaleh', 'Ahmad Shara'] }) },
    { id: 'hmeimim-air-base', data: entity('Hmeimim Air Base', { aliases: ['Hmeimim'], variantSpellings: ['Khmeimim'] }) },
    { id: 'isis', data: entity('ISIS', { otherNames: ['Islamic State'] }) },
  ]);

  it('resolves every spelling to the canonical entity, ignoring case and spacing', () => {
    expect(index.resolve('Shaleh')).toEqual({ entityId: 'ahmed-al-sharaa', kind: 'variantSpelling' });
    expect(index.resolve('  ahmad   SHARA ')).toEqual({ entityId: 'ahmed-al-sharaa', kind: 'variantSpelling' });
    expect(index.resolve('Khmeimim')?.entityId).toBe('hmeimim-air-base');
    expect(index.resolve('islamic state')).toEqual({ entityId: 'isis', kind: 'otherName' });
  });
  it('resolves ids and canonical names as such', () => {
    expect(index.resolve('ahmed-al-sharaa')).toEqual({ entityId: 'ahmed-al-sharaa', kind: 'id' });
    expect(index.resolve('Ahmed al‑Sharaa'.replace('‑', '-'))?.kind).toBe('name');
  });
  it('returns undefined for unknown names', () => {
    expect(index.resolve('Sharaa Ahmed')).toBeUndefined();
  });
  it('reports a name claimed by two entities', () => {
    const clash = buildAliasIndex([
      { id: 'qamishli-airport', data: entity('Qamishli Airport', { aliases: ['Qamishli'] }) },
      { id: 'qamishli', data: entity('Qamishli') },
    ]);
    // The id "qamishli" and the name "Qamishli" fold to one key, so the clash is reported once.
    expect(clash.conflicts).toEqual([{ name: 'qamishli', entityIds: ['qamishli-airport', 'qamishli'] }]);
  });
});
