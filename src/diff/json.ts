/**
 * The JSON shape of `rancang compare OLD NEW --json`: Pasal-level units in new order (deleted
 * ones at their old place) and a summary, plus extra fields for tools that want more.
 */
import { isFormOnlyChange, keteranganOf } from './keterangan';
import { otherRowsOf } from './other-sections';
import { wholeTextPart } from './whole-text-part';
import type { Comparison, OtherRow, UnitStatus } from './types';

/** One unit of the JSON output. */
export interface JsonUnit {
  status: UnitStatus;
  old: string | null;
  new: string | null;
  keterangan: string;
  oldAll?: string[];
  newAll?: string[];
  renumbered?: boolean;
  moved?: boolean;
  refsOnly?: boolean;
  /** The words are the same but a reference points elsewhere (only present when true). */
  staleRefs?: boolean;
  /** A change of form only: spelling, capitals or punctuation, the words the same (only present when true; `isFormOnlyChange`). */
  formOnly?: true;
  similarity?: number;
  /** Parts that changed (none for a Pasal that is one paragraph on both sides); `alike` names a part of another Pasal that reads alike (a hint, see `PartRow.alike`). */
  parts?: Array<{ status: UnitStatus; old: string | null; new: string | null; alike?: string }>;
  /** With an amending instrument applied: its items that name this Pasal but were not applied. */
  unappliedItems?: number[];
}

/** The whole JSON output. */
export interface ComparisonJson {
  units: JsonUnit[];
  summary: Record<UnitStatus, number>;
  matchedBy: Comparison['matchedBy'];
  other: Array<{ kind: OtherRow['kind']; status: UnitStatus; old: string | null; new: string | null; keterangan: string; formOnly?: true }>;
}

/** Convert a comparison to the CLI's JSON shape. */
export function comparisonToJson(c: Comparison): ComparisonJson {
  const units = c.pasal.map((r): JsonUnit => {
    const u: JsonUnit = { status: r.status, old: r.old?.label ?? null, new: r.new?.label ?? null, keterangan: keteranganOf(r) };
    if (r.status === 'split' || r.status === 'merged') {
      u.oldAll = r.oldAll.map((x) => x.label);
      u.newAll = r.newAll.map((x) => x.label);
    }
    if (r.old && r.new) {
      u.renumbered = r.renumbered;
      u.moved = r.moved;
      u.refsOnly = r.refsOnly;
      if (r.staleRefs) u.staleRefs = true;
      if (isFormOnlyChange(r)) u.formOnly = true;
      u.similarity = Math.round(r.similarity * 1000) / 1000;
    }
    // A Pasal that is one paragraph on both sides: its only part is the Pasal itself, said by the unit.
    const changedParts = wholeTextPart(r) ? [] : r.parts.filter((p) => p.status !== 'unchanged');
    if (changedParts.length > 0) u.parts = changedParts.map((p) => ({ status: p.status, old: p.old?.label ?? null, new: p.new?.label ?? null, ...(p.alike ? { alike: p.alike } : {}) }));
    return u;
  });
  const other = otherRowsOf(c).map((r) => ({
    kind: r.kind,
    status: r.status,
    old: r.old?.label ?? null,
    new: r.new?.label ?? null,
    keterangan: keteranganOf(r),
    ...(isFormOnlyChange(r) ? { formOnly: true as const } : {}),
  }));
  return { units, summary: { ...c.summary }, matchedBy: c.matchedBy, other };
}
