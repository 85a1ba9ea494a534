/**
 * The Penjelasan side editor's model: the entry of the Pasal at the cursor, its lines, and the
 * edit that writes lines back as paragraphs (undoable like any edit), on a real corpus text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { createPerdaState } from '../../../renderer/editor/create-state';
import {
  entryAtCursor,
  entryLines,
  writeEntryTr,
} from '../../../renderer/panels/penjelasan/entry-edit';
import { numberDocument } from '../../../src/model/numbering';
import { parseText } from '../../../src/parse/parse-text';
import type { DocJson } from '../../../src/api/contract';
import { repoRoot } from '../../helpers/paths';

const corpus = path.resolve(repoRoot, '../shared/corpus');
const text = fs.readFileSync(
  path.join(corpus, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt'),
  'utf8',
);
const base = createPerdaState(parseText(text).doc.toJSON() as DocJson);

/** The state with the cursor in the Pasal whose label is `label`. */
function inPasal(state: EditorState, label: string): EditorState {
  const uid = [...numberDocument(state.doc).values()].find(
    (u) => u.type === 'pasal' && u.marker === label,
  )!.uid;
  let at = -1;
  state.doc.descendants((n, pos) => {
    if (at < 0 && n.attrs.uid === uid) at = pos;
    return at < 0;
  });
  return state.apply(state.tr.setSelection(TextSelection.near(state.doc.resolve(at + 2))));
}

describe('the Penjelasan entry beside its Pasal', () => {
  it('finds the entry of the Pasal at the cursor, and none outside a Pasal', () => {
    const at = entryAtCursor(inPasal(base, 'Pasal 9'))!;
    expect(at.entry?.attrs.target).toBe(at.pasalUid);
    expect(entryLines(at.entry!)).toMatch(
      /^Standar teknis yang dimaksud meliputi: kebutuhan ruang parkir/,
    );
    expect(at.structured).toBe(false);
    expect(entryLines(entryAtCursor(inPasal(base, 'Pasal 3'))!.entry!)).toMatch(/^cukup jelas/i);
    expect(
      entryAtCursor(base.apply(base.tr.setSelection(TextSelection.atStart(base.doc)))),
    ).toBeNull();
  });

  it('writes lines back as paragraphs of that entry only, and undo restores them', () => {
    const s = inPasal(base, 'Pasal 3');
    const at = entryAtCursor(s)!;
    const before = entryLines(at.entry!);
    const others = s.doc.textContent.replace(at.entry!.textContent, '');
    const tr = writeEntryTr(
      s,
      at.pos,
      'Ayat (1)\nYang dimaksud dengan "izin" adalah izin usaha.\n\nAyat (2)\nCukup jelas.',
    )!;
    const after = s.apply(tr);
    const entry = entryAtCursor(after)!.entry!;
    expect(entry.childCount).toBe(5);
    expect(entry.child(1).textContent).toBe('Yang dimaksud dengan "izin" adalah izin usaha.');
    expect(entry.child(2).textContent).toBe('');
    expect(after.doc.textContent.replace(entry.textContent, '')).toBe(others);
    expect(writeEntryTr(after, at.pos, entryLines(entry))).toBeNull();
    let undone: EditorState | null = null;
    undo(after, (u) => (undone = after.apply(u)));
    expect(entryLines(entryAtCursor(undone!)!.entry!)).toBe(before);
  });

  it('makes "Cukup jelas." an undo step of its own, even right after typing in the field', () => {
    const s = inPasal(base, 'Pasal 3');
    const at = entryAtCursor(s)!;
    const typed = s.apply(writeEntryTr(s, at.pos, 'Yang dimaksud dengan "izin" adalah izin usaha.')!);
    // The command comes at once (the same history time), as a quick click after typing does.
    const command = writeEntryTr(typed, at.pos, 'Cukup jelas.', { ownUndoStep: true })!;
    const reset = typed.apply(command.setTime(typed.tr.time));
    let undone: EditorState | null = null;
    undo(reset, (u) => (undone = reset.apply(u)));
    expect(entryLines(entryAtCursor(undone!)!.entry!)).toBe('Yang dimaksud dengan "izin" adalah izin usaha.');
  });
});
