/**
 * "Pasal baru": add an empty Pasal after (or before) the Pasal around the cursor; after: also as
 * the first Pasal of a BAB/Bagian/Paragraf when the cursor is in its title. The cursor goes into
 * the new Pasal.
 */
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { newUid } from '../../../src/model/uid';
import { findAncestor, freshUnitAttrs } from './find-ancestor';

function insertPasalAt(state: EditorState, at: number, dispatch?: Parameters<Command>[1]): boolean {
  const { pasal: pasalType, para: paraType } = state.schema.nodes;
  const $at = state.doc.resolve(at);
  if (!$at.parent.canReplaceWith($at.index(), $at.index(), pasalType!)) return false;
  if (dispatch) {
    const node = pasalType!.create(freshUnitAttrs(newUid()), paraType!.create());
    const tr = state.tr.insert(at, node);
    tr.setSelection(TextSelection.create(tr.doc, at + 2));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
}

/** Insert a new Pasal after the current one (or first in the group whose title has the cursor). */
export const insertPasalAfter: Command = (state, dispatch) => {
  const $from = state.selection.$from;
  const pasal = findAncestor($from, 'pasal');
  if (pasal) return insertPasalAt(state, pasal.pos + pasal.node.nodeSize, dispatch);
  if ($from.parent.type.name === 'heading') return insertPasalAt(state, $from.after(), dispatch);
  return false;
};

/** Insert a new Pasal before the current one. */
export const insertPasalBefore: Command = (state, dispatch) => {
  const pasal = findAncestor(state.selection.$from, 'pasal');
  return pasal ? insertPasalAt(state, pasal.pos, dispatch) : false;
};
