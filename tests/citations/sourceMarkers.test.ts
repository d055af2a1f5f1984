import { describe, expect, it } from 'vitest';
import { checkSourceMarkers, deriveMarker, sourceMarkers } from '../../src/citations/sourceMarkers';

const source = (id: string, shortTitle: string, marker?: string) => ({ id, filePath: `sources/${id}.yaml`, data: { shortTitle, ...(marker && { marker }) } });

describe('deriveMarker', () => {
  it('takes the initials of the short title, at most four, or the first two letters of one word', () => {
    expect(deriveMarker('Quota review')).toBe('QR');
    expect(deriveMarker('Moscow-talks analysis')).toBe('MTA');
    expect(deriveMarker('The North Atlantic Fisheries Review')).toBe('TNAF');
    expect(deriveMarker('Reuters')).toBe('RE');
  });
});

describe('sourceMarkers', () => {
  it('uses a chosen marker, else the initials, and numbers derived labels that would read alike', () => {
    const labels = sourceMarkers([source('a', 'Quota review'), source('b', 'Quarterly report'), source('c', 'Ministry statement', 'C'), source('d', 'Customs')]);
    expect([...labels]).toEqual([['a', 'QR'], ['b', 'QR2'], ['c', 'C'], ['d', 'CU']]);
    expect(sourceMarkers([source('a', 'Cargo'), source('b', 'Anything', 'CA')]).get('a')).toBe('CA2');
  });
});

describe('checkSourceMarkers', () => {
  it('refuses two sources choosing the same marker, naming the file, the field and the other source', () => {
    expect(checkSourceMarkers([source('a', 'Quota review', 'A'), source('b', 'Bulletin', 'a')])).toEqual([
      { file: 'sources/b.yaml', field: 'marker', message: expect.stringMatching(/^The marker "a" is also the marker of source "a", so their ¶ markers would read alike .* e\.g\. BU\.$/) },
    ]);
    expect(checkSourceMarkers([source('a', 'Quota review', 'A'), source('b', 'Bulletin')])).toEqual([]);
  });
});
