/** Structure commands on bare EditorStates: insert, group, join, move, delete (both modes), title. */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { deleteCurrentUnit, deleteUnit, restoreUnit } from '../../../renderer/editor/commands/delete-unit';
import { insertBab, insertBagian, insertParagraf } from '../../../renderer/editor/commands/insert-group';
import { insertPasalBefore } from '../../../renderer/editor/commands/insert-pasal';
import { joinAyat } from '../../../renderer/editor/commands/join-ayat';
import { moveUnitDown, moveUnitUp } from '../../../renderer/editor/commands/move-unit';
import { selectTitle } from '../../../renderer/editor/commands/select-title';
import { setDocMode } from '../../../renderer/editor/commands/set-mode';
import { numberDocument } from '../../../src/model/numbering';
import { ayat, bab, cursorUnit, item, list, markers, para, pasal, perdaDoc, run, stateAt } from './fixtures';

/** BAB I: Pasal 1 (Satu), Pasal 2 (two ayat); BAB II: Pasal 3, Pasal 4 (list). */
const doc = () =>
  perdaDoc(
    bab('KETENTUAN UMUM', pasal(para('Satu.')), pasal(ayat(para('Dua ayat satu.')), ayat(para('Dua ayat dua.')))),
    bab('MATERI', pasal(para('Tiga.')), pasal(para('Empat:'), list(item(para('satu;')), item(para('dua.'))))),
  );

/** The texts of the Pasal in document order with their markers. */
function pasalTexts(state: EditorState): string[] {
  const numbering = numberDocument(state.doc);
  const out: string[] = [];
  state.doc.descendants((n) => {
    if (n.type.name === 'pasal') out.push(`${numbering.get(n.attrs.uid as string)?.marker}:${n.textContent}`);
    return n.type.name !== 'pasal';
  });
  return out;
}

/** The BAB each Pasal is in, by text. */
function babOf(state: EditorState, text: string): string {
  const numbering = numberDocument(state.doc);
  let found = '';
  state.doc.descendants((n) => {
    if (n.type.name === 'bab' && n.textContent.includes(text)) found = numbering.get(n.attrs.uid as string)!.marker;
    return true;
  });
  return found;
}

const perubahan = (json: ReturnType<typeof doc>) => run(setDocMode('perubahan'), stateAt(json, 'Satu.'))[1];

describe('insertPasalBefore', () => {
  it('adds an empty Pasal before the current one and later numbers shift', () => {
    const [ok, after] = run(insertPasalBefore, stateAt(doc(), 'Tiga.'));
    expect(ok).toBe(true);
    expect(pasalTexts(after)).toEqual(['Pasal 1:Satu.', 'Pasal 2:Dua ayat satu.Dua ayat dua.', 'Pasal 3:', 'Pasal 4:Tiga.', 'Pasal 5:Empat:satu;dua.']);
    expect(cursorUnit(after, 'pasal')!.textContent).toBe('');
  });

  it('refuses outside a Pasal', () => {
    expect(run(insertPasalBefore, stateAt(doc(), 'MATERI'))[0]).toBe(false);
  });
});

