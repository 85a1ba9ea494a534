/**
 * The Penjelasan entry of the Pasal at the cursor, as plain lines for the side editor, and the
 * transaction that writes edited lines back into the draft (one paragraph per line), so the
 * drafter writes the Penjelasan beside its Pasal (drafting-rules.md 1.11) and undo, autosave and
 * the exports see an ordinary edit of the draft.
 */
import type { Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import { findAncestor } from '../../editor/commands/find-ancestor';

/** The entry of one Pasal in Penjelasan Pasal demi Pasal. */
export interface EntryAt {
  /** The Pasal at the cursor. */
  pasalUid: string;
  /** The entry node and the position just before it; null when the draft has no entry for it. */
  entry: Node | null;
  pos: number;
  /** True when the entry holds more than plain text (a live reference): edit it in the draft. */
  structured: boolean;
}

/** The Pasal at the cursor and its Penjelasan entry; null when the cursor is not in a Pasal. */
export function entryAtCursor(state: EditorState): EntryAt | null {
  const pasal = findAncestor(state.selection.$from, 'pasal');
  if (!pasal) return null;
  const pasalUid = String(pasal.node.attrs.uid ?? '');
  let entry: Node | null = null;
  let pos = -1;
  state.doc.forEach((part, offset) => {
    if (part.type.name !== 'penjelasan') return;
    part.descendants((n, p) => {
      if (entry) return false;
      if (n.type.name === 'penjelasanPasal' && n.attrs.target === pasalUid) {
        entry = n;
        pos = offset + 1 + p;
      }
      return n.type.name !== 'penjelasanPasal';
    });
  });
  const found = entry as Node | null;
  let structured = false;
  found?.descendants((n) => {
    if (n.isInline && !n.isText) structured = true;
    return !structured;
  });
  return { pasalUid, entry: found, pos, structured };
}

/** The entry's paragraphs as lines. */
export function entryLines(entry: Node): string {
  const lines: string[] = [];
  entry.forEach((p) => lines.push(p.textContent));
  return lines.join('\n');
}

/**
 * Replace the content of the entry at `pos` by `text`, one paragraph per line; null when the
 * text is what the entry holds already, or when `pos` is not an entry. Typing in the field is
 * grouped into undo steps like typing in the draft; a command (`ownUndoStep`, the "Cukup jelas."
 * button) is an undo step of its own, even right after typing.
 */
export function writeEntryTr(state: EditorState, pos: number, text: string, opts: { ownUndoStep?: boolean } = {}): Transaction | null {
  const entry = state.doc.nodeAt(pos);
  if (!entry || entry.type.name !== 'penjelasanPasal') return null;
  if (entryLines(entry) === text) return null;
  const { para } = state.schema.nodes;
  const paras = text
    .split('\n')
    .map((line) => para!.create(null, line ? state.schema.text(line) : null));
  const tr = state.tr.replaceWith(pos + 1, pos + entry.nodeSize - 1, paras);
  return opts.ownUndoStep ? closeHistory(tr) : tr;
}
