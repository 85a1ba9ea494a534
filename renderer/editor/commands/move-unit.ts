/**
 * Move the unit around the cursor up or down. A Pasal, BAB, Bagian or Paragraf steps to the
 * previous/next place the schema allows for it, so a Pasal crosses into the previous/next BAB,
 * Bagian or Paragraf when it is the first/last of its group. An ayat or a list item moves among
 * its siblings. The unit keeps its uid (references follow it); numbers follow from the new place.
 */
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command } from 'prosemirror-state';
import { currentUnit } from './current-unit';
import { unitGaps } from './unit-gaps';

/** Moving direction. */
export type Direction = 'up' | 'down';

const ACROSS = new Set(['pasal', 'bab', 'bagian', 'paragraf']);

/** The command moving the current unit one place up or down. */
export function moveUnit(dir: Direction): Command {
  return (state, dispatch) => {
    const unit = currentUnit(state);
    if (!unit) return false;
    const { node, pos, depth } = unit;
    const $from = state.selection.$from;
    const end = pos + node.nodeSize;
    let target: number | null;
    if (ACROSS.has(node.type.name)) {
      const gaps = unitGaps(state.doc, node.type);
      // Gaps strictly before the unit, or strictly after it, mapped to positions after deletion.
      if (dir === 'up') {
        const before = gaps.filter((g) => g < pos);
        target = before.length ? before[before.length - 1]! : null;
      } else {
        const after = gaps.filter((g) => g > end);
        target = after.length ? after[0]! - node.nodeSize : null;
      }
    } else {
      const parent = $from.node(depth - 1);
      const index = $from.index(depth - 1);
      if (dir === 'up') target = index > 0 ? pos - parent.child(index - 1).nodeSize : null;
      else target = index + 1 < parent.childCount ? pos + parent.child(index + 1).nodeSize : null;
    }
    if (target === null) return false;
    if (!dispatch) return true;
    const tr = state.tr.delete(pos, end);
    const $t = tr.doc.resolve(target);
    if (!$t.parent.canReplaceWith($t.index(), $t.index(), node.type)) return false;
    tr.insert(target, node);
    try {
      tr.doc.check();
    } catch {
      return false;
    }
    const offset = state.selection.from - pos;
    tr.setSelection(TextSelection.near(tr.doc.resolve(target + offset)));
    dispatch(closeHistory(tr).scrollIntoView());
    return true;
  };
}

/** Move the current unit up. */
export const moveUnitUp: Command = moveUnit('up');
/** Move the current unit down. */
export const moveUnitDown: Command = moveUnit('down');
