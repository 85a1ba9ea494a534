/** Moving the cursor to a unit (by uid) and scrolling it to the top of the editor. */
import { Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** Position just before the node with `uid` (or, for "#diktum", the first node of that type: sections without a uid), or null. */
export function findUnitPos(view: EditorView, uid: string): number | null {
  let found: number | null = null;
  const type = uid.startsWith('#') ? uid.slice(1) : null;
  view.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (type ? node.type.name === type : node.attrs.uid === uid) {
      found = pos;
      return false;
    }
    return !node.isTextblock;
  });
  return found;
}

/** Put the cursor at the start of the unit's text, focus the editor and scroll the unit into view. */
export function jumpToUnit(view: EditorView, uid: string): boolean {
  const pos = findUnitPos(view, uid);
  if (pos === null) return false;
  const node = view.state.doc.nodeAt(pos);
  // Prefer the unit's own text (a Pasal's first ayat), not its title line.
  const sel = Selection.findFrom(view.state.doc.resolve(pos + 1), 1, true);
  if (sel) view.dispatch(view.state.tr.setSelection(sel));
  view.focus();
  const dom = view.nodeDOM(pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'start', behavior: 'auto' });
  return node !== null;
}
