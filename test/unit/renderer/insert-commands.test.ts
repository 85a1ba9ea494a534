/** Toolbar commands: "Ayat baru" and "Pasal baru (sesudah)"; the uid keeper after copying splits. */
import { describe, expect, it } from 'vitest';
import { insertAyat } from '../../../renderer/editor/commands/insert-ayat';
import { insertItem } from '../../../renderer/editor/commands/insert-item';
import { insertPasalAfter } from '../../../renderer/editor/commands/insert-pasal';
import { ayat, bab, cursorUnit, item, list, markers, para, pasal, perdaDoc, run, stateAt, uids } from './fixtures';

const doc = () =>
  perdaDoc(
    bab('KETENTUAN UMUM', pasal(para('Satu.')), pasal(ayat(para('Dua ayat satu.')), ayat(para('Dua ayat dua.'))), pasal(para('Tiga.'))),
  );

describe('insertPasalAfter', () => {
  it('adds an empty Pasal after the current one; later Pasal shift', () => {
    const before = stateAt(doc(), 'Satu.');
    const [ok, after] = run(insertPasalAfter, before);
    expect(ok).toBe(true);
    expect(markers(after.doc, 'pasal')).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3', 'Pasal 4']);
    const fresh = cursorUnit(after, 'pasal')!;
    expect(fresh.textContent).toBe('');
    expect(uids(before.doc)).not.toContain(fresh.attrs.uid);
  });

  it('from a BAB title adds the first Pasal of the BAB', () => {
    const [ok, after] = run(insertPasalAfter, stateAt(doc(), 'KETENTUAN UMUM'));
    expect(ok).toBe(true);
    expect(after.doc.nodeAt(after.selection.$from.before(after.selection.$from.depth - 1))).toBe(cursorUnit(after, 'pasal'));
    expect(markers(after.doc, 'pasal')).toHaveLength(4);
  });

  it('refuses outside the batang tubuh', () => {
    expect(run(insertPasalAfter, stateAt(doc(), 'bahwa filosofis;'))[0]).toBe(false);
  });
});

describe('insertAyat', () => {
  it('adds an ayat after the current one', () => {
    const [ok, after] = run(insertAyat, stateAt(doc(), 'Dua ayat satu.'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'ayat')).toEqual(['(1)', '(2)', '(3)']);
    expect(cursorUnit(after, 'ayat')!.textContent).toBe('');
  });

  it('turns the text of a Pasal without ayat into ayat (1) and adds ayat (2)', () => {
    const withList = perdaDoc(pasal(para('Pembuka:'), list(item(para('a;')))));
    const [ok, after] = run(insertAyat, stateAt(withList, 'Pembuka:'));
    expect(ok).toBe(true);
    expect(markers(after.doc, 'ayat')).toEqual(['(1)', '(2)']);
    const p = after.doc.child(2).child(0);
    expect(p.child(0).textContent).toBe('Pembuka:a;');
    expect(cursorUnit(after, 'ayat')).toBe(p.child(1));
    after.doc.check();
  });

  it('refuses outside a Pasal', () => {
    expect(run(insertAyat, stateAt(doc(), 'UJI'))[0]).toBe(false);
  });
});

describe('uid keeper', () => {
  it('gives the second half of a copying split a new uid and drops its base number', () => {
    const json = perdaDoc(pasal({ ...ayat(para('Lama satu.')), attrs: { uid: 'base1', baseNum: '1', deleted: false } }));
    const state = stateAt(json, 'Lama', 2);
    const tr = state.tr.split(state.selection.from, 2); // copies the ayat's attrs to both halves
    const after = state.apply(tr);
    const ayats: Array<Record<string, unknown>> = [];
    after.doc.descendants((n) => {
      if (n.type.name === 'ayat') ayats.push(n.attrs);
      return true;
    });
    expect(ayats).toHaveLength(2);
    expect(ayats[0]).toMatchObject({ uid: 'base1', baseNum: '1' });
    expect(ayats[1]!.uid).not.toBe('base1');
    expect(ayats[1]!.baseNum).toBeNull();
  });

  it('fills empty uids of pasted units', () => {
    const state = stateAt(doc(), 'Tiga.');
    const node = state.schema.nodeFromJSON({ type: 'pasal', content: [para('Tempel.')] });
    const end = state.selection.$from.after(state.selection.$from.depth - 1);
    const after = state.apply(state.tr.insert(end, node));
    const all = uids(after.doc);
    expect(all).not.toContain('');
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('insertItem', () => {
  it('starts a list after the text of a Pasal', () => {
    const [ok, after] = run(insertItem, stateAt(doc(), 'Satu.'));
    expect(ok).toBe(true);
    expect(cursorUnit(after, 'item')!.textContent).toBe('');
    expect(markers(after.doc, 'item').slice(-1)).toEqual(['a.']);
    after.doc.check();
  });

  it('adds an item after the current item, and a first item to a following list', () => {
    const withList = perdaDoc(pasal(para('Pembuka:'), list(item(para('satu;')))));
    const [, afterItem] = run(insertItem, stateAt(withList, 'satu;'));
    expect(afterItem.doc.child(2).child(0).child(1).childCount).toBe(2);
    const [ok, first] = run(insertItem, stateAt(withList, 'Pembuka:'));
    expect(ok).toBe(true);
    const lst = first.doc.child(2).child(0).child(1);
    expect(lst.childCount).toBe(2);
    expect(lst.child(0).textContent).toBe('');
  });

  it('refuses in the Judul', () => {
    expect(run(insertItem, stateAt(doc(), 'UJI'))[0]).toBe(false);
  });
});
