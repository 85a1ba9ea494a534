/**
 * "Pasal baru (sesudah)": add an empty Pasal after the Pasal around the cursor, or as the first
 * Pasal of a BAB/Bagian/Paragraf when the cursor is in its title. The cursor goes into it.
 */
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { newUid } from '../../../src/model/uid';
import { findAncestor, freshUnitAttrs } from './find-ancestor';

/** Insert a new Pasal after the current one. */
export const insertPasalAfter: Command = (state, dispatch) => {
  const { pasal: pasalType, para: paraType } = state.schema.nodes;
  const $from = state.selection.$from;
  let at: number;
  const pasal = findAncestor($from, 'pasal');
  if (pasal) {
    at = pasal.pos + pasal.node.nodeSize;
  } else if ($from.parent.type.name === 'heading') {
    at = $from.after();
  } else {
    return false;
  }
  const node = pasalType!.create(freshUnitAttrs(newUid()), paraType!.create());
  const $at = state.doc.resolve(at);
  if (!$at.parent.canReplaceWith($at.index(), $at.index(), pasalType!)) return false;
  if (dispatch) {
    const tr = state.tr.insert(at, node);
    tr.setSelection(TextSelection.create(tr.doc, at + 2));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
