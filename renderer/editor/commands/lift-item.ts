/**
 * Shift+Tab in a nested list item: make it one level shallower. The item moves out of its list
 * to just after the parent item; the items that followed it come along as its own sub-list, and
 * any text of the parent item after the list follows it too, so the reading order is kept.
 * Refused for top-level items.
 */
import { Fragment, type Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { findAncestor } from './find-ancestor';

/** Lift the list item around the selection one level. */
export const liftItem: Command = (state, dispatch) => {
  const { $from, $to, from, to } = state.selection;
  const found = findAncestor($from, 'item');
  if (!found || found.depth < 3) return false;
  const { node: item, depth, pos: itemStart } = found;
  if (to > itemStart + item.nodeSize - 1 || $to.depth < depth) return false;
  const list = $from.node(depth - 1);
  const parentItem = $from.node(depth - 2);
  if (list.type.name !== 'list' || parentItem.type.name !== 'item') return false;
  const listType = list.type;
  const itemIndex = $from.index(depth - 1);
  const listIndex = $from.index(depth - 2);
  const parentStart = $from.before(depth - 2);

  const beforeItems: Node[] = [];
  const afterItems: Node[] = [];
  list.forEach((child, _off, i) => {
    if (i < itemIndex) beforeItems.push(child);
    else if (i > itemIndex) afterItems.push(child);
  });
  const parentHead: Node[] = [];
  const parentTail: Node[] = [];
  parentItem.forEach((child, _off, i) => {
    if (i < listIndex) parentHead.push(child);
    else if (i > listIndex) parentTail.push(child);
  });
  if (beforeItems.length) parentHead.push(list.copy(Fragment.fromArray(beforeItems)));
  const newParent = parentItem.copy(Fragment.fromArray(parentHead));

  let itemContent = item.content;
  if (afterItems.length) {
    const last = item.lastChild;
    if (last && last.type === listType) {
      const merged = last.copy(last.content.append(Fragment.fromArray(afterItems)));
      itemContent = itemContent.replaceChild(item.childCount - 1, merged);
    } else {
      itemContent = itemContent.addToEnd(listType.create(null, afterItems));
    }
  }
  itemContent = itemContent.append(Fragment.fromArray(parentTail));
  const newItem = item.copy(itemContent);
  if (!parentItem.type.validContent(newParent.content) || !item.type.validContent(newItem.content)) {
    return false;
  }
  if (dispatch) {
    const parentEnd = parentStart + parentItem.nodeSize;
    const tr = state.tr.replaceWith(parentStart, parentEnd, [newParent, newItem]);
    const newItemStart = parentStart + newParent.nodeSize;
    const shift = (p: number) => newItemStart + (p - itemStart);
    tr.setSelection(TextSelection.create(tr.doc, shift(from), shift(to)));
    dispatch(closeHistory(tr).scrollIntoView());
  }
  return true;
};
