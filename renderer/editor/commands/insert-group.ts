/**
 * "BAB baru", "Bagian baru", "Paragraf baru" (drafting-rules.md 1.4.1: BAB -> Pasal, BAB ->
 * Bagian -> Pasal, BAB -> Bagian -> Paragraf -> Pasal). Like a heading in a word processor:
 * - in a Pasal that stands directly in the level above (a Pasal of a BAB without Bagian, for a
 *   new Bagian), the new unit starts at that Pasal and takes it and the following Pasal of the
 *   level along ("Bagian starts here");
 * - otherwise, inside a unit of the same kind, a new empty unit (title + one Pasal) follows it;
 * - in the title of the level above, a new empty unit is added as its first group.
 * The cursor goes into the new title. Paragraf only inside a Bagian, Bagian only inside a BAB.
 */
import { Fragment, type Node } from 'prosemirror-model';
import { closeHistory } from 'prosemirror-history';
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { newUid } from '../../../src/model/uid';
import { findAncestor, freshUnitAttrs } from './find-ancestor';

/** A grouping level. */
export type GroupName = 'bab' | 'bagian' | 'paragraf';

/** The level that holds each grouping level. */
const PARENT: Record<GroupName, string> = { bab: 'batangTubuh', bagian: 'bab', paragraf: 'bagian' };

function emptyPasal(state: EditorState): Node {
  const { pasal, para } = state.schema.nodes;
  return pasal!.create(freshUnitAttrs(newUid()), para!.create());
}

function group(state: EditorState, name: GroupName, pasal: readonly Node[]): Node {
  const { heading } = state.schema.nodes;
  return state.schema.nodes[name]!.create(freshUnitAttrs(newUid()), Fragment.from([heading!.create(), ...pasal]));
}

function finish(tr: Transaction, titlePos: number, dispatch: (tr: Transaction) => void): void {
  tr.setSelection(TextSelection.create(tr.doc, titlePos));
  dispatch(closeHistory(tr).scrollIntoView());
}

/** The command inserting a new grouping unit of kind `name`. */
export function insertGroup(name: GroupName): Command {
  return (state, dispatch) => {
    const $from = state.selection.$from;
    const type = state.schema.nodes[name]!;
    const pasal = findAncestor($from, 'pasal');
    // 1. "starts here": wrap the current Pasal and the following Pasal of the level above.
    if (pasal && $from.node(pasal.depth - 1).type.name === PARENT[name]) {
      const parent = $from.node(pasal.depth - 1);
      const first = $from.index(pasal.depth - 1);
      let last = first;
      while (last + 1 < parent.childCount && parent.child(last + 1).type.name === 'pasal') last++;
      const taken: Node[] = [];
      for (let i = first; i <= last; i++) taken.push(parent.child(i));
      const node = group(state, name, taken);
      const rest: Node[] = [];
      for (let i = last + 1; i < parent.childCount; i++) rest.push(parent.child(i));
      // The Pasal before stay; the new unit must be allowed before the groups that follow.
      const check = parent.contentMatchAt(first).matchType(type)?.matchFragment(Fragment.from(rest));
      if (!check?.validEnd) return false;
      if (dispatch) {
        const end = pasal.pos + taken.reduce((s, n) => s + n.nodeSize, 0);
        finish(state.tr.replaceWith(pasal.pos, end, node), pasal.pos + 2, dispatch);
      }
      return true;
    }
    // 2. after the unit of the same kind around the cursor.
    const same = findAncestor($from, name);
    if (same) {
      const at = same.pos + same.node.nodeSize;
      const $at = state.doc.resolve(at);
      if (!$at.parent.canReplaceWith($at.index(), $at.index(), type)) return false;
      if (dispatch) finish(state.tr.insert(at, group(state, name, [emptyPasal(state)])), at + 2, dispatch);
      return true;
    }
    // 3. in the title of the level above: as its first group (after its own Pasal).
    const above = findAncestor($from, PARENT[name]);
    if (above && (name === 'bab' || $from.parent.type.name === 'heading')) {
      let at = above.pos + 1;
      let index = 0;
      while (index < above.node.childCount && above.node.child(index).type.name !== name && index < above.node.childCount) {
        const child = above.node.child(index);
        if (child.type.name !== 'heading' && child.type.name !== 'pasal') break;
        at += child.nodeSize;
        index++;
      }
      if (!above.node.canReplaceWith(index, index, type)) return false;
      if (dispatch) finish(state.tr.insert(at, group(state, name, [emptyPasal(state)])), at + 2, dispatch);
      return true;
    }
    return false;
  };
}

/** New BAB. */
export const insertBab: Command = insertGroup('bab');
/** New Bagian (only inside a BAB). */
export const insertBagian: Command = insertGroup('bagian');
/** New Paragraf (only inside a Bagian). */
export const insertParagraf: Command = insertGroup('paragraf');
