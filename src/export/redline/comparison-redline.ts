/**
 * A comparison as a redline document (`redline-model.ts`): the units in the reading order of the
 * matriks perbandingan (Judul, Menimbang, Mengingat, Menetapkan, the BAB titles and Pasal in new
 * order with deleted ones at their old place, the perintah pengundangan, the Penjelasan, the
 * Lampiran), each set as the Perda prints it: headings centred, ayat and items with their markers
 * hung, one step in per level (`segment-lines.ts`). Every difference is a change, numbers that only
 * followed the renumbering included: accepting the changes must give the new text word for word,
 * rejecting them the old, in its order: a unit that moved stands at its old place too, as a move
 * (`moved-place.ts`). A unit the comparison does not call unchanged or renumbered only
 * carries its Keterangan (with the notes on its parts) as a note.
 */
import { orderBody, type OrderedRow } from '../../diff/body-order';
import { lampiranName } from '../../diff/compare-other';
import { keteranganOf, movedToNote } from '../../diff/keterangan';
import { renumberedPieces } from '../../diff/printed-otherwise';
import { hungMarker, segmentLines, type SideLines } from '../../diff/segment-lines';
import type { Comparison, OtherRow, PasalRow, Segment, UnitRef } from '../../diff/types';
import { partNotes } from '../table/part-notes';
import type { RedlineFrame } from './frame-paras';
import { listOrder } from './list-order';
import { movesAcrossPasal } from './cross-pasal-moves';
import { movedPlace, Moves, movesNumberedInOrder } from './moved-place';
import { partsInOldOrder } from './part-moves';
import { type RedlineDocument, type RedlinePara, type RedlineRun, type RedlineStyle } from './redline-model';

/** Options of `comparisonRedline`. */
export interface ComparisonRedlineOptions {
  /** Names of the old and the new text ("PERATURAN DAERAH KOTA SURABAYA NOMOR 1 TAHUN 2009 TENTANG …"). */
  oldLabel: string;
  newLabel: string;
  /** Who signs the revisions (default "Rancang"), and when (default now, ISO 8601). */
  author?: string;
  date?: string;
  /** The lines the comparison does not compare (pembukaan, signature blocks), marked (`frame-paras.ts`); without it a caption "MEMUTUSKAN:" stands before the Menetapkan line. */
  frame?: RedlineFrame;
}

type AnyRow = PasalRow | OtherRow;

/**
 * The runs of word-diff pieces: deleted and inserted as they are; a kept run the old text prints
 * otherwise (a number that followed the renumbering, a word spelt otherwise) deleted and inserted
 * where the two prints differ, kept where they agree.
 */
export function pieceRuns(pieces: readonly Segment[]): RedlineRun[] {
  const out: RedlineRun[] = [];
  const push = (r: RedlineRun) => {
    if (!r.text) return;
    const last = out[out.length - 1];
    if (last && last.change === r.change) last.text += r.text;
    else out.push({ ...r });
  };
  for (const s of pieces) {
    if (s.op !== 'equal') push({ text: s.text, change: s.op });
    else if (s.old === undefined) push({ text: s.text });
    else
      for (const p of renumberedPieces(s.old, s.text) ?? [{ same: s.text }]) {
        if ('same' in p) push({ text: p.same });
        else {
          push({ text: p.old, change: 'delete' });
          push({ text: p.now, change: 'insert' });
        }
      }
  }
  return out;
}

/** The runs of a text the old side printed as `old` and the new as `now` (null: that side has none). */
function changedText(old: string | null | undefined, now: string | null | undefined): RedlineRun[] {
  if (old != null && now != null) return pieceRuns([old === now ? { op: 'equal', text: now } : { op: 'equal', text: now, old }]);
  if (now != null) return [{ text: now, change: 'insert' }];
  return old != null ? [{ text: old, change: 'delete' }] : [];
}

