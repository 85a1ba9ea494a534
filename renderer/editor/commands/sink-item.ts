/**
 * Tab in a list item: make it one level deeper, i.e. move it into a nested list at the end of
 * the previous item (joining that item's trailing list if it has one). Refused for the first
 * item of a list and beyond level 4.
 */
import { Fragment } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { findAncestor } from './find-ancestor';
import { MAX_LEVEL, itemLevel, subtreeListDepth } from './item-level';

/** Sink the list item around the selection one level. */
export const sinkItem: Command = (state, dispatch) => {
  const { $from, $to, from, to } = state.selection;
  const found = findAncestor($from, 'item');
  if (!found) return false;
  const { node: item, depth, pos: itemStart } = found;
  const itemEnd = itemStart + item.nodeSize;
  if (to > itemEnd - 1 || $to.depth < depth) return false;
  const index = $from.index(depth - 1);
  if (index === 0) return false;
  if (itemLevel($from, depth) + 1 + subtreeListDepth(item) > MAX_LEVEL) return false;
  const listType = state.schema.nodes.list!;
  const prev = $from.node(depth - 1).child(index - 1);
  const prevStart = itemStart - prev.nodeSize;
  let newPrev;
  let itemPosInNew: number;
  const last = prev.lastChild;
  if (last && last.type === listType) {
    const grown = last.copy(last.content.append(Fragment.from(item)));
    newPrev = prev.copy(prev.content.replaceChild(prev.childCount - 1, grown));
    itemPosInNew = prevStart + 1 + (prev.content.size - last.nodeSize) + 1 + last.content.size;
  } else {
    newPrev = prev.copy(prev.content.addToEnd(listType.create(null, item)));
    itemPosInNew = prevStart + 1 + prev.content.size + 1;
  }
  if (!prev.type.validContent(newPrev.content)) return false;
  if (dispatch) {
    const tr = state.tr.replaceWith(prevStart, itemEnd, newPrev);
    const shift = (p: number) => itemPosInNew + (p - itemStart);
    tr.setSelection(TextSelection.create(tr.doc, shift(from), shift(to)));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