describe('insertBab / insertBagian / insertParagraf', () => {
  it('a new BAB follows the current BAB with a title and one Pasal', () => {
    const [ok, after] = run(insertBab, stateAt(doc(), 'Satu.'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'bab')).toEqual(['BAB I', 'BAB II', 'BAB III']);
    expect(babOf(after, 'Tiga.')).toBe('BAB III');
    expect(after.selection.$from.parent.type.name).toBe('heading');
    expect(pasalTexts(after)[2]).toBe('Pasal 3:');
  });

  it('a Bagian starts at the current Pasal and takes the following Pasal of the BAB', () => {
    const [ok, after] = run(insertBagian, stateAt(doc(), 'Tiga.'));
    expect(ok).toBe(true);
    const bagian = after.doc.child(2).child(1).child(1);
    expect(bagian.type.name).toBe('bagian');
    expect(bagian.childCount).toBe(3); // title + Pasal 3 + Pasal 4
    expect(markers(after.doc, 'bagian')).toEqual(['Bagian Kesatu']);
    expect(markers(after.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4']);
    after.doc.check();
    // From inside that Bagian: a new Bagian Kedua after it.
    const [ok2, second] = run(insertBagian, stateAt(after.doc.toJSON() as ReturnType<typeof doc>, 'Tiga.'));
    expect(ok2).toBe(true);
    expect(markers(second.doc, 'bagian')).toEqual(['Bagian Kesatu', 'Bagian Kedua']);
  });

  it('a Bagian cannot start in the middle of Pasal that are followed by Pasal of the BAB outside it', () => {
    // Pasal 1 in BAB I: the Bagian takes Pasal 1 and 2, valid; so starting at Pasal 2 keeps Pasal 1 outside.
    const [ok, after] = run(insertBagian, stateAt(doc(), 'Dua ayat dua.'));
    expect(ok).toBe(true);
    const babI = after.doc.child(2).child(0);
    expect(babI.child(1).type.name).toBe('pasal');
    expect(babI.child(2).type.name).toBe('bagian');
  });

  it('refuses a Bagian outside a BAB and a Paragraf outside a Bagian', () => {
    const noBab = perdaDoc(pasal(para('Tanpa bab.')));
    expect(run(insertBagian, stateAt(noBab, 'Tanpa bab.'))[0]).toBe(false);
    expect(run(insertParagraf, stateAt(doc(), 'Tiga.'))[0]).toBe(false);
    expect(run(insertParagraf, stateAt(doc(), 'MATERI'))[0]).toBe(false);
  });

  it('a Paragraf inside a Bagian', () => {
    const [, withBagian] = run(insertBagian, stateAt(doc(), 'Tiga.'));
    const [ok, after] = run(insertParagraf, stateAt(withBagian.doc.toJSON() as ReturnType<typeof doc>, 'Empat:'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'paragraf')).toEqual(['Paragraf 1']);
    after.doc.check();
  });

  it('a BAB from a Perda without BAB wraps the Pasal from the cursor on', () => {
    const noBab = perdaDoc(pasal(para('Satu.')), pasal(para('Dua.')));
    const [ok, after] = run(insertBab, stateAt(noBab, 'Dua.'));
    expect(ok).toBe(true);
    const body = after.doc.child(2);
    expect(body.child(0).type.name).toBe('pasal');
    expect(body.child(1).type.name).toBe('bab');
    expect(markers(after.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2']);
  });
});

describe('joinAyat (split a Pasal into ayat and back)', () => {
  it('turns the ayat back into the Pasal text', () => {
    const [ok, after] = run(joinAyat, stateAt(doc(), 'Dua ayat dua.'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'ayat')).toEqual([]);
    expect(pasalTexts(after)[1]).toBe('Pasal 2:Dua ayat satu.Dua ayat dua.');
    after.doc.check();
  });

  it('refuses a Pasal without ayat, and base ayat in perubahan mode', () => {
    expect(run(joinAyat, stateAt(doc(), 'Tiga.'))[0]).toBe(false);
    const state = perubahan(doc());
    const moved = state.apply(state.tr.setSelection(stateAt(doc(), 'Dua ayat dua.').selection.map(state.doc, state.tr.mapping)));
    expect(joinAyat(moved)).toBe(false);
  });
});

describe('moveUnitUp / moveUnitDown', () => {
  it('moves a Pasal down within its BAB and numbers follow', () => {
    const [ok, after] = run(moveUnitDown, stateAt(doc(), 'Satu.'));
    expect(ok).toBe(true);
    expect(pasalTexts(after).slice(0, 2)).toEqual(['Pasal 1:Dua ayat satu.Dua ayat dua.', 'Pasal 2:Satu.']);
    expect(cursorUnit(after, 'pasal')!.textContent).toBe('Satu.');
  });

  it('moves the first Pasal of a BAB up into the previous BAB, and the last down into the next', () => {
    const [ok, after] = run(moveUnitUp, stateAt(doc(), 'Tiga.'));
    expect(ok).toBe(true);
    expect(babOf(after, 'Tiga.')).toBe('BAB I');
    expect(pasalTexts(after)[2]).toBe('Pasal 3:Tiga.');
    const [ok2, back] = run(moveUnitDown, after);
    expect(ok2).toBe(true);
    expect(babOf(back, 'Tiga.')).toBe('BAB II');
  });

  it('refuses at the ends of the batang tubuh', () => {
    expect(moveUnitUp(stateAt(doc(), 'Satu.'))).toBe(false);
  });

  it('moves ayat and list items among their siblings only', () => {
    const [ok, after] = run(moveUnitUp, stateAt(doc(), 'Dua ayat dua.'));
    expect(ok).toBe(true);
    expect(pasalTexts(after)[1]).toBe('Pasal 2:Dua ayat dua.Dua ayat satu.');
    expect(moveUnitUp(after)).toBe(false);
    const [ok2, items] = run(moveUnitDown, stateAt(doc(), 'satu;'));
    expect(ok2).toBe(true);
    expect(pasalTexts(items)[3]).toBe('Pasal 4:Empat:dua.satu;');
  });

  it('moves a BAB', () => {
    const [ok, after] = run(moveUnitDown, stateAt(doc(), 'KETENTUAN UMUM'));
    expect(ok).toBe(true);
    expect(babOf(after, 'Satu.')).toBe('BAB II');
    expect(pasalTexts(after)[0]).toBe('Pasal 1:Tiga.');
  });
});

describe('deleteUnit', () => {
  it('penggantian: removes the unit and later numbers close up', () => {
    const [ok, after] = run(deleteCurrentUnit, stateAt(doc(), 'Satu.'));
    expect(ok).toBe(true);
    expect(pasalTexts(after).map((p) => p.split(':')[0])).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);
    expect(pasalTexts(after)[0]).toBe('Pasal 1:Dua ayat satu.Dua ayat dua.');
  });

  it('removes an ayat but refuses the only ayat of a Pasal; the only item takes its list along', () => {
    const [ok, after] = run(deleteCurrentUnit, stateAt(doc(), 'Dua ayat dua.'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'ayat')).toEqual(['(1)']);
    expect(deleteCurrentUnit(stateAt(after.doc.toJSON() as ReturnType<typeof doc>, 'Dua ayat satu.'))).toBe(false);
    const single = perdaDoc(pasal(para('Pembuka:'), list(item(para('satu.')))));
    const [ok2, noList] = run(deleteCurrentUnit, stateAt(single, 'satu.'));
    expect(ok2).toBe(true);
    expect(noList.doc.child(2).child(0).childCount).toBe(1);
  });

  it('deletes the enclosing Pasal when asked for a Pasal from inside an ayat', () => {
    const [ok, after] = run(deleteUnit('pasal'), stateAt(doc(), 'Dua ayat dua.'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'pasal')).toHaveLength(3);
  });

  it('perubahan: a base Pasal becomes "Dihapus." and keeps its number; an inserted one disappears', () => {
    const base = perubahan(doc());
    expect(base.doc.attrs.mode).toBe('perubahan');
    const at = (text: string) => stateAt(base.doc.toJSON() as ReturnType<typeof doc>, text);
    const [ok, after] = run(deleteCurrentUnit, at('Satu.'));
    expect(ok).toBe(true);
    const numbering = numberDocument(after.doc);
    const first = after.doc.child(2).child(0).child(1);
    expect(first.attrs.deleted).toBe(true);
    expect(numbering.get(first.attrs.uid as string)).toMatchObject({ marker: 'Pasal 1', deleted: true });
    expect(markers(after.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4']);
    expect(deleteCurrentUnit(after)).toBe(false); // already a placeholder
    const [okR, restored] = run(restoreUnit, after);
    expect(okR).toBe(true);
    expect(restored.doc.child(2).child(0).child(1).attrs.deleted).toBe(false);

    // An inserted Pasal gets 1A and is removed outright.
    const [, inserted] = run(insertPasalBefore, at('Dua ayat satu.'));
    expect(markers(inserted.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 1A', 'Pasal 2', 'Pasal 3', 'Pasal 4']);
    const [okD, gone] = run(deleteCurrentUnit, inserted);
    expect(okD).toBe(true);
    expect(markers(gone.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4']);
  });
});

describe('setDocMode', () => {
  it('freezes the numbers shown as base numbers when switching a fresh draft to perubahan', () => {
    const state = perubahan(doc());
    const nums: unknown[] = [];
    state.doc.descendants((n) => {
      if (n.type.name === 'pasal') nums.push(n.attrs.baseNum);
      return true;
    });
    expect(nums).toEqual(['1', '2', '3', '4']);
    const [, inserted] = run(insertPasalBefore, state.apply(state.tr.setSelection(stateAt(doc(), 'Tiga.').selection.map(state.doc, state.tr.mapping))));
    expect(markers(inserted.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 2A', 'Pasal 3', 'Pasal 4']);
  });

  it('keeps existing base numbers (an imported base) and only changes the mode back', () => {
    const json = perdaDoc({ ...pasal(para('A.')), attrs: { uid: 'pa', baseNum: '6', deleted: false } }, { ...pasal(para('B.')), attrs: { uid: 'pb', baseNum: '7', deleted: false } });
    const [, p] = run(setDocMode('perubahan'), stateAt(json, 'A.'));
    expect(markers(p.doc, 'pasal')).toEqual(['Pasal 6', 'Pasal 7']);
    const [, back] = run(setDocMode('penggantian'), p);
    expect(back.doc.attrs.mode).toBe('penggantian');
    expect(markers(back.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2']);
    expect(setDocMode('penggantian')(back)).toBe(false);
  });
});

describe('selectTitle', () => {
  it('selects the title of the BAB around the cursor; typing replaces it', () => {
    const [ok, after] = run(selectTitle, stateAt(doc(), 'Tiga.'));
    expect(ok).toBe(true);
    const { from, to } = after.selection;
    expect(after.doc.textBetween(from, to)).toBe('MATERI');
    const typed = after.apply(after.tr.insertText('KETENTUAN PIDANA'));
    expect(markers(typed.doc, 'bab')).toEqual(['BAB I', 'BAB II']);
    expect(typed.doc.child(2).child(1).firstChild!.textContent).toBe('KETENTUAN PIDANA');
  });

  it('refuses outside a BAB', () => {
    expect(selectTitle(stateAt(perdaDoc(pasal(para('X.'))), 'X.'))).toBe(false);
  });
});
