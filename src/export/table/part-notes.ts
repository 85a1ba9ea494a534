/**
 * What the comparison table says about the ayat / items of a matched Pasal: one note per part
 * ("angka 16 (semula angka 15) diubah", "ayat (4) dipindahkan ke Pasal 29 ayat (3)", "ayat (2)
 * digabung ke ayat (1)"), and the notes of a whole Pasal row grouped by status ("angka 3, 4
 * diubah").
 */
import { newPartNames, partElsewhere, partName, partPiece, QUOTED_WITHIN, wholeSides } from '../../diff/part-elsewhere';
import type { PartRow, PasalRow, UnitStatus } from '../../diff/types';
import { repointedRefs } from '../../diff/repointed';
import { partFormChange } from '../../diff/keterangan';
import { wholePasalOnOneSide, wholeTextPart } from '../../diff/whole-text-part';

/** The status words of parts, as the notes write them. */
const PART_WORD: Record<UnitStatus, string> = {
  unchanged: 'tetap',
  changed: 'diubah',
  inserted: 'disisipkan',
  deleted: 'dihapus',
  moved: 'dipindahkan',
  renumbered: 'nomor berubah',
  split: 'dipecah',
  merged: 'digabung',
};

/** The note of one part of `row`: its name, what happened to it, and whether that is its status word alone. */
export interface PartNote {
  /** The part within its Pasal ("angka 16", "angka 16 (semula angka 15)", "ayat (4)"). */
  name: string;
  /** "diubah"; "dipindahkan ke Pasal 29 ayat (3)"; "digabung ke ayat (1)". */
  words: string;
  /** Only the status word, under the part's own unchanged number (such notes are grouped). */
  plain: boolean;
}

/** The note of the part `p` of the Pasal row `row`; `names`: what its parts are called on the new side (`newPartNames`). */
export function partNote(row: PasalRow, p: PartRow, names: ReadonlySet<string>): PartNote {
  const moved = partElsewhere(row.old?.label, row.new?.label, p.old?.label, p.new?.label);
  if (moved) return { name: moved.own, words: `${p.status === 'changed' ? 'diubah dan ' : ''}dipindahkan ${moved.direction === 'to' ? 'ke' : 'dari'} ${moved.other}`, plain: false };
  const piece = partPiece(row.old?.label, row.new?.label, p.status, p.old?.label, p.new?.label, wholeSides(row));
  if (piece) return { name: piece.own, words: `${piece.status === 'merged' ? 'digabung ke' : 'dipecah dari'} ${piece.other}`, plain: false };
  const name = partName(row.old?.label, row.new?.label, p.old?.label, p.new?.label, names, wholeSides(row));
  // A reference that reads the same but points elsewhere is said in words: paper shows no titles.
  const refs = repointedRefs(p.segments);
  if (refs.length > 0) return { name, words: `${PART_WORD[p.status]}; ${refs.map((r) => `rujukan “${r.ref}” kini menunjuk unit lain${r.was ? ` (yang dirujuk semula kini ${r.was})` : ''}`).join('; ')}`, plain: false };
  // A part reworded into another Pasal names it, in a note of its own; a Pasal that is all that
  // part is named by its row already ("rumusan serupa kini dalam …", not "(teks 1) dihapus; …").
  if (p.alike && wholePasalOnOneSide(row, p)) return { name: '', words: alikeWords(p), plain: false };
  if (p.alike) return { name, words: `${PART_WORD[p.status]}; ${alikeWords(p)}`, plain: false };
  // A part changed in form only says so ("diubah; hanya ejaan"). A part with another number than
  // before is named with both, in a note of its own.
  const form = partFormChange(p);
  return { name, words: form ? `${PART_WORD[p.status]}; ${form}` : PART_WORD[p.status], plain: !name.includes('(semula ') };
}

/** Where a part on one side only reads alike (`PartRow.alike`): "rumusan serupa kini dalam Pasal 11 ayat (6)". */
function alikeWords(p: PartRow): string {
  return `rumusan serupa ${p.old ? 'kini' : 'semula'} dalam ${p.alike ?? ''}`;
}

/**
 * Notes on the ayat / items of a matched Pasal that changed, grouped by what happened to them
 * ("angka 3, 4 diubah", "ayat (1), (2) diubah; hanya ejaan"); a part that moved to or from
 * another Pasal, was merged or split, changed its number or is named with a comma (a unit an
 * amending instrument quotes) gets a note of its own. A Pasal that
 * is one paragraph on both sides gets none (its row says it).
 */
export function partNotes(row: PasalRow): string[] {
  if (wholeTextPart(row)) return [];
  const byWords = new Map<string, PartRow[]>();
  const own: string[] = [];
  const names = newPartNames(row.new?.label, row.parts);
  const noted = new Map<PartRow, string>();
  // The heading line of a Pasal merged into this one ("Pasal 32") went with the merge the row names.
  const mergedHeadings = new Set(row.oldAll.slice(1).map((u) => u.label));
  for (const p of row.parts) {
    if (p.status === 'unchanged' || (p.old && !p.new && mergedHeadings.has(p.old.label))) continue;
    const note = partNote(row, p, names);
    // A name with a comma of its own (a unit an instrument quotes: "angka 2, Pasal 3 ayat (3)") would not read apart in a list.
    if (note.plain && !note.name.includes(QUOTED_WITHIN)) {
      byWords.set(note.words, [...(byWords.get(note.words) ?? []), p]);
      noted.set(p, note.name);
    } else own.push(note.name ? `${note.name} ${note.words}` : note.words);
  }
  return [...byWords].map(([words, parts]) => `${sharedList(inOldOrder(parts).map((p) => noted.get(p) ?? ''))} ${words}`.trim()).concat(own);
}

const NUMBER_ORDER = new Intl.Collator('id', { numeric: true });

/**
 * Parts found on the old side only are listed by their old number ("angka 16 lama, 28 lama,
 * 37"): the rows place each at its old place among the new parts, which is no order to read a
 * list in. Other parts keep the rows' order (the new numbers).
 */
function inOldOrder(parts: readonly PartRow[]): readonly PartRow[] {
  if (!parts.every((p) => p.old && !p.new)) return parts;
  return [...parts].sort((a, b) => NUMBER_ORDER.compare(a.old?.label ?? '', b.old?.label ?? ''));
}

/**
 * Names listed with the leading words they share said once: "ayat (1), (2)", "angka 3, 4",
 * "ayat (3) huruf a, b, ayat (4)", "huruf a, b, teks penutup". A run of names shares the leading
 * words its first name shares with the next; a name that shares more with the one after it
 * starts a run of its own. Each name keeps at least its last word.
 */
function sharedList(labels: readonly string[]): string {
  const out: string[] = [];
  let shared: string[] = [];
  labels.forEach((label, i) => {
    const words = label.split(' ');
    const withNext = commonLead(words, (labels[i + 1] ?? '').split(' '));
    if (shared.length > 0 && startsWith(words, shared) && withNext <= shared.length) {
      out.push(words.slice(shared.length).join(' '));
      return;
    }
    shared = words.slice(0, withNext);
    out.push(label);
  });
  return out.join(', ');
}

/** How many leading words `a` and `b` share, leaving each at least its last word. */
function commonLead(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length - 1 && n < b.length - 1 && a[n] === b[n]) n++;
  return n;
}

/** `words` begins with `lead` and has a word after it. */
function startsWith(words: readonly string[], lead: readonly string[]): boolean {
  return words.length > lead.length && lead.every((w, i) => words[i] === w);
}
