/**
 * Pure helpers of the comparison panel: which rows a filter shows, where the changes are and how
 * many (Pasal and other rows, as the summary counts them), the text of one side of a word diff,
 * and the sections the table is divided into.
 */
import type { CompareRowView, CompareSegment, CompareStatus } from '../../../src/api/contract';
import { sideSegments } from '../../../src/diff/side-text';
import { isChangeStatus } from '../../../src/diff/status';
import { formChanged } from '../../../src/diff/printed-otherwise';
import { cutAtLines } from './segment-lines';

export { sideSegments };

/**
 * What the table shows: every row, only changed rows, only the changes of content (a change of
 * spelling, capitals or punctuation left out: `formOnly`), the changed rows outside the Pasal
 * (Judul, Menimbang, Mengingat, titles, Penjelasan, Lampiran), the rows of one BAB, or the Pasal of
 * one status ("Disisipkan").
 */
export type RowFilter = { kind: 'all' } | { kind: 'changes' } | { kind: 'content' } | { kind: 'outside' } | { kind: 'bab'; label: string } | { kind: 'status'; status: CompareStatus };

/** How many rows changed in form only (`formOnly`): what "only changes of content" leaves out. */
export function formOnlyCount(rows: readonly CompareRowView[]): number {
  return rows.filter((r) => r.formOnly).length;
}

/** A row is a change by the core's rule (`isChangeStatus`): "Nomor berubah" rows stay in "all" but are not stepped through. */
export function isChange(row: CompareRowView): boolean {
  return isChangeStatus(row.status);
}

export { isChangeStatus };

/** How many of the counted rows are changes (`counts` by status, as in the summary). */
export function changeTotal(counts: Readonly<Record<CompareStatus, number>>): number {
  return (Object.keys(counts) as CompareStatus[]).filter(isChangeStatus).reduce((a, s) => a + counts[s], 0);
}

/** The changes among `rows`, split as the summary splits them: Pasal rows and all other rows. */
export function changeSplit(rows: readonly NumberedRow[]): { pasal: number; other: number } {
  let pasal = 0;
  let other = 0;
  for (const { row } of rows) {
    if (!isChange(row)) continue;
    if (row.kind === 'pasal') pasal++;
    else other++;
  }
  return { pasal, other };
}

/** A row with its number in the whole comparison (stable under filtering). */
export interface NumberedRow {
  no: number;
  row: CompareRowView;
}

/** Number the rows 1..n in reading order. */
export function numberRows(rows: readonly CompareRowView[]): NumberedRow[] {
  return rows.map((row, i) => ({ no: i + 1, row }));
}

/** The rows a filter keeps. */
export function filterRows(rows: readonly NumberedRow[], filter: RowFilter): NumberedRow[] {
  switch (filter.kind) {
    case 'all':
      return [...rows];
    case 'changes':
      return rows.filter((r) => isChange(r.row));
    case 'content':
      return rows.filter((r) => isChange(r.row) && !r.row.formOnly);
    case 'outside':
      // As the summary counts them ("+ 127 baris di luar Pasal").
      return rows.filter((r) => r.row.kind !== 'pasal' && isChange(r.row));
    case 'bab':
      return rows.filter((r) => r.row.section === 'batangTubuh' && r.row.bab === filter.label);
    case 'status':
      // As the summary counts it: Pasal rows only.
      return rows.filter((r) => r.row.kind === 'pasal' && r.row.status === filter.status);
  }
}

/** Index (in `rows`) of the next (dir 1) or previous (dir -1) change after `from` (-1: none yet); wraps around. */
export function stepChange(rows: readonly NumberedRow[], from: number, dir: 1 | -1): number {
  const n = rows.length;
  if (n === 0) return -1;
  let i = from < 0 ? (dir === 1 ? -1 : n) : from;
  for (let k = 0; k < n; k++) {
    i = (i + dir + n) % n;
    if (isChange((rows[i] as NumberedRow).row)) return i;
  }
  return -1;
}

/** A part row as stepping sees it. */
type PartView = NonNullable<CompareRowView['partRows']>[number];

/** The changed parts of a row shown part by part (indices into `partRows`) among those `shown`; null when the row is not shown part by part. */
export function partStops(row: CompareRowView, shown: (part: PartView) => boolean = () => true): number[] | null {
  if (!row.partRows) return null;
  return row.partRows.flatMap((p, i) => (isChangeStatus(p.status) && shown(p) ? [i] : []));
}

/** The next (`dir` 1) or previous stop of `stops` (ascending) after `from` (-1: before the first; Infinity: after the last), or -1 when none is left. */
export function nextStop(stops: readonly number[], from: number, dir: 1 | -1): number {
  if (dir === 1) return stops.find((s) => s > from) ?? -1;
  for (let i = stops.length - 1; i >= 0; i--) if ((stops[i] as number) < from) return stops[i] as number;
  return -1;
}

/**
 * Inside a row shown part by part (`partRows`): the next (`dir` 1) or previous changed part after
 * part `from` (-1: before the first; the number of parts: after the last) among those `shown`
 * (all by default), or -1 when none is left.
 */
export function stepPart(row: CompareRowView, from: number, dir: 1 | -1, shown: (part: PartView) => boolean = () => true): number {
  return nextStop(partStops(row, shown) ?? [], from, dir);
}

/** The plain text of one side. */
export function sideText(segments: readonly CompareSegment[], side: 'old' | 'new'): string {
  return sideSegments(segments, side).map((s) => s.text).join('');
}

/** Section of a row as the table heads it. */
export type SectionKey = CompareRowView['section'];

/** True when `row` starts a new section after `prev`. */
export function startsSection(row: CompareRowView, prev: CompareRowView | undefined): boolean {
  return prev === undefined || prev.section !== row.section;
}

/** What stands for the lines left out by `changedLines`. */
export const SKIPPED_LINES = '…';

/**
 * The lines of a word diff that hold a change (lines end at "\n": a Pasal's ayat and items), the
 * kept lines between them replaced by one "…" line, so a long Pasal shows only where it changed
 * (inline: equal runs as the new text prints them, but for words written otherwise in their
 * spelling or capitals, which are a change and keep their old print).
 */
export function changedLines(segments: readonly CompareSegment[]): CompareSegment[] {
  const lines: CompareSegment[][] = [[]];
  for (const seg of segments) {
    cutAtLines(seg).forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (!piece.text) return;
      (lines[lines.length - 1] as CompareSegment[]).push(seg.repointed || formChanged(piece) ? piece : { op: seg.op, text: piece.text });
    });
  }
  const out: CompareSegment[] = [];
  let skipped = false;
  for (const line of lines) {
    if (!line.some((x) => x.op !== 'equal' || x.old !== undefined)) {
      skipped = true;
      continue;
    }
    if (out.length > 0 || skipped) out.push({ op: 'equal', text: out.length > 0 ? (skipped ? `\n${SKIPPED_LINES}\n` : '\n') : `${SKIPPED_LINES}\n` });
    out.push(...line);
    skipped = false;
  }
  if (skipped && out.length > 0) out.push({ op: 'equal', text: `\n${SKIPPED_LINES}` });
  return out;
}

