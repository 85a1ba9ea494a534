/**
 * Where a part's note points in the comparison ("lihat"): the other place of a part moved between
 * Pasal, read on the side it is numbered in, or the part of another Pasal that reads alike; a
 * part that stayed in its Pasal points nowhere.
 */
import { describe, expect, it } from 'vitest';
import { partLink, pasalOf } from '../../../renderer/panels/compare/part-link';

const ref = (label: string) => ({ label });

describe('partLink', () => {
  it('a part moved away points to its new place, one moved in to its old place', () => {
    expect(partLink('Pasal 27', 'Pasal 27', { old: ref('Pasal 27 ayat (4)'), new: ref('Pasal 29 ayat (3)') })).toEqual({ label: 'Pasal 29 ayat (3)', side: 'new' });
    expect(partLink('Pasal 29', 'Pasal 29', { old: ref('Pasal 27 ayat (4)'), new: ref('Pasal 29 ayat (3)') })).toEqual({ label: 'Pasal 27 ayat (4)', side: 'old' });
  });

  it('a part on one side only points to the part that reads alike, on the other side', () => {
    expect(partLink('Pasal 5', undefined, { old: ref('Pasal 5 ayat (1)'), new: null, alike: 'Pasal 11 ayat (6)' })).toEqual({ label: 'Pasal 11 ayat (6)', side: 'new' });
    expect(partLink('Pasal 4', 'Pasal 11', { old: null, new: ref('Pasal 11 ayat (6)'), alike: 'Pasal 5 ayat (1)' })).toEqual({ label: 'Pasal 5 ayat (1)', side: 'old' });
  });

  it('a part that stayed in its Pasal (renumbered or changed) points nowhere', () => {
    expect(partLink('Pasal 4', 'Pasal 11', { old: ref('Pasal 4 ayat (1)'), new: ref('Pasal 11 ayat (2)') })).toBeNull();
    expect(partLink('Pasal 4', 'Pasal 11', { old: null, new: ref('Pasal 11 ayat (7)') })).toBeNull();
    expect(pasalOf('Pasal 11 ayat (6) huruf a')).toBe('Pasal 11');
    expect(pasalOf('Menimbang huruf a')).toBeNull();
  });
});
