/**
 * Preparing documents for the instrument: both sides in perubahan numbering (numbers from
 * `baseNum`, never renumbered), and a copy without "Dihapus." placeholders for the comparison
 * (a unit deleted in the draft must compare as deleted, not as unchanged).
 */
import type { Node } from 'prosemirror-model';
import { freezeAsBase } from '../model/doc-builders';
import type { NodeJson } from '../model/doc-json';
import { perdaSchema } from '../model/schema';

const UNITS = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);
const DIHAPUS = /^\s*dihapus\s*\.?\s*$/i;

/** True when the document's batang tubuh has units with a base number. */
export function hasBaseNums(doc: Node): boolean {
  let found = false;
  doc.descendants((n) => {
    if (found) return false;
    if ((n.type.name === 'pasal' || n.type.name === 'bab') && n.attrs.baseNum != null) found = true;
    return !found;
  });
  return found;
}

/**
 * The document in perubahan numbering: a document without base numbers (built in the editor)
 * is frozen (every unit gets its current number); an imported one keeps its printed numbers.
 */
export function asPerubahan(doc: Node): Node {
  if (!hasBaseNums(doc)) return freezeAsBase(doc);
  if (doc.attrs.mode === 'perubahan') return doc;
  return perdaSchema.nodeFromJSON({
    ...(doc.toJSON() as NodeJson),
    attrs: { ...doc.attrs, mode: 'perubahan' },
  });
}

/** True when a JSON unit is a "Dihapus." placeholder (flag, or imported text "Dihapus."). */
export function isDeletedJson(n: NodeJson): boolean {
  if (n.attrs?.deleted === true) return true;
  if (!UNITS.has(n.type) || n.type === 'bab' || n.type === 'bagian' || n.type === 'paragraf')
    return false;
  const content = n.content ?? [];
  if (content.length !== 1 || content[0]?.type !== 'para') return false;
  const text = (content[0].content ?? []).map((c) => c.text ?? '').join('');
  return DIHAPUS.test(text);
}

/** True when a node is a "Dihapus." placeholder. */
export function isDeletedNode(n: Node): boolean {
  return isDeletedJson(n.toJSON() as NodeJson);
}

/** The document without deleted units in its batang tubuh, and the uids removed. */
export function stripDeleted(doc: Node): { doc: Node; removed: Set<string> } {
  const removed = new Set<string>();
  const json = doc.toJSON() as NodeJson;
  const walk = (n: NodeJson): NodeJson | null => {
    if (UNITS.has(n.type) && isDeletedJson(n)) {
      removed.add(String(n.attrs?.uid ?? ''));
      return null;
    }
    if (!n.content) return n;
    const kept = n.content.map(walk).filter((c): c is NodeJson => c !== null);
    if (n.type === 'list' && kept.length === 0) return null;
    if (n.type === 'pasal' && kept.length === 0) {
      removed.add(String(n.attrs?.uid ?? ''));
      return null;
    }
    return { ...n, content: kept };
  };
  json.content = (json.content ?? []).map((part) =>
    part.type === 'batangTubuh' ? (walk(part) ?? { ...part, content: [] }) : part,
  );
  if (removed.size === 0) return { doc, removed };
  return { doc: perdaSchema.nodeFromJSON(json), removed };
}
