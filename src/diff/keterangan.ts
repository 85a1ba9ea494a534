/**
 * The "Keterangan" column of the comparison table (matriks perbandingan, drafting-rules.md 5.3):
 * the Indonesian note for one row.
 */
import { joinList } from '../model/join-list';
import { abbreviationOnly, caseOnly, renumberedPieces, spellingOnly } from './printed-otherwise';
import type { OtherRow, PartRow, PasalRow, Segment, UnitRef } from './types';

function list(refs: readonly UnitRef[]): string {
  return listed(refs.map((r) => r.label));
}

/** "a", "a dan b", "a, b dan c". */
function listed(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} dan ${labels[labels.length - 1]}`;
}

/**
 * Consecutive units named as a run: "ayat (3)", "ayat (3) dan ayat (4)", "huruf g sampai dengan
 * huruf l", "ayat (3) huruf c dan huruf d" (drafting-rules.md 2.2: a run of more than two with
 * "sampai dengan"; a later name without the leading words it shares with the first).
 */
function run(labels: readonly string[]): string {
  const first = (labels[0] ?? '').split(' ');
  const short = (label: string): string => {
    const words = label.split(' ');
    let shared = 0;
    while (shared < words.length - 2 && words[shared] === first[shared]) shared++;
    return words.slice(shared).join(' ');
  };
  if (labels.length > 2) return `${labels[0] ?? ''} sampai dengan ${short(labels[labels.length - 1] ?? '')}`;
  return listed(labels.map((l, i) => (i === 0 ? l : short(l))));
}

/**
 * For a later piece of a split Pasal (its old side a portion, `before` set): "; ayat (3) menjadi
 * Pasal 18", naming the old ayat it took, or the old items ("huruf g sampai dengan huruf l",
 * "ayat (3) huruf e sampai dengan huruf h") it took from a list; empty for the first piece or a
 * piece of neither.
 */
function pieceNote(row: PasalRow | OtherRow): string {
  if (row.old?.before === undefined || !row.new) return '';
  const prefix = `${row.old.label} `;
  const lines = row.old.lines ?? [];
  // The units taken: the lines not inside another line of the portion (items go with their ayat).
  const heads = lines.filter((l) => !lines.some((o) => o !== l && l.label.startsWith(`${o.label} `)));
  const taken = heads.filter((l) => l.label.startsWith(prefix) && /^(?:ayat \(|huruf |angka )/.test(l.label.slice(prefix.length))).map((l) => l.label.slice(prefix.length));
  return taken.length > 0 ? `; ${run(taken)} menjadi ${row.new.label}` : '';
}

/**
 * What a change of form only changed, the words being the same: "hanya tanda baca" when only
 * punctuation was struck or added ("Cukup jelas" -> "Cukup jelas."), "hanya huruf besar/kecil"
 * when only capitals changed ("Karcis Parkir" -> "karcis parkir"), "hanya ejaan" when words are
 * only written otherwise, joined or split ("Walikota" -> "Wali Kota", capitals included), "hanya
 * singkatan" when a long form is written as the abbreviation its text defines ("Dewan Perwakilan
 * Rakyat" -> "DPR") or back, or such changes together ("hanya singkatan dan tanda baca"); ""
 * otherwise (and for a word diff that changes nothing). Numbers that only followed the
 * renumbering count for none.
 */
export function formChangeOf(segments: readonly Segment[]): string {
  let punctuation = false;
  for (const s of segments) {
    if (s.op === 'equal') continue;
    if (!/^[\s\p{P}]*$/u.test(s.text)) return '';
    punctuation = true;
  }
  // Words changed nowhere: look for words spelt otherwise or capitals changed in the runs printed
  // otherwise (the word diff keeps such words in place: `opsToSegments`).
  let spelling = false;
  let capitals = false;
  let abbreviation = false;
  for (const s of segments) {
    if (s.op !== 'equal' || s.old === undefined) continue;
    for (const p of renumberedPieces(s.old, s.text) ?? []) {
      if ('same' in p) continue;
      if (spellingOnly(p)) spelling = true;
      else if (caseOnly(p)) capitals = true;
      else if (abbreviationOnly(p)) abbreviation = true;
    }
  }
  const forms = [abbreviation ? 'singkatan' : null, spelling ? 'ejaan' : capitals ? 'huruf besar/kecil' : null, punctuation ? 'tanda baca' : null].filter((f): f is string => f !== null);
  return forms.length === 0 ? '' : `hanya ${joinList(forms)}`;
}

/** What a part of a Pasal changed in form only changed (`formChangeOf`: "hanya ejaan"); "" for any other part. */
export function partFormChange(p: PartRow): string {
  return p.status === 'changed' ? formChangeOf(p.segments) : '';
}

/** A Pasal row whose words stayed while its citations now point elsewhere. */
const staleRefs = (row: PasalRow | OtherRow): boolean => 'staleRefs' in row && row.staleRefs === true;

/**
 * A changed row whose words stayed: only their spelling, capitals or punctuation changed
 * ("Diubah; hanya ejaan"), and it stayed in place. A reader looking for what the revision says
 * differently can leave it aside.
 */
export function isFormOnlyChange(row: PasalRow | OtherRow): boolean {
  return row.status === 'changed' && !row.moved && !staleRefs(row) && formChangeOf(row.segments) !== '';
}

/** Whether a row kept its number and went to another BAB: it moved from (to) that BAB, not from "Pasal 22". */
function wentToOtherBab(row: PasalRow | OtherRow): row is PasalRow {
  return 'oldBab' in row && row.oldBab !== null && row.oldBab !== row.newBab && row.old?.label === row.new?.label;
}

/** The note at the old place of a unit that moved, where a redline shows it too: "Dipindahkan ke Pasal 12". */
export function movedToNote(row: PasalRow | OtherRow): string {
  return `Dipindahkan ke ${(wentToOtherBab(row) ? row.newBab : row.new?.label) ?? ''}`;
}

/** Indonesian note for a comparison row: "Tetap", "Diubah", "Dipindahkan dari Pasal 9", ... */
export function keteranganOf(row: PasalRow | OtherRow): string {
  const oldLabel = (wentToOtherBab(row) ? row.oldBab : row.old?.label) ?? '';
  switch (row.status) {
    case 'unchanged':
      return 'Tetap';
    case 'inserted':
      return 'Disisipkan';
    case 'deleted':
      return 'Dihapus';
    case 'renumbered':
      return `Nomor berubah (semula ${oldLabel})`;
    case 'moved':
      return `Dipindahkan dari ${oldLabel}`;
    case 'changed': {
      const form = formChangeOf(row.segments);
      const note = staleRefs(row) ? '; bunyi sama, tetapi rujukan tidak menyesuaikan penomoran baru' : form ? `; ${form}` : '';
      if (row.moved) return `Diubah dan dipindahkan dari ${oldLabel}${note}`;
      if (row.renumbered) return `Diubah (semula ${oldLabel})${note}`;
      return `Diubah${note}`;
    }
    case 'split':
      return 'newAll' in row ? `Dipecah menjadi ${list(row.newAll)}${pieceNote(row)}` : 'Dipecah';
    case 'merged':
      return 'oldAll' in row ? `Digabung dari ${list(row.oldAll)}` : 'Digabung';
  }
}
