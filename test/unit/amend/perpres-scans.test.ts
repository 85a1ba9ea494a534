/**
 * Two more real amending instruments with their bases, all four as scanned prints' text layers
 * (test/fixtures/amend): Perpres 7/2025 on Perpres 61/2024 (Neraca Komoditas) and Perpres 86/2025
 * on Perpres 159/2024 (BPPIK). Before they were read: the comparison refused to apply the first
 * (its title was read from a Mengingat line and its base's Judul was lost under a "Menimbang" label
 * read above it), read its items 2 to 15 as one (numbers set apart by text recognition,
 * "Ket€ntuan"), its "Pasal 1O" as no Pasal of the base, and renumbered the base's Pasal 14 to 27
 * ("Pasal L4", a catchword "Pasal27." above "Pasal27"); the second lost items 4 to 10 after "Di
 * ar:tara".
 */
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { applyNewInstrument } from '../../../src/amend/applied-instrument';
import { compareDocs } from '../../../src/diff/compare';
import { comparisonToJson } from '../../../src/diff/json';
import { changeItemList as items } from '../../helpers/change-items';
import { readAmendFixture } from '../../helpers/amend-fixture';

const parse = (f: string) => readAmendFixture(f).doc;

/** The Pasal-level rows of the comparison of `base` with `instrument` applied to it that are not unchanged. */
function changes(base: Node, instrument: Node): { rows: string[]; titles: string[]; summary: Record<string, number>; report: string[] } {
  const a = applyNewInstrument(base, instrument);
  expect(a).not.toBeNull();
  const j = comparisonToJson(compareDocs(base, (a as NonNullable<typeof a>).doc));
  const titles = j.other.filter((o) => ['bab', 'bagian', 'paragraf'].includes(o.kind) && o.status !== 'unchanged').map((o) => `${o.status} ${o.new ?? o.old}`);
  return { rows: j.units.filter((u) => u.status !== 'unchanged').map((u) => `${u.status} ${u.new ?? u.old}`), titles, summary: j.summary as unknown as Record<string, number>, report: (a as NonNullable<typeof a>).report.map((r) => r.status) };
}


describe('Perpres 7/2025 applied to Perpres 61/2024 (Neraca Komoditas)', () => {
  const base = parse('perpres-2024-61-neraca-komoditas.txt');
  const instrument = parse('perpres-2025-07-perubahan-neraca-komoditas.txt');

  it('reads the instrument\'s 15 items, each with the Pasal it changes', () => {
    expect(items(instrument)).toEqual([
      'diubah: Pasal 1', 'diubah: Pasal 3', 'disisipkan: Pasal 3A, Pasal 3B', 'diubah: Pasal 10', 'diubah: Pasal 12', 'diubah: Pasal 17', 'diubah: Pasal 18', 'diubah: Pasal 24',
      'diubah: Pasal 25', 'diubah: Pasal 31', 'diubah: Pasal 32', 'diubah: Pasal 33', 'diubah: Pasal 35', 'diubah: Pasal 37', 'diubah: Pasal 39',
    ]);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes and inserts', () => {
    const c = changes(base, instrument);
    expect(c.rows).toEqual([
      'changed Pasal 1', 'changed Pasal 3', 'inserted Pasal 3A', 'inserted Pasal 3B', 'changed Pasal 10', 'changed Pasal 12', 'changed Pasal 17', 'changed Pasal 18',
      'changed Pasal 24', 'changed Pasal 25', 'changed Pasal 31', 'changed Pasal 32', 'changed Pasal 33', 'changed Pasal 35', 'changed Pasal 37', 'changed Pasal 39',
    ]);
    expect(c.summary).toMatchObject({ unchanged: 29, changed: 14, inserted: 2, deleted: 0, renumbered: 0 });
  });
});

describe('Perpres 86/2025 applied to Perpres 159/2024 (BPPIK)', () => {
  const base = parse('perpres-2024-159-bppik.txt');
  const instrument = parse('perpres-2025-86-perubahan-bppik.txt');

  it('reads the instrument\'s 10 items, item 4 after "Di ar:tara" too', () => {
    expect(items(instrument)).toEqual([
      'diubah: Pasal 5', 'diubah: Pasal 6', 'disisipkan: Bagian Kedua A', 'disisipkan: Pasal 6A', 'diubah: Pasal 20', 'diubah: Pasal 22', 'diubah: Pasal 23', 'diubah: Pasal 24', 'diubah: Pasal 25', 'diubah: Pasal 26',
    ]);
  });

  it('compared with its base, reads exactly the Pasal the instrument changes and inserts, and the Bagian it inserts between two Bagian without naming their BAB', () => {
    const c = changes(base, instrument);
    expect(c.rows).toEqual(['changed Pasal 5', 'changed Pasal 6', 'inserted Pasal 6A', 'changed Pasal 20', 'changed Pasal 22', 'changed Pasal 23', 'changed Pasal 24', 'changed Pasal 25', 'changed Pasal 26']);
    expect(c.report.filter((s) => s !== 'applied')).toEqual([]);
    expect(c.titles).toEqual(['inserted BAB III Bagian Kedua A']);
  });
});

describe('Perpres 97/2025 applied to Perpres 3/2025 (seleksi Dewan Komisioner LPS)', () => {
  const base = parse('perpres-2025-03-seleksi-lps.txt');
  const instrument = parse('perpres-2025-97-perubahan-seleksi-lps.txt');

  it('reads its last item, whose number text recognition set at the head of the next page (read there as a page number)', () => {
    expect(items(instrument)).toEqual(['ditambah: Pasal 3', 'disisipkan: Pasal 3A']);
  });

  it('compared with its base, whose Judul lost its first line, reads exactly Pasal 3 changed and 3A inserted', () => {
    const c = changes(base, instrument);
    expect(c.rows).toEqual(['changed Pasal 3', 'inserted Pasal 3A']);
    expect(c.summary).toMatchObject({ unchanged: 10, changed: 1, inserted: 1, deleted: 0 });
  });
});
