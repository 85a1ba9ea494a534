/**
 * Items that restate some ayat of a Pasal, not the whole Pasal (drafting-rules.md 3.4.2 F2, F3,
 * F8, F9, and their combinations: "Ketentuan ayat (1) Pasal 11 diubah dan di antara ayat (1) dan
 * ayat (2) disisipkan 1 (satu) ayat, yakni ayat (1a)"): each restated ayat replaces the ayat of
 * its number or is inserted where its number belongs; the ayat it does not restate stay.
 */
import type { NodeJson } from '../model/doc-json';
import { fail, type Entry } from './apply-entry';
import type { Instruction } from './instruction';
import { canonicalNum, findUnit, type Located } from './json-tree';
import { mergeByNumber } from './merge-by-number';

/** Merge the restated `ayat` into the Pasal at `loc` (numbered `p`). */
export function applyAyat(loc: Located, ins: Instruction, ayat: readonly NodeJson[], p: string): Entry {
  const num = (a: NodeJson) => canonicalNum('ayat', a.attrs?.baseNum) ?? '';
  const nums = ayat.map(num);
  const units = nums.map((n) => `Pasal ${p} ayat (${n})`);
  const added = new Set(ins.added.ayat.map((n) => canonicalNum('ayat', n) ?? ''));
  // An ayat said to change must exist; one said to be new must not.
  const missing = nums.find((n) => ins.place.ayat.includes(n) && !added.has(n) && !findUnit(loc.node, 'ayat', n));
  if (missing) return fail(ins, `Ayat (${missing}) Pasal ${p} tidak ada dalam naskah dasar.`, units);
  const named = new Set([...ins.place.ayat, ...added]);
  const unnamed = nums.filter((n) => !named.has(n));
  const merged = mergeByNumber(loc.node, ayat, 'ayat');
  const notes = [
    merged.inserted.length > 0 && merged.replaced.length > 0
      ? 'Ayat yang dirumuskan ulang diganti dan ayat baru disisipkan menurut nomornya; ayat lain tetap.'
      : merged.replaced.length > 0
        ? 'Hanya ayat yang dirumuskan ulang dalam butir yang diganti.'
        : '',
    unnamed.length > 0
      ? `Butir memuat ${unnamed.map((n) => `ayat (${n})`).join(', ')} yang tidak disebut dalam kalimat perubahan; diterapkan menurut nomornya.`
      : '',
  ].filter(Boolean);
  return { status: unnamed.length > 0 ? 'ambiguous' : 'applied', action: ins.action ?? 'diubah', units, message: notes.join(' ') };
}
