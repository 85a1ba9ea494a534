/**
 * Three-way ("double") compare, after LEOS: base -> A -> draft (e.g. Perda lama -> draf
 * Bapemperda -> hasil Pansus). Each row of base -> draft says in which stage its change came:
 * base -> A, A -> draft, both, or none.
 */
import type { Node } from 'prosemirror-model';
import { compareDocs } from './compare';
import { OTHER_SECTIONS } from './other-sections';
import type { CompareOptions, Comparison, OtherRow, PasalRow, Segment, UnitStatus } from './types';

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
  /**
   * The stage of each of the row's parts (`row.parts`, same order): angka 16 of a Pasal 1 changed
   * before the middle stage, angka 17 after it. Per-stage word diffs are the Pasal's (`steps`).
   */
  parts: Stage[];
}

/** The stage of a row of any section (Judul, Menimbang, titles, Penjelasan, …), as for Pasal. */
export type RowStage = Pick<ThreeWayRow, 'stage' | 'mid' | 'steps'>;

/** Result of a three-way compare. */
export interface ThreeWay {
  rows: ThreeWayRow[];
  /** The stage of every other row of `baseToDraft` (Judul, Menimbang, Mengingat, titles, Penjelasan, Lampiran), by row. */
  otherStages: ReadonlyMap<OtherRow, RowStage>;
  baseToA: Comparison;
  aToDraft: Comparison;
  baseToDraft: Comparison;
}

const isChange = (s: UnitStatus | null) => s !== null && s !== 'unchanged';

/** Rows that have an old and a new side, a status, segments and whether their words changed. */
type AnyRow = Pick<PasalRow, 'status' | 'old' | 'new' | 'segments' | 'textChanged'>;

/** A row's stage, and the rows of base -> A (`r1`) and A -> draft (`r2`) it was read from. */
type StagedRow<R, S> = { row: R; mid: string | null; baseToA: UnitStatus | null; aToDraft: UnitStatus | null; r1: S | undefined; r2: S | undefined } & RowStage;

/** The parts of a Pasal row as rows whose stages can be read (`textChanged`: their words changed). */
function partsAsRows(row: PasalRow | undefined): AnyRow[] {
  return (row?.parts ?? []).map((p) => ({ status: p.status, old: p.old, new: p.new, segments: p.segments, textChanged: p.status === 'changed' }));
}

/**
 * The stage of each row of `direct` (base -> draft), from the rows of the same section in
 * `first` (base -> A) and `second` (A -> draft), joined through the uids of the units.
 */
function stagesOf<R extends AnyRow, S extends AnyRow>(direct: readonly R[], first: readonly S[], second: readonly S[]): Array<StagedRow<R, S>> {
  const byNew = (rows: readonly S[]) => new Map(rows.flatMap((r) => (r.new ? [[r.new.uid, r] as const] : [])));
  const byOld = (rows: readonly S[]) => new Map(rows.flatMap((r) => (r.old ? [[r.old.uid, r] as const] : [])));
  const c1ByNew = byNew(first);
  const c1ByOld = byOld(first);
  const c2ByNew = byNew(second);
  const c2ByOld = byOld(second);
  return direct.map((row) => {
    let r2: S | undefined;
    let r1: S | undefined;
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
    return { row, mid: r2?.old?.label ?? r1?.new?.label ?? null, baseToA, aToDraft, stage: both ? 'both' : s1 ? 'baseToA' : s2 ? 'aToDraft' : 'none', steps, r1, r2 };
  });
}

/** Compare base -> A -> draft and attribute each change of base -> draft to its stage. */
export function compareThreeWay(base: Node, a: Node, draft: Node, opts: CompareOptions = {}): ThreeWay {
  const c1 = compareDocs(base, a, opts);
  const c2 = compareDocs(a, draft, opts);
  const c3 = compareDocs(base, draft, opts);
  const otherStages = new Map<OtherRow, RowStage>();
  for (const section of OTHER_SECTIONS) for (const x of stagesOf(c3[section], c1[section], c2[section])) otherStages.set(x.row, { stage: x.stage, mid: x.mid, steps: x.steps });
  const rows = stagesOf(c3.pasal, c1.pasal, c2.pasal).map(({ row, mid, baseToA, aToDraft, stage, steps, r1, r2 }): ThreeWayRow => ({
    row,
    mid,
    baseToA,
    aToDraft,
    stage,
    steps,
    parts: row.parts.length === 0 ? [] : stagesOf(partsAsRows(row), partsAsRows(r1), partsAsRows(r2)).map((p) => p.stage),
  }));
  return { rows, otherStages, baseToA: c1, aToDraft: c2, baseToDraft: c3 };
}
