/**
 * Enter in a paragraph whose parent accepts more paragraphs (a Pasal without ayat, the diktum,
 * the penutup, a Penjelasan entry): a new plain paragraph (role cleared).
 */
import { canSplit } from 'prosemirror-transform';
import type { Command } from 'prosemirror-state';

/** Split the current paragraph at the cursor; false when the parent does not allow it. */
export const splitParagraph: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if (!$from.sameParent($to) || $from.parent.type.name !== 'para') return false;
  const tr = state.tr;
  if (!state.selection.empty) tr.deleteSelection();
  const pos = tr.selection.from;
  const types = [{ type: $from.parent.type, attrs: { role: null } }];
  if (!canSplit(tr.doc, pos, 1, types)) return false;
  if (dispatch) dispatch(tr.split(pos, 1, types).scrollIntoView());
  return true;
};
