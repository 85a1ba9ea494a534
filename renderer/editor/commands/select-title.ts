/**
 * "Ubah judul": select the title of the BAB, Bagian or Paragraf around the cursor so that typing
 * replaces it (the number stays derived; only the title is text).
 */
import { TextSelection, type Command } from 'prosemirror-state';
import { findAncestor } from './find-ancestor';

/** Select the title line of the enclosing grouping unit. */
export const selectTitle: Command = (state, dispatch) => {
  const group = findAncestor(state.selection.$from, 'paragraf', 'bagian', 'bab');
  const heading = group?.node.firstChild;
  if (!group || heading?.type.name !== 'heading') return false;
  if (dispatch) {
    const start = group.pos + 2;
    dispatch(state.tr.setSelection(TextSelection.create(state.doc, start, start + heading.content.size)).scrollIntoView());
  }
  return true;
};
