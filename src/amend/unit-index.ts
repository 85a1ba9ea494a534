/**
 * An index of the units of one document's batang tubuh: node, type and parent of each unit,
 * Pasal in document order, and the grouping units (BAB, Bagian, Paragraf) around each Pasal.
 */
import type { Node } from 'prosemirror-model';

/** One indexed unit. */
export interface IndexedUnit {
  uid: string;
  type: string;
  node: Node;
  /** uid of the enclosing unit (grouping unit, Pasal, ayat or item), or null at the top. */
  parent: string | null;
}

/** The index of a document. */
export interface UnitIndex {
  units: Map<string, IndexedUnit>;
  /** Pasal uids in document order. */
  pasal: string[];
  /** Grouping units (bab, bagian, paragraf) in document order. */
  groups: string[];
  /** Pasal uids inside each grouping unit (directly or not), in order. */
  pasalOf: Map<string, string[]>;
}

const UNITS = new Set(['bab', 'bagian', 'paragraf', 'pasal', 'ayat', 'item']);
const GROUPS = new Set(['bab', 'bagian', 'paragraf']);

/** Index the batang tubuh of `doc`. */
export function indexUnits(doc: Node): UnitIndex {
  const index: UnitIndex = { units: new Map(), pasal: [], groups: [], pasalOf: new Map() };
  const stack: string[] = [];
  const walk = (node: Node, parent: string | null) => {
    node.forEach((child) => {
      const name = child.type.name;
      if (name === 'changeItem') return;
      if (UNITS.has(name)) {
        const uid = String(child.attrs.uid);
        index.units.set(uid, { uid, type: name, node: child, parent });
        if (name === 'pasal') {
          index.pasal.push(uid);
          for (const g of stack) index.pasalOf.get(g)?.push(uid);
        }
        if (GROUPS.has(name)) {
          index.groups.push(uid);
          index.pasalOf.set(uid, []);
          stack.push(uid);
          walk(child, uid);
          stack.pop();
        } else walk(child, uid);
      } else if (!child.isTextblock && !child.isLeaf) walk(child, parent);
    });
  };
  doc.forEach((part) => {
    if (part.type.name === 'batangTubuh') walk(part, null);
  });
  return index;
}

/** Ancestors of a unit, nearest first. */
export function ancestorsOf(index: UnitIndex, uid: string): IndexedUnit[] {
  const out: IndexedUnit[] = [];
  let cur = index.units.get(uid)?.parent ?? null;
  while (cur) {
    const u = index.units.get(cur);
    if (!u) break;
    out.push(u);
    cur = u.parent;
  }
  return out;
}

/** The nearest ancestor of a given type, or null. */
export function ancestorOfType(index: UnitIndex, uid: string, type: string): IndexedUnit | null {
  return ancestorsOf(index, uid).find((a) => a.type === type) ?? null;
}
