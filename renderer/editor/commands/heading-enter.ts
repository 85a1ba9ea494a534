/**
 * Enter in a heading-like line (a BAB/Bagian/Paragraf title, the Judul, the frasa, the jabatan):
 * these are single lines, so the cursor moves to the start of the next block instead of splitting.
 */
import { Selection, type Command } from 'prosemirror-state';

const HEADING_LIKE = new Set(['heading', 'judul', 'frasa', 'jabatan']);

/** Move to the next text block when the cursor is in a heading-like line. */
export const headingEnter: Command = (state, dispatch) => {
  const { $from } = state.selection;
  if (!HEADING_LIKE.has($from.parent.type.name)) return false;
  const next = Selection.findFrom(state.doc.resolve($from.after()), 1, true);
  if (dispatch && next) dispatch(state.tr.setSelection(next).scrollIntoView());
  return true;
};
