/**
 * Handler of `compare.run`: compares two documents of the open project (base, draft or a saved
 * version), optionally through a middle stage (base -> A -> draft), and lays the result out as
 * the rows of the comparison table (matriks perbandingan) in reading order: Menimbang, Mengingat,
 * the batang tubuh (BAB/Bagian titles between their Pasal), then Penjelasan.
 */
import type { Node } from 'prosemirror-model';
import { CoreError } from '../../core-error';
import { compareDocs, compareThreeWay, isFormOnlyChange, keteranganOf, otherRowsOf, partFormChange, readsAsWritten, readsPartByPart } from '../../diff/index';
import type { Comparison, OtherRow, PartRow, PasalRow, RowStage, UnitRef, UnitStatus } from '../../diff/index';
import { repointedRefs, type RepointedRef } from '../../diff/repointed';
import { docLabel } from '../../export/table/doc-label';
import { wholeTextPart } from '../../diff/whole-text-part';
import type { ProjectStore } from '../../store/index';
import { requireProject } from '../context';
import { storedBase, storedDraft, storedVersion } from '../stored-docs';
import { bodyRows } from './compare-body-rows';
import type { ComparePartSide, CompareResult, CompareRowView, CompareSide, CompareSource, CompareSourceInfo, CompareStage } from '../contract';
import type { Handlers } from '../handler';

/**
 * Load one compared document and describe it. Documents come from the store's blobs sharing
 * their unchanged nodes with earlier loads (`storedDoc`), so comparing again after an edit
 * redoes only the edited Pasal.
 */
function loadSource(store: ProjectStore, source: CompareSource): { doc: Node; info: CompareSourceInfo } {
  if (source.kind === 'base') {
    const doc = storedBase(store);
    if (!doc) throw new CoreError('NOT_FOUND', 'Naskah dasar belum ditetapkan; tidak ada yang dapat dibandingkan dengannya.');
    return { doc, info: { kind: 'base', id: null, label: null, stage: null, title: docLabel(doc) } };
  }
  if (source.kind === 'draft') {
    const doc = storedDraft(store);
    return { doc, info: { kind: 'draft', id: null, label: null, stage: null, title: docLabel(doc) } };
  }
  const { version: v, doc } = storedVersion(store, source.id);
  return { doc, info: { kind: 'version', id: v.id, label: v.label, stage: v.stage, title: docLabel(doc) } };
}

/** A row side for the view: uid, label and, where the unit has them, the layout of its lines and the text before a portion. */
function side(r: UnitRef | null): CompareSide | null {
  if (!r) return null;
  const out: CompareSide = { uid: r.uid, label: r.label };
  const lines = r.lines;
  if (lines) out.lines = lines;
  const before = r.before;
  if (before !== undefined) out.before = before;
  return out;
}

function pasalView(r: PasalRow, i: number): CompareRowView {
  return {
    key: `p${i}`,
    section: 'batangTubuh',
    kind: 'pasal',
    status: r.status,
    keterangan: keteranganOf(r),
    ...formOnlyOf(r),
    old: side(r.old),
    new: side(r.new),
    oldAll: r.oldAll.map((x) => side(x) as CompareSide),
    newAll: r.newAll.map((x) => side(x) as CompareSide),
    bab: null,
    segments: r.segments,
    ...asWritten(r),
    // A Pasal that is one paragraph on both sides: its row's status says all (no "(teks 1): diubah").
    parts: wholeTextPart(r) ? [] : r.parts.filter((p) => p.status !== 'unchanged').map((p) => ({ status: p.status, kind: p.kind, old: side(p.old), new: side(p.new), ...repointedOf(p), ...alikeOf(p), ...partFormOf(p) })),
    ...(readsPartByPart(r) ? { partRows: r.parts.map((p) => ({ status: p.status, kind: p.kind, old: partSide(p.old), new: partSide(p.new), segments: p.segments, ...repointedOf(p), ...alikeOf(p), ...partFormOf(p) })) } : {}),
  };
}

/** `formOnly` for a change of form only (otherwise nothing). */
function formOnlyOf(r: PasalRow | OtherRow): { formOnly?: true } {
  return isFormOnlyChange(r) ? { formOnly: true } : {};
}

/** `repointed` for a part whose references read the same but point elsewhere (none: nothing). */
function repointedOf(p: PartRow): { repointed?: RepointedRef[] } {
  const refs = repointedRefs(p.segments);
  return refs.length > 0 ? { repointed: refs } : {};
}

/** `alike` for a part that reads like a part of another Pasal (none: nothing). */
function alikeOf(p: PartRow): { alike?: string } {
  return p.alike ? { alike: p.alike } : {};
}

/** `form` for a part changed in form only (otherwise nothing). */
function partFormOf(p: PartRow): { form?: string } {
  const form = partFormChange(p);
  return form ? { form } : {};
}