/** `runs` without the whitespace they open with (the start of a paragraph is layout). */
function trimStart(runs: readonly RedlineRun[]): RedlineRun[] {
  const out = [...runs];
  while (out.length > 0) {
    const first = out[0] as RedlineRun;
    const text = first.text.replace(/^\s+/, '');
    if (text) {
      out[0] = { ...first, text };
      break;
    }
    out.shift();
  }
  return out;
}

/** The pieces that print something on either side. */
function wordPieces(pieces: readonly Segment[]): Segment[] {
  return pieces.filter((p) => p.text.trim() !== '' || (p.old ?? '').trim() !== '');
}

/** Whether a unit, or a line, is new or gone as a whole: every piece with words inserted, or every one deleted. */
function wholeOf(pieces: readonly Segment[]): RedlinePara['whole'] {
  const words = wordPieces(pieces);
  if (words.length === 0) return undefined;
  if (words.every((p) => p.op === 'insert')) return 'insert';
  return words.every((p) => p.op === 'delete') ? 'delete' : undefined;
}

/** A row found on one side only. */
function rowWhole(row: AnyRow): RedlinePara['whole'] {
  return !row.old ? 'insert' : !row.new ? 'delete' : undefined;
}

/** `para` with `whole` and `note` set where they have a value. */
function withFacts(para: RedlinePara, whole: RedlinePara['whole'], note?: string): RedlinePara {
  if (whole) para.whole = whole;
  if (note) para.note = note;
  return para;
}

/** What the comparison says of a row (nothing for a unit unchanged or renumbered only: the marks show all). */
function noteOf(row: AnyRow): string | undefined {
  if (row.status === 'unchanged' || row.status === 'renumbered') return undefined;
  const notes = 'parts' in row ? partNotes(row) : [];
  return notes.length ? `${keteranganOf(row)}. Rincian: ${notes.join('; ')}.` : keteranganOf(row);
}

/**
 * The lines of a marked text as paragraphs of `style`, set by `lines` (flush left without them).
 * Each paragraph's mark is the break after its line: new or gone where one text has it only. The
 * last line's is the unit's own end, new or gone with the unit (`unitWhole`); a line new as a
 * whole at the end of a unit that was kept leaves its mark alone (the break before it is the new
 * one).
 */
function textParas(segments: readonly Segment[], lines: SideLines, style: RedlineStyle, unitWhole?: RedlinePara['whole']): RedlinePara[] {
  const set = segmentLines(segments, 'inline', lines).filter((line) => wordPieces(line.pieces).length > 0);
  return set.map((line, i) => {
    const hung = hungMarker(line);
    const para: RedlinePara = { style: line.layout?.heading ? 'pasal' : style, runs: trimStart(pieceRuns(hung ? hung.rest : line.pieces)), indent: line.layout?.heading ? 0 : (line.layout?.indent ?? 0) };
    if (hung) para.marker = pieceRuns([hung.marker]);
    const whole = wholeOf(line.pieces);
    if (whole) para.whole = whole;
    if (whole && line.layout) para.part = line.layout.label;
    const after = i < set.length - 1 ? line.breakAfter : unitWhole;
    const mark = after === 'insert' || after === 'delete' ? after : null;
    if (mark !== (whole ?? null)) para.mark = mark;
    return para;
  });
}

/** A Pasal: its heading ("Pasal ~~4~~ 5"), then its ayat, items and paragraphs. */
function pasalParas(row: PasalRow, seenSplits: Map<string, PasalRow>, moves: Moves): RedlinePara[] {
  const later = laterPiece(row, seenSplits);
  const marked = textParas(row.segments, { old: row.old?.lines, new: row.new?.lines }, 'text', rowWhole(row));
  // Parts that moved inside the Pasal: also at their old places (a split or merged Pasal aside).
  const inPlace = row.old && row.new && row.status !== 'split' && row.status !== 'merged' && partsOutOfOrder(row);
  const text = inPlace ? partsInOldOrder(marked, row.old?.text ?? '', moves) : marked;
  const heading = later
    ? withFacts({ style: 'pasal', runs: [{ text: row.new?.label ?? '', change: 'insert' }], indent: 0 }, 'insert', noteOf(row))
    : withFacts({ style: 'pasal', runs: changedText(row.old?.label, row.new?.label), indent: 0 }, rowWhole(row), noteOf(row));
  return [heading, ...(later === 'all' ? asWhole(text, 'insert') : text)];
}

