/**
 * The editor's derived data: live reference labels and broken references, incremental numbering,
 * Penjelasan entries kept in step, the structure guard, copied text and structured paste.
 */
import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { undo } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { Step, StepMap, StepResult } from 'prosemirror-transform';
import { deleteCurrentUnit } from '../../../renderer/editor/commands/delete-unit';
import { insertPasalAfter, insertPasalBefore } from '../../../renderer/editor/commands/insert-pasal';
import { moveUnitDown } from '../../../renderer/editor/commands/move-unit';
import { setDocMode } from '../../../renderer/editor/commands/set-mode';
import { brokenRefs, editorNumbering, numberingKey } from '../../../renderer/editor/numbering-plugin';
import { pasalFromText } from '../../../renderer/editor/paste-structure';
import { fragmentText } from '../../../renderer/editor/slice-text';
import type { RefSpec } from '../../../renderer/editor/ref-view';
import { numberDocument } from '../../../src/model/numbering';
import { perdaSchema } from '../../../src/model/schema';
import type { DocJson } from '../../../src/api/contract';
import { ayat, bab, findText, para, pasal, perdaDoc, run, stateAt } from './fixtures';

type J = Record<string, unknown>;
const ref = (target: string, to: string | null = null): J => ({ type: 'ref', attrs: { target, to, text: 'lama' } });
const refPara = (...parts: Array<string | J>): J => ({
  type: 'para',
  content: parts.map((p) => (typeof p === 'string' ? { type: 'text', text: p } : p)),
});
const withUid = (node: J, uid: string): J => ({ ...node, attrs: { uid, baseNum: null, deleted: false } });

/** BAB I: Pasal 1 (ref to Pasal 3, range 2..3), Pasal 2 (ayat a1, ayat referring to a1); BAB II: Pasal 3. */
function refDoc(): DocJson {
  const json = perdaDoc(
    bab(
      'KETENTUAN UMUM',
      withUid(pasal(refPara('Lihat sebagaimana dimaksud dalam ', ref('p3'), ' dan ', ref('p2', 'p3'), '.')), 'p1'),
      withUid(pasal(withUid(ayat(para('Ayat satu.')), 'a1'), ayat(refPara('Izin sebagaimana dimaksud pada ', ref('a1'), '.'))), 'p2'),
    ),
    bab('MATERI', withUid(pasal(para('Tiga.')), 'p3')),
  ) as J;
  const entries = ['p1', 'p2', 'p3'].map((t) => ({ type: 'penjelasanPasal', attrs: { uid: `e${t}`, target: t, label: '' }, content: [para(`Penjelasan ${t}.`)] }));
  (json.content as J[]).push({
    type: 'penjelasan',
    attrs: { uid: 'pj' },
    content: [{ type: 'penjelasanUmum', content: [para('Umum.')] }, { type: 'penjelasanPasalDemiPasal', content: entries }],
  });
  return json as unknown as DocJson;
}

/** The labels the numbering plugin gives the refs, in document order. */
function refLabels(state: EditorState): string[] {
  const set = numberingKey.getState(state)!.decorations;
  const out: string[] = [];
  state.doc.descendants((n, pos) => {
    if (n.type.name === 'ref') {
      const spec = set.find(pos, pos + 1).map((d) => d.spec as Partial<RefSpec>).find((s) => s.refLabel !== undefined);
      out.push(`${spec?.refLabel}${spec?.broken ? '!' : ''}`);
    }
    return true;
  });
  return out;
}

/** The Pasal targets of the Penjelasan entries, in order, with their first text. */
function entries(state: EditorState): string[] {
  const out: string[] = [];
  state.doc.descendants((n) => {
    if (n.type.name === 'penjelasanPasal') out.push(`${numberDocument(state.doc).get(n.attrs.target as string)?.marker}:${n.textContent}`);
    return true;
  });
  return out;
}

