/**
 * Three-way ("double") compare, after LEOS: base -> A -> draft (e.g. Perda lama -> draf
 * Bapemperda -> hasil Pansus). Each row of base -> draft says in which stage its change came:
 * base -> A, A -> draft, both, or none.
 */
import type { Node } from 'prosemirror-model';
import { compareDocs } from './compare';
import type { CompareOptions, Comparison, PasalRow, Segment, UnitStatus } from './types';

/** Where a unit's change came from. */
export type Stage = 'baseToA' | 'aToDraft' | 'both' | 'none';

/** One Pasal of the three-way compare. */
export interface ThreeWayRow {
  /** The overall row (base -> draft). */
  row: PasalRow;
  /** Label of the unit in A, if it exists there. */
  mid: string | null;
  baseToA: UnitStatus | null;
  aToDraft: UnitStatus | null;
  stage: Stage;
  /**
   * When both stages changed the unit's words: its word diff base -> A and A -> draft, so a
   * reader sees which words each stage changed (null otherwise, also when a stage only renumbered).
   */
  steps: { baseToA: Segment[]; aToDraft: Segment[] } | null;
}

/** Result of a three-way compare. */
export interface ThreeWay {
  rows: ThreeWayRow[];
  baseToA: Comparison;
  aToDraft: Comparison;
  baseToDraft: Comparison;
}

const isChange = (s: UnitStatus | null) => s !== null && s !== 'unchanged';

/** Compare base -> A -> draft and attribute each change of base -> draft to its stage. */
export function compareThreeWay(base: Node, a: Node, draft: Node, opts: CompareOptions = {}): ThreeWay {
  const c1 = compareDocs(base, a, opts);
  const c2 = compareDocs(a, draft, opts);
  const c3 = compareDocs(base, draft, opts);
  const c1ByNew = new Map<string, PasalRow>();
  const c1ByOld = new Map<string, PasalRow>();
  for (const r of c1.pasal) {
    if (r.new) c1ByNew.set(r.new.uid, r);
    if (r.old) c1ByOld.set(r.old.uid, r);
  }
  const c2ByNew = new Map<string, PasalRow>();
  const c2ByOld = new Map<string, PasalRow>();
  for (const r of c2.pasal) {
    if (r.new) c2ByNew.set(r.new.uid, r);
    if (r.old) c2ByOld.set(r.old.uid, r);
  }
  const rows = c3.pasal.map((row): ThreeWayRow => {
    let r2: PasalRow | undefined;
    let r1: PasalRow | undefined;
    if (row.new) {
      r2 = c2ByNew.get(row.new.uid);
      r1 = r2?.old ? c1ByNew.get(r2.old.uid) : undefined;
    } else if (row.old) {
      r1 = c1ByOld.get(row.old.uid);
      r2 = r1?.new ? c2ByOld.get(r1.new.uid) : undefined;
    }
    const baseToA = r1?.status ?? (r2?.old ? 'inserted' : null);
    const aToDraft = r2?.status ?? null;
    const s1 = isChange(baseToA);
    const s2 = isChange(aToDraft);
    const both = s1 && s2;
    const steps = both && r1?.textChanged && r2?.textChanged ? { baseToA: r1.segments, aToDraft: r2.segments } : null;
    return { row, mid: r2?.old?.label ?? r1?.new?.label ?? null, baseToA, aToDraft, stage: both ? 'both' : s1 ? 'baseToA' : s2 ? 'aToDraft' : 'none', steps };
  });
  return { rows, baseToA: c1, aToDraft: c2, baseToDraft: c3 };
}