/** Whether the parts of a Pasal row (in the new order) stand otherwise than their old lines do: some part moved inside the Pasal. */
function partsOutOfOrder(row: PasalRow): boolean {
  const lineOf = new Map((row.old?.lines ?? []).map((l, i) => [l.label, i]));
  let last = -1;
  for (const part of row.parts) {
    const at = part.old ? lineOf.get(part.old.label) : undefined;
    if (at === undefined) continue;
    if (at < last) return true;
    last = at;
  }
  return false;
}

/**
 * A piece of a split after the first whose old side the pieces before it already hold: the old
 * Pasal's heading (and, where the first piece shows the whole old Pasal, all its text) stands
 * there once, so that rejecting every change gives the old Pasal once. A piece that shows its
 * own portion of the old Pasal keeps it: rejected, the portions follow one another under the one
 * heading. `seenSplits`: the first piece of each split met so far, by old uid.
 */
function laterPiece(row: PasalRow, seenSplits: Map<string, PasalRow>): 'heading' | 'all' | null {
  const whole = row.oldAll[0];
  if (row.status !== 'split' || !whole) return null;
  const first = seenSplits.get(whole.uid);
  if (!first) {
    seenSplits.set(whole.uid, row);
    return null;
  }
  return first.old?.text === whole.text || row.old?.text === whole.text ? 'all' : 'heading';
}

/** The heading a title prints: "BAB II", "Bagian Kesatu" (its label without the BAB holding it). */
function headingOf(ref: UnitRef | null): string | null {
  return ref ? ref.label.replace(/^.*?(?=\b(?:Bagian|Paragraf) )/, '') : null;
}

/** A BAB, Bagian or Paragraf: its number line, then its title. */
function titleParas(row: OtherRow): RedlinePara[] {
  const style: RedlineStyle = row.kind === 'bagian' || row.kind === 'paragraf' ? row.kind : 'bab';
  const heading = withFacts({ style, runs: changedText(headingOf(row.old), headingOf(row.new)), indent: 0 }, rowWhole(row), noteOf(row));
  return [heading, ...textParas(row.segments, {}, style, rowWhole(row))];
}

/** The marker a Menimbang or Mengingat item prints ("b.", "3."), from its label; null for a lone Menimbang. */
function itemMarker(ref: UnitRef | null): string | null {
  const m = ref ? /(?:huruf|angka) (\S+)$/.exec(ref.label) : null;
  return m ? `${m[1] as string}.` : null;
}

/** A Menimbang or Mengingat item: its marker hung, its text. */
function itemParas(row: OtherRow): RedlinePara[] {
  const oldMarker = itemMarker(row.old);
  const newMarker = itemMarker(row.new);
  const para: RedlinePara = { style: 'text', runs: trimStart(pieceRuns(row.segments)), indent: 0 };
  if (oldMarker !== null || newMarker !== null) para.marker = changedText(row.old ? oldMarker : null, row.new ? newMarker : null);
  return [withFacts(para, rowWhole(row), noteOf(row))];
}

/** A unit of plain text (the Judul, the Menetapkan line, the perintah pengundangan, a Lampiran paragraph) in `style`. */
function plainParas(row: OtherRow, style: RedlineStyle): RedlinePara[] {
  const paras = textParas(row.segments, {}, style, rowWhole(row));
  const first = paras[0];
  if (first) withFacts(first, rowWhole(row), noteOf(row));
  return paras;
}

