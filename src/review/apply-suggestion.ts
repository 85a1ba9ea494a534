/**
 * Accepting a suggestion ("usulan rumusan"): the anchored phrase (or the whole text of a unit
 * with a single paragraph) is replaced by the proposed wording, keeping the marks at its start.
 * A phrase that spans paragraphs, or a thread that is detached, cannot be applied automatically:
 * the drafter edits by hand instead (CONFLICT with an Indonesian message).
 */
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { CoreError } from '../core-error';
import { anchorSide } from './anchor-side';
import { resolveAnchor } from './reanchor';
import type { ThreadAnchor } from './types';
import { unitIndex } from './unit-index';
import { offsetToPos, unitText } from './unit-text';

/** The document with the suggestion applied, and the text it replaced. */
export interface AppliedSuggestion {
  doc: Node;
  replaced: string;
}

/** Replace the anchored text of `anchor` in `doc` by `text`. */
export function applySuggestion(doc: Node, anchor: ThreadAnchor, text: string): AppliedSuggestion {
  // A base-side anchor names a unit of the old Perda: its uid may also be in the draft, but the
  // draft's unit is not the text the reviewer saw.
  if (anchorSide(anchor) === 'base') {
    throw new CoreError('CONFLICT', 'Usulan ini diajukan pada naskah lama dan tidak dapat diterapkan otomatis; ubah naskah baru secara manual.');
  }
  const r = resolveAnchor(doc, anchor);
  if (r.state === 'detached') {
    throw new CoreError('CONFLICT', 'Teks yang dikomentari tidak ditemukan lagi dalam naskah; terapkan usulan secara manual.');
  }
  const loc = unitIndex(doc).get(r.unitUid);
  if (!loc) throw new CoreError('CONFLICT', 'Unit yang dikomentari tidak ditemukan dalam naskah.');
  const ut = unitText(loc.node, loc.pos);
  const start = r.start ?? 0;
  const end = r.end ?? ut.text.length;
  if (ut.text.slice(start, end).includes('\n')) {
    throw new CoreError('CONFLICT', 'Usulan rumusan mencakup lebih dari satu paragraf; terapkan secara manual lalu tandai selesai.');
  }
  const from = offsetToPos(ut, start);
  const to = offsetToPos(ut, end);
  const $from = doc.resolve(from);
  if (!$from.parent.isTextblock || !$from.sameParent(doc.resolve(to))) {
    throw new CoreError('CONFLICT', 'Usulan rumusan tidak dapat diterapkan otomatis pada bagian ini; terapkan secara manual.');
  }
  const tr = new Transform(doc);
  const marks = $from.marks();
  if (text === '') tr.delete(from, to);
  else tr.replaceWith(from, to, doc.type.schema.text(text, marks));
  return { doc: tr.doc, replaced: ut.text.slice(start, end) };
}
