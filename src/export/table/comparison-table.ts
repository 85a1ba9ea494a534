/**
 * The matriks perbandingan (drafting-rules.md 5.3) as a print table: No | Teks Lama (semula) |
 * Teks Baru (menjadi) | Keterangan, rows aligned by unit: Menimbang and Mengingat items, then the
 * Pasal in new order (deleted ones at their old place) with the BAB, Bagian and Paragraf titles
 * placed before the first Pasal of their BAB, then the Penjelasan. Word changes are marked run by
 * run; a deleted unit reads "Dihapus." in the new column; the summary counts the Pasal.
 */
import { orderBody } from '../../diff/body-order';
import { changesOnly, keptRowCount } from '../../diff/changes-only';
import { keteranganOf } from '../../diff/keterangan';
import { readsAsWritten } from '../../diff/side-text';
import type { Comparison, OtherRow, PasalRow, UnitRef } from '../../diff/types';
import { DIHAPUS } from '../print-context';
import { runsToParas, segmentRuns, textToParas } from './cell-text';
import { partNotes } from './part-notes';
import { partRowsOf, printsPartByPart, type PartsShown } from './pasal-part-rows';
import type { PrintTable, TableCell, TablePara, TableRow, TableRun } from './table-model';
import { TABLE_FONT_PT, textPara } from './table-model';

/** Options of `comparisonTable`. */
export interface ComparisonTableOptions {
  /** Name of the old text ("PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009 TENTANG …"). */
  oldLabel: string;
  /** Name of the new text. */
  newLabel: string;
  /** Extra lines under the title (project, date). */
  subtitle?: string[];
  /** List only the changes (no row that is "Tetap" or only "Nomor berubah"; no such part of a Pasal shown part by part). */
  changesOnly?: boolean;
  /** List only the changes of content: `changesOnly`, and no row changed in spelling, capitals or punctuation only. */
  contentOnly?: boolean;
}

/** Column widths in mm (sum: the 280 mm of a landscape F4 page). */
const WIDTHS = { no: 12, old: 106, neu: 106, ket: 56 } as const;
const COLUMN_WIDTHS = [WIDTHS.no, WIDTHS.old, WIDTHS.neu, WIDTHS.ket];

type AnyRow = PasalRow | OtherRow;

/** One side of a row: the unit's label (centred) and its text, word changes marked. */
function sideCell(row: AnyRow, side: 'old' | 'new', centredText: boolean): TableCell {
  const ref: UnitRef | null = side === 'old' ? row.old : row.new;
  if (!ref) return side === 'new' && row.status === 'deleted' ? [textPara(DIHAPUS)] : [];
  // The old side marked only where it quotes the old text in its own order (`readsAsWritten`); a
  // row whose words are all kept may still mark words spelt or capitalised otherwise (`Segment.old`).
  const marked = row.old && row.new && row.segments.some((s) => s.op !== 'equal' || s.old !== undefined) && (side === 'new' || readsAsWritten(row.segments, ref.text));
  const body: TablePara[] = marked ? runsToParas(segmentRuns(row.segments, side)) : textToParas(ref.text);
  if (centredText) for (const p of body) p.align = 'center';
  return [textPara(ref.label, { align: 'center', keepNext: true }), ...body];
}

/** The Keterangan cell of a row; `rincian`: with the notes on its parts. */
function keteranganCell(row: AnyRow, rincian = true): TableCell {
  const out: TablePara[] = [textPara(keteranganOf(row), { align: 'left' })];
  if ('parts' in row) {
    const notes = rincian ? partNotes(row) : [];
    if (notes.length) out.push(textPara(`Rincian: ${notes.join('; ')}.`, { align: 'left' }));
    if (row.refsOnly) out.push(textPara('Hanya nomor rujukan yang menyesuaikan penomoran baru.', { align: 'left' }));
  }
  return out;
}

/** A data row. */
function dataRow(no: number, row: AnyRow, centredText = false): TableRow {
  return { kind: 'row', cells: [[textPara(String(no), { align: 'center' })], sideCell(row, 'old', centredText), sideCell(row, 'new', centredText), keteranganCell(row)] };
}

/** The rows of a Pasal: one row, or (`printsPartByPart`) its labels and status, then a row per part that `shown` lists. */
function pasalRows(no: number, row: PasalRow, shown: PartsShown): TableRow[] {
  const one = dataRow(no, row);
  if (one.kind !== 'row' || !printsPartByPart(row, one.cells, COLUMN_WIDTHS, TABLE_FONT_PT)) return [one];
  const label = (ref: UnitRef | null): TableCell => (ref ? [textPara(ref.label, { align: 'center', keepNext: true })] : []);
  return [{ kind: 'row', cells: [[textPara(String(no), { align: 'center' })], label(row.old), label(row.new), keteranganCell(row, false)] }, ...partRowsOf(row, shown)];
}