describe('live references', () => {
  it('print the target label, shortened inside the same Pasal, and ranges', () => {
    expect(refLabels(stateAt(refDoc(), 'Tiga.'))).toEqual(['Pasal 3', 'Pasal 2 sampai dengan Pasal 3', 'ayat (1)']);
  });

  it('follow renumbering after a Pasal is inserted', () => {
    const [, after] = run(insertPasalBefore, stateAt(refDoc(), 'Ayat satu.'));
    expect(refLabels(after)).toEqual(['Pasal 4', 'Pasal 3 sampai dengan Pasal 4', 'ayat (1)']);
  });

  it('mark references to a removed or "Dihapus." unit and list them', () => {
    const [, gone] = run(deleteCurrentUnit, stateAt(refDoc(), 'Tiga.'));
    expect(refLabels(gone)).toEqual(['lama!', 'lama!', 'ayat (1)']);
    expect(brokenRefs(gone).map((b) => b.label)).toEqual(['lama', 'lama']);

    const [, perubahan] = run(setDocMode('perubahan'), stateAt(refDoc(), 'Tiga.'));
    const [, placeholder] = run(deleteCurrentUnit, perubahan);
    expect(refLabels(placeholder)).toEqual(['Pasal 3!', 'Pasal 2 sampai dengan Pasal 3!', 'ayat (1)']);
    expect(brokenRefs(placeholder)).toHaveLength(2);
  });

  it('a range includes an inserted Pasal (2A) in perubahan mode', () => {
    const [, perubahan] = run(setDocMode('perubahan'), stateAt(refDoc(), 'Ayat satu.'));
    const [, inserted] = run(insertPasalAfter, perubahan);
    const numbering = numberDocument(inserted.doc);
    expect([...numbering.values()].filter((u) => u.type === 'pasal').map((u) => u.marker)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 2A', 'Pasal 3']);
    expect(refLabels(inserted)[1]).toBe('Pasal 2 sampai dengan Pasal 3');
  });
});

describe('incremental numbering', () => {
  it('typing keeps the numbering (no recomputation); a structural change recomputes it', () => {
    const state = stateAt(refDoc(), 'Tiga.');
    const typed = state.apply(state.tr.insertText(' Tambahan'));
    expect(editorNumbering(typed)).toBe(editorNumbering(state));
    const [, inserted] = run(insertPasalAfter, typed);
    expect(editorNumbering(inserted)).not.toBe(editorNumbering(state));
    expect(editorNumbering(inserted).size).toBe(numberDocument(inserted.doc).size);
  });

  it('mapped decorations equal a fresh build after typing', () => {
    const state = stateAt(refDoc(), 'Lihat');
    const typed = state.apply(state.tr.insertText('Teks baru '));
    expect(refLabels(typed)).toEqual(['Pasal 3', 'Pasal 2 sampai dengan Pasal 3', 'ayat (1)']);
  });
});

describe('Penjelasan kept in step', () => {
  it('a new Pasal gets "Cukup jelas." in its place', () => {
    const [, after] = run(insertPasalAfter, stateAt(refDoc(), 'Ayat satu.'));
    expect(entries(after)).toEqual(['Pasal 1:Penjelasan p1.', 'Pasal 2:Penjelasan p2.', 'Pasal 3:Cukup jelas.', 'Pasal 4:Penjelasan p3.']);
  });

  it('entries follow moves and deletions; undo brings the entry back with the Pasal', () => {
    const [, moved] = run(moveUnitDown, stateAt(refDoc(), 'Lihat'));
    expect(entries(moved).map((e) => e.split(':')[1])).toEqual(['Penjelasan p2.', 'Penjelasan p1.', 'Penjelasan p3.']);
    const [, deleted] = run(deleteCurrentUnit, stateAt(refDoc(), 'Tiga.'));
    expect(entries(deleted)).toEqual(['Pasal 1:Penjelasan p1.', 'Pasal 2:Penjelasan p2.']);
    const [, undone] = run(undo, deleted);
    expect(entries(undone)).toEqual(['Pasal 1:Penjelasan p1.', 'Pasal 2:Penjelasan p2.', 'Pasal 3:Penjelasan p3.']);
  });
});

/** A step replacing the whole document without any schema fitting (what a buggy command could do). */
class WholeDoc extends Step {
  constructor(readonly next: Node) {
    super();
  }
  override apply(): StepResult {
    return StepResult.ok(this.next);
  }
  override getMap(): StepMap {
    return StepMap.empty;
  }
  override invert(doc: Node): Step {
    return new WholeDoc(doc);
  }
  override map(): Step {
    return this;
  }
  override toJSON(): J {
    return { stepType: 'wholeDoc' };
  }
}

describe('structure guard', () => {
  it('an ayat inserted at BAB level never stands outside a Pasal', () => {
    const state = stateAt(refDoc(), 'Tiga.');
    const babContentStart = findText(state.doc, 'MATERI') - 1 + 'MATERI'.length + 1;
    const after = state.apply(state.tr.insert(babContentStart, perdaSchema.nodeFromJSON(ayat(para('Lepas.')))));
    after.doc.check();
    after.doc.descendants((n, _p, parent) => {
      if (n.type.name === 'ayat') expect(parent!.type.name).toBe('pasal');
      return true;
    });
  });

  it('refuses any step whose result puts an ayat outside a Pasal (a step that bypasses fitting)', () => {
    const state = stateAt(refDoc(), 'Tiga.');
    const json = state.doc.toJSON() as unknown as J;
    const body = (json.content as J[])[2]!;
    const babII = (body.content as J[])[1]!;
    (babII.content as J[]).push(ayat(para('Lepas.')));
    const invalid = perdaSchema.nodeFromJSON(json);
    expect(() => invalid.check()).toThrow();
    expect(state.apply(state.tr.step(new WholeDoc(invalid)))).toBe(state);
    expect(state.apply(state.tr.insertText('x'))).not.toBe(state);
  });
});

describe('copy and paste', () => {
  it('copied text carries unit numbers and titles', () => {
    const state = stateAt(refDoc(), 'Tiga.');
    const body = state.doc.child(2);
    const text = fragmentText(body.content, numberDocument(state.doc));
    expect(text.split('\n').slice(0, 4)).toEqual(['BAB I', 'KETENTUAN UMUM', 'Pasal 1', 'Lihat sebagaimana dimaksud dalam lama dan lama.']);
    expect(text).toContain('(1) Ayat satu.');
  });

  it('text with "Pasal N" headings is structured by the importer into new Pasal with ayat and lists', () => {
    const nodes = pasalFromText('Pasal 12\n(1) Setiap orang wajib melapor.\n(2) Laporan sebagaimana dimaksud pada ayat (1) meliputi:\na. nama;\nb. alamat.\nPasal 13\nCukup.', perdaSchema);
    expect(nodes.map((n) => n.type.name)).toEqual(['pasal', 'pasal']);
    expect(nodes[0]!.childCount).toBe(2);
    expect(nodes[0]!.attrs.baseNum).toBeNull();
    expect(nodes[0]!.child(1).child(1).type.name).toBe('list');
    expect(pasalFromText('Biasa saja.\nTanpa judul pasal.', perdaSchema)).toEqual([]);
  });
});
