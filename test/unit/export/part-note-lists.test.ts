/**
 * How the notes of a Pasal row list the parts that share a note, on the real replacement pair
 * (Surabaya 2009 -> 2018): deleted parts by their old number, and the leading words a run of
 * names shares said once.
 */
import { describe, expect, it } from 'vitest';
import { partNotes } from '../../../src/export/table/part-notes';
import { surabayaComparison } from '../../helpers/surabaya-comparison';

const { comparison } = surabayaComparison();
const notesOf = (oldLabel: string) => {
  const row = comparison.pasal.find((r) => r.old?.label === oldLabel);
  if (!row) throw new Error(`${oldLabel} not found`);
  return partNotes(row);
};

describe('lists of parts in the notes of a Pasal row', () => {
  it('name the deleted definitions of Pasal 1 by their old number, though the rows hold them at their old places among the new ones', () => {
    const deleted = notesOf('Pasal 1').find((n) => n.endsWith(' dihapus'));
    expect(deleted).toBe('angka 16 lama, 22 lama, 28 lama, 29 lama, 30 lama, 31 lama, 32 lama, 37, 38, 39, 40 dihapus');
  });

  it('say the leading words of a run once, and start a run where the next names share more', () => {
    expect(notesOf('Pasal 13')).toContain('ayat (1) huruf a angka 1, 2, 3, ayat (2) dihapus');
    expect(notesOf('Pasal 42')).toContain('huruf a, b, c, d dihapus');
    expect(notesOf('Pasal 4')).toContain('ayat (1), (3), ayat (3) huruf a, b, ayat (7) disisipkan');
  });
});
