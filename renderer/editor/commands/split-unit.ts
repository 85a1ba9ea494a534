/**
 * Enter inside an ayat or a list item: split the unit at the cursor. At the end of an ayat this
 * creates a new, empty ayat (with a fresh uid); in a list item, a new item. Empty nested items
 * are lifted one level instead (like word processors do).
 */
import { canSplit } from 'prosemirror-transform';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import { newUid } from '../../../src/model/uid';
import { freshUnitAttrs } from './find-ancestor';
import { liftItem } from './lift-item';

function splitUnitOf(unitName: 'ayat' | 'item'): Command {
  return (state: EditorState, dispatch?: (tr: Transaction) => void) => {
    const { $from, $to } = state.selection;
    if (!$from.sameParent($to)) return false;
    const para = $from.parent;
    if (para.type.name !== 'para' || $from.depth < 2) return false;
    const unit = $from.node(-1);
    if (unit.type.name !== unitName) return false;
    if (unitName === 'item' && unit.childCount === 1 && para.content.size === 0) {
      if (liftItem(state, dispatch)) return true;
    }
    const tr = state.tr;
    if (!state.selection.empty) tr.deleteSelection();
    const pos = tr.selection.from;
    const types = [
      { type: unit.type, attrs: { ...freshUnitAttrs(newUid()) } },
      { type: para.type, attrs: { role: null } },
    ];
    if (!canSplit(tr.doc, pos, 2, types)) return false;
    if (dispatch) dispatch(tr.split(pos, 2, types).scrollIntoView());
    return true;
  };
}

/** Enter in an ayat: split it at the cursor (at its end: a new empty ayat). */
export const splitAyat: Command = splitUnitOf('ayat');

/** Enter in a list item: split it at the cursor (at its end: a new empty item). */
export const splitItem: Command = splitUnitOf('item');
