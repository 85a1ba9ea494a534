/**
 * "Rincian baru" (new list item): when a list follows the paragraph with the cursor, a new first
 * item of that list; in the text of a list item (also Menimbang/Mengingat items), a new item
 * after it; in the text of a Pasal or an ayat, a new list (tabulasi) after the paragraph. The
 * cursor goes into the new item.
 */
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { newUid } from '../../../src/model/uid';
import { freshUnitAttrs } from './find-ancestor';

/** Insert a new list item. */
export const insertItem: Command = (state, dispatch) => {
  const { item: itemType, list: listType, para: paraType } = state.schema.nodes;
  const $from = state.selection.$from;
  if ($from.parent.type !== paraType || $from.depth < 2) return false;
  const newItem = itemType!.create(freshUnitAttrs(newUid()), paraType!.create());
  const container = $from.node(-1);
  const index = $from.index(-1);
  const next = container.maybeChild(index + 1);
  const after = $from.after();
  let at: number;
  let node = newItem;
  if (next?.type === listType) {
    at = after + 1;
  } else if (container.type === itemType) {
    at = $from.after(-1);
  } else if (
    (container.type.name === 'pasal' || container.type.name === 'ayat') &&
    container.canReplaceWith(index + 1, index + 1, listType!)
  ) {
    at = after;
    node = listType!.create(null, newItem);
  } else {
    return false;
  }
  if (dispatch) {
    const tr = state.tr.insert(at, node);
    tr.setSelection(TextSelection.create(tr.doc, at + (node === newItem ? 2 : 3)));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