/** One side of a part row: the part and its printed marker. */
const partSide = (r: UnitRef | null): ComparePartSide | null => (r ? { ...(side(r) as CompareSide), marker: r.marker ?? '' } : null);

/** `oldText` for a row whose marked old side would not quote the old text in its own order. */
function asWritten(r: PasalRow | OtherRow): { oldText?: string } {
  return r.old && r.new && !readsAsWritten(r.segments, r.old.text) ? { oldText: r.old.text } : {};
}

function otherView(r: OtherRow, key: string, section: CompareRowView['section'], stage?: RowStage): CompareRowView {
  return withStage({ key, section, kind: r.kind, status: r.status, keterangan: keteranganOf(r), ...formOnlyOf(r), old: side(r.old), new: side(r.new), oldAll: [], newAll: [], bab: null, segments: r.segments, ...asWritten(r), parts: [] }, stage);
}

/** The three-way stage of a row, and of each of a Pasal row's parts (in the order of its parts). */
type ViewStage = RowStage & { parts?: readonly CompareStage[] };

/** `v` with its three-way stage (per-stage word diffs, and the stage of each part row), when there is one. */
function withStage(v: CompareRowView, s: ViewStage | undefined): CompareRowView {
  if (!s) return v;
  Object.assign(v, { stage: s.stage, mid: s.mid }, s.steps ? { steps: s.steps } : {});
  v.partRows?.forEach((p, i) => {
    const stage = s.parts?.[i];
    if (stage) p.stage = stage;
  });
  return v;
}

function count(rows: ReadonlyArray<{ status: UnitStatus }>): Record<UnitStatus, number> {
  const out: Record<UnitStatus, number> = { unchanged: 0, changed: 0, inserted: 0, deleted: 0, moved: 0, renumbered: 0, split: 0, merged: 0 };
  for (const r of rows) out[r.status]++;
  return out;
}

/** The text of a row's new side (or old side) from its segments. */
function titleOf(r: CompareRowView): string {
  const keep = r.new ? 'delete' : 'insert';
  return r.segments.filter((s) => s.op !== keep).map((s) => s.text).join('').trim();
}

/** The three-way stages of a comparison's rows: per Pasal row (by index, with the stage of each of its parts), and of every other row. */
export interface ViewStages {
  pasal: ReadonlyArray<ViewStage>;
  other: ReadonlyMap<OtherRow, RowStage>;
}

/** Lay a comparison out as the table rows, with the three-way stage of each row when `stages` are given. */
export function comparisonView(
  c: Comparison,
  sources: CompareResult['sources'],
  stages?: ViewStages,
): CompareResult {
  const pasal = c.pasal.map((r, i) => withStage(pasalView(r, i), stages?.pasal[i]));
  const other = (r: OtherRow, key: string, section: CompareRowView['section']) => otherView(r, key, section, stages?.other.get(r));
  const body = bodyRows(c, [...pasal, ...c.headings.map((h, i) => other(h, `h${i}`, 'batangTubuh'))]);
  const front = [
    ...c.judul.map((r, i) => other(r, `t${i}`, 'judul')),
    ...c.konsiderans.map((r, i) => other(r, `k${i}`, 'konsiderans')),
    ...c.dasarHukum.map((r, i) => other(r, `d${i}`, 'dasarHukum')),
    ...c.diktum.map((r, i) => other(r, `m${i}`, 'diktum')),
  ];
  const back = [
    ...c.penutup.map((r, i) => other(r, `u${i}`, 'penutup')),
    ...c.penjelasan.map((r, i) => other(r, `j${i}`, 'penjelasan')),
    ...c.lampiran.map((r, i) => other(r, `l${i}`, 'lampiran')),
  ];
  const rows = [...front, ...body, ...back];
  const babs = body.filter((r) => r.kind === 'bab' && r.bab !== null).map((r) => ({ label: r.bab ?? '', title: titleOf(r) }));
  return { sources, rows, summary: { ...c.summary }, otherSummary: count(otherRowsOf(c)), babs, matchedBy: c.matchedBy };
}

/** `compare.run`: old -> new, or old -> threeWay -> new with the stage of each Pasal change. */
export const compareHandlers: Handlers<'compare.run'> = {
  'compare.run': (ctx, a) => {
    const store = requireProject(ctx);
    const oldSrc = loadSource(store, a.old);
    const newSrc = loadSource(store, a.new);
    if (!a.threeWay) {
      const c = compareDocs(oldSrc.doc, newSrc.doc);
      return comparisonView(c, { old: oldSrc.info, new: newSrc.info, mid: null });
    }
    const mid = loadSource(store, a.threeWay);
    const t = compareThreeWay(oldSrc.doc, mid.doc, newSrc.doc);
    const stages: ViewStages = { pasal: t.rows, other: t.otherStages };
    return comparisonView(t.baseToDraft, { old: oldSrc.info, new: newSrc.info, mid: mid.info }, stages);
  },
};