/** A Penjelasan entry of Pasal demi Pasal: its heading ("Pasal 3"), then its text. */
function penjelasanPasalParas(row: OtherRow): RedlinePara[] {
  const name = (ref: UnitRef | null) => (ref ? ref.label.replace(/^Penjelasan\s+/, '') : null);
  const heading = withFacts({ style: 'pasal', runs: changedText(name(row.old), name(row.new)), indent: 0 }, rowWhole(row), noteOf(row));
  return [heading, ...textParas(row.segments, {}, 'text', rowWhole(row))];
}

/** Whether a part of the Perda (its rows) is new or gone as a whole: every row found on one side only. */
function partWhole(rows: readonly AnyRow[]): RedlinePara['whole'] {
  if (rows.length > 0 && rows.every((r) => !r.old)) return 'insert';
  return rows.length > 0 && rows.every((r) => !r.new) ? 'delete' : undefined;
}

/**
 * A caption of a part of the Perda ("Menimbang:", "II. PASAL DEMI PASAL"; centred as `style` sets
 * it): kept where both texts have the part, inserted or deleted with it where one text has it only.
 */
function caption(text: string, style: RedlineStyle = 'caption', whole?: RedlinePara['whole']): RedlinePara {
  return withFacts({ style, runs: [whole ? { text, change: whole } : { text }], indent: 0 }, whole);
}

/** `paras` as one side has them only (`whole`): that side's text, all of it inserted or deleted. */
function asWhole(paras: readonly RedlinePara[], whole: RedlinePara['whole']): RedlinePara[] {
  if (!whole) return [...paras];
  const drop = whole === 'insert' ? 'delete' : 'insert';
  const side = (runs: readonly RedlineRun[]) => runs.filter((r) => r.change !== drop).map((r) => ({ text: r.text, change: whole }));
  return paras.filter((p) => p.whole !== drop).map(({ mark: _mark, ...p }) => ({ ...p, runs: side(p.runs), ...(p.marker ? { marker: side(p.marker) } : {}), whole }));
}

/**
 * The Penjelasan as the Perda prints it (drafting-rules.md 1.11): "PENJELASAN / ATAS /" the
 * Judul (marked as the Judul is), "I. UMUM" and its text, "II. PASAL DEMI PASAL" and an entry per Pasal.
 */
function penjelasanParas(c: Comparison, moves: Moves): RedlinePara[] {
  if (c.penjelasan.length === 0) return [];
  const umum = c.penjelasan.filter((r) => r.kind === 'penjelasanUmum');
  const perPasal = c.penjelasan.filter((r) => r.kind !== 'penjelasanUmum');
  const whole = partWhole(c.penjelasan);
  // The old labels of the Pasal written as moves: their entries are the ones to read moved too.
  const movedPasal = new Set(c.pasal.filter(writtenAsMove).map((r) => r.old?.label));
  return [
    caption('PENJELASAN', 'judul', whole),
    caption('ATAS', 'judul', whole),
    ...asWhole(c.judul.flatMap((r) => textParas(r.segments, {}, 'judul')), whole),
    ...(umum.length ? [caption('I. UMUM', 'caption', partWhole(umum)), ...umum.flatMap((r) => plainParas(r, 'text'))] : []),
    ...(perPasal.length ? [caption('II. PASAL DEMI PASAL', 'caption', partWhole(perPasal)), ...listParas(perPasal, penjelasanPasalParas, moves, (row) => movedPasal.has(row.old?.label.replace(/^Penjelasan /, '') ?? ''))] : []),
  ];
}

/** The Lampiran: each one's paragraphs under its own heading ("LAMPIRAN I", "LAMPIRAN II"), inserted or deleted with it. */
function lampiranParas(rows: readonly OtherRow[]): RedlinePara[] {
  const byName = new Map<string, OtherRow[]>();
  for (const row of rows) {
    const name = lampiranName((row.new ?? row.old)?.label ?? 'LAMPIRAN');
    const group = byName.get(name);
    if (group) group.push(row);
    else byName.set(name, [row]);
  }
  return [...byName].flatMap(([name, group]) => [caption(name, 'caption', partWhole(group)), ...group.flatMap((r) => plainParas(r, 'text'))]);
}