/** A caption row. */
function group(text: string): TableRow {
  return { kind: 'group', runs: [{ text, bold: true }] };
}

/** Pasal rows and title rows in the reading order of the Perbandingan tab (`body-order.ts`). */
function batangRows(c: Comparison, next: () => number, shown: PartsShown): TableRow[] {
  const pasal = new Set<AnyRow>(c.pasal);
  const out: TableRow[] = [];
  for (const { row } of orderBody<AnyRow>(c.bodyOrder, [...c.pasal, ...c.headings])) {
    if (pasal.has(row)) out.push(...pasalRows(next(), row as PasalRow, shown));
    else out.push(dataRow(next(), row, true));
  }
  return out;
}

/** The summary sentence: "Matriks perbandingan … : X Pasal diubah, Y disisipkan, Z dihapus; …". */
export function comparisonSummary(c: Comparison, oldLabel: string, newLabel: string): string {
  const s = c.summary;
  const extra = (
    [
      [s.renumbered, 'berubah nomor'],
      [s.moved, 'dipindahkan'],
      [s.split, 'dipecah'],
      [s.merged, 'digabung'],
      [s.unchanged, 'tetap'],
    ] as Array<[number, string]>
  )
    .filter(([n]) => n > 0)
    .map(([n, w]) => `${n} ${w}`);
  return `Matriks perbandingan ${oldLabel} dan ${newLabel}: ${s.changed} Pasal diubah, ${s.inserted} disisipkan, ${s.deleted} dihapus${extra.length ? `; ${extra.join(', ')}` : ''}.`;
}

/** The legend of the change marks (marks are never colour only). */
export function changeLegend(): TablePara {
  const runs: TableRun[] = [
    { text: 'Tanda perubahan: ' },
    { text: 'teks yang dicoret', change: 'delete' },
    { text: ' dihapus dari teks lama; ' },
    { text: 'teks bergaris bawah tebal', change: 'insert' },
    { text: ' ditambahkan dalam teks baru.' },
  ];
  return { runs, align: 'left' };
}

/** The matriks perbandingan of `all` (only its changes with `opts.changesOnly`, only those of content with `opts.contentOnly`). */
export function comparisonTable(all: Comparison, opts: ComparisonTableOptions): PrintTable {
  const content = opts.contentOnly === true;
  const onlyChanged = opts.changesOnly === true || content;
  const c = onlyChanged ? changesOnly(all, content) : all;
  let n = 0;
  const next = () => ++n;
  const rows: TableRow[] = [];
  const section = (caption: string, list: readonly OtherRow[]) => {
    if (!list.length) return;
    rows.push(group(caption));
    for (const r of list) rows.push(dataRow(next(), r));
  };
  section('Judul', c.judul);
  section('Konsiderans (Menimbang)', c.konsiderans);
  section('Dasar Hukum (Mengingat)', c.dasarHukum);
  section('Diktum (Menetapkan)', c.diktum);
  if (c.pasal.length || c.headings.length) {
    rows.push(group('Batang Tubuh'));
    rows.push(...batangRows(c, next, content ? 'content' : onlyChanged ? 'changes' : 'all'));
  }
  section('Penutup', c.penutup);
  section('Penjelasan', c.penjelasan);
  section('Lampiran', c.lampiran);
  return {
    docTitle: `Matriks perbandingan ${opts.oldLabel} dan ${opts.newLabel}`,
    title: ['MATRIKS PERBANDINGAN', opts.oldLabel, 'DENGAN', opts.newLabel],
    intro: [
      ...(opts.subtitle ?? []).map((s) => textPara(s, { align: 'center' })),
      textPara(comparisonSummary(all, opts.oldLabel, opts.newLabel), { align: 'left' }),
      ...(onlyChanged ? [textPara(`Matriks ini memuat perubahan ${content ? 'isi ' : ''}saja: ${keptRowCount(all, content)} baris tanpa perubahan isi (tetap, hanya berubah nomor${content ? ', atau hanya berubah ejaan, huruf besar/kecil, atau tanda baca' : ''}) tidak dicantumkan.`, { align: 'left' })] : []),
      changeLegend(),
    ],
    columns: [
      { header: ['No'], widthMm: WIDTHS.no, align: 'center' },
      { header: ['Teks Lama', '(semula)'], widthMm: WIDTHS.old, align: 'left' },
      { header: ['Teks Baru', '(menjadi)'], widthMm: WIDTHS.neu, align: 'left' },
      { header: ['Keterangan'], widthMm: WIDTHS.ket, align: 'left' },
    ],
    rows,
  };
}
