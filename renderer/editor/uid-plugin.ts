/**
 * Keeps unit identity sound while editing (architecture.md, decision 1): every node with a `uid`
 * attribute gets a fresh uid when it has none, and when a split, paste or copy produced a second
 * node with the same uid, the later one gets a new uid and loses the base number and the
 * "Dihapus" flag it copied (it is a new unit, not the base unit). Typing inside a paragraph cannot
 * create or copy a unit, so only structural transactions are examined.
 */
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { newUid } from '../../src/model/uid';
import { anyChangesStructure } from './structure-change';

/** Plugin key of the uid keeper. */
export const uidPluginKey = new PluginKey('uid');

/** The transaction fixing missing and duplicate uids of `doc`, or null when all are sound. */
export function fixUids(doc: Node, tr: Transaction): Transaction | null {
  const seen = new Set<string>();
  let changed = false;
  doc.descendants((node, pos) => {
    if (!('uid' in node.attrs)) return true;
    const uid = node.attrs.uid as string;
    if (uid && !seen.has(uid)) {
      seen.add(uid);
      return true;
    }
    const attrs: Record<string, unknown> = { ...node.attrs, uid: newUid() };
    if (uid && 'baseNum' in attrs) attrs.baseNum = null;
    if (uid && 'deleted' in attrs) attrs.deleted = false;
    seen.add(attrs.uid as string);
    tr.setNodeMarkup(pos, undefined, attrs);
    changed = true;
    return true;
  });
  return changed ? tr : null;
}

/** The plugin: runs after every document change. */
export function uidPlugin(): Plugin {
  return new Plugin({
    key: uidPluginKey,
    appendTransaction(trs, _old, state) {
      if (!anyChangesStructure(trs)) return null;
      return fixUids(state.doc, state.tr);
    },
  });
}