/**
 * The paragraphs of rows in redline order (`order`): a row `moved` says yes to at each of its
 * places (`movedPlace`), the others as `marked` sets them.
 */
function placedParas<T extends AnyRow>(order: ReadonlyArray<OrderedRow<T>>, moved: (row: T) => boolean, marked: (row: T) => RedlinePara[], moves: Moves): RedlinePara[] {
  // A moved row comes twice: its marked text is made once, for both places.
  const markedOnce = new Map<T, RedlinePara[]>();
  return order.flatMap(({ row, side }) => {
    if (!moved(row)) return marked(row);
    const paras = markedOnce.get(row) ?? marked(row);
    markedOnce.set(row, paras);
    const note = side ? movedToNote(row) : (noteOf(row) ?? `Dipindahkan dari ${row.old?.label ?? ''}`);
    return movedPlace(paras, side ?? 'new', moves.idOf(row), note);
  });
}

/** The paragraphs of a list part (Menimbang, Mengingat, the Penjelasan's entries), items out of their old order written as moves (`list-order.ts`). */
function listParas(rows: readonly OtherRow[], marked: (row: OtherRow) => RedlinePara[], moves: Moves, rather?: (row: OtherRow) => boolean): RedlinePara[] {
  const { order, moved } = listOrder(rows, rather);
  return placedParas(order, (row) => moved.has(row), marked, moves);
}

/** Whether a row is a unit that moved, written as a move: at its old place and at its new one. */
function writtenAsMove(row: AnyRow): boolean {
  return row.moved && row.old !== null && row.new !== null && row.status !== 'split' && row.status !== 'merged';
}

/** The redline of comparison `c`: the new text with every change from the old one marked. */
export function comparisonRedline(c: Comparison, opts: ComparisonRedlineOptions): RedlineDocument {
  const paras: RedlinePara[] = [];
  const moves = new Moves();
  const part = (name: string | null, rows: readonly OtherRow[], of: (row: OtherRow) => RedlinePara[], asList = false) => {
    if (rows.length === 0) return;
    if (name) paras.push(caption(name, 'caption', partWhole(rows)));
    paras.push(...(asList ? listParas(rows, of, moves) : rows.flatMap(of)));
  };
  const frame = opts.frame;
  part(null, c.judul, (r) => plainParas(r, 'judul'));
  if (frame) paras.push(...frame.opening);
  part('Menimbang:', c.konsiderans, itemParas, true);
  part('Mengingat:', c.dasarHukum, itemParas, true);
  if (frame) paras.push(...frame.deciding);
  part(frame ? null : 'MEMUTUSKAN:', c.diktum, (r) => plainParas(r, 'text'));
  const pasal = new Set<AnyRow>(c.pasal);
  const seenSplits = new Map<string, PasalRow>();
  const body = orderBody<AnyRow>(c.bodyOrder, [...c.pasal, ...c.headings], writtenAsMove);
  const bodyParas = placedParas(body, writtenAsMove, (row) => (pasal.has(row) ? pasalParas(row as PasalRow, seenSplits, moves) : titleParas(row as OtherRow)), moves);
  paras.push(...movesAcrossPasal(bodyParas, c.pasal, moves, (p) => trimStart(pieceRuns(p.segments))));
  part(null, c.penutup, (r) => plainParas(r, 'text'));
  if (frame) paras.push(...frame.closing);
  paras.push(...penjelasanParas(c, moves));
  paras.push(...lampiranParas(c.lampiran));
  return {
    docTitle: `Naskah dengan perubahan terlacak: ${opts.newLabel}`,
    caption: `Perubahan terlacak: ${opts.newLabel} dibandingkan dengan ${opts.oldLabel}`,
    paras: movesNumberedInOrder(paras),
    author: opts.author ?? 'Rancang',
    date: opts.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
