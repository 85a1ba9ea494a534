/**
 * Delete the unit around the cursor (drafting-rules.md 2.3). In perubahan mode a unit of the base
 * text (it has a `baseNum`) is not removed: it becomes a "Dihapus." placeholder that keeps its
 * number and its text (so it can be restored); a unit inserted in this draft disappears. In
 * penggantian mode the unit is removed and the later units renumber. A unit whose removal would
 * leave its parent invalid (the only ayat of a Pasal) is refused; the only item of a list takes
 * the list with it.
 */
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { Ancestor } from './find-ancestor';
import { currentUnit, isPerubahan, UNIT_NAMES } from './current-unit';

/** Where the unit to delete starts and ends (the enclosing list when it is the list's only item). */
function removalRange(state: EditorState, unit: Ancestor): { from: number; to: number } | null {
  const $pos = state.doc.resolve(unit.pos);
  let from = unit.pos;
  let to = unit.pos + unit.node.nodeSize;
  let parent = $pos.parent;
  let index = $pos.index();
  if (parent.type.name === 'list' && parent.childCount === 1) {
    from = $pos.before();
    to = $pos.after();
    parent = $pos.node($pos.depth - 1);
    index = $pos.index($pos.depth - 1);
  }
  const rest = parent.content.cut(0, 0);
  let content = rest;
  parent.forEach((child, _o, i) => {
    if (i !== index) content = content.addToEnd(child);
  });
  return parent.type.validContent(content) ? { from, to } : null;
}

/** The command deleting the innermost unit, or the innermost unit of kind `name`. */
export function deleteUnit(name?: (typeof UNIT_NAMES)[number]): Command {
  return (state, dispatch) => {
    const unit = currentUnit(state, name ? [name] : UNIT_NAMES);
    if (!unit) return false;
    if (isPerubahan(state) && unit.node.attrs.baseNum !== null && unit.node.attrs.baseNum !== undefined) {
      if (unit.node.attrs.deleted) return false;
      if (dispatch) dispatch(closeHistory(state.tr.setNodeAttribute(unit.pos, 'deleted', true)));
      return true;
    }
    const range = removalRange(state, unit);
    if (!range) return false;
    if (dispatch) {
      const tr = state.tr.delete(range.from, range.to);
      tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(range.from, tr.doc.content.size - 1)), -1));
      dispatch(closeHistory(tr).scrollIntoView());
    }
    return true;
  };
}

/** Delete the innermost unit around the cursor. */
export const deleteCurrentUnit: Command = deleteUnit();

/** Restore a "Dihapus." placeholder around the cursor (perubahan mode). */
export const restoreUnit: Command = (state, dispatch) => {
  const $from = state.selection.$from;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.attrs.deleted === true) {
      if (dispatch) dispatch(closeHistory(state.tr.setNodeAttribute($from.before(d), 'deleted', false)));
      return true;
    }
  }
  return false;
};
