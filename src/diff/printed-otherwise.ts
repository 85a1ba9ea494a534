/**
 * An equal run of a word diff that prints otherwise on the old side (`Segment.old`): part markers
 * or references that only followed the renumbering ("11." -> "12.", "Pasal 4 ayat (1)" ->
 * "Pasal 11 ayat (2)"), words whose capitals changed ("Karcis" -> "karcis", `caseOnly`), or words
 * only spelt otherwise, joined or split ("Walikota" -> "Wali Kota", `spellingOnly`), or a long
 * form written as its abbreviation ("Dewan Perwakilan Rakyat" -> "DPR", `abbreviationOnly`).
 * `renumberedPieces` cuts such a run into the words both sides print alike and the groups of
 * words printed otherwise, which the redline, the table and the exported matriks mark.
 */
import { diffArrays } from 'diff';
import { abbreviationOnly } from './abbreviation-forms';

export { abbreviationOnly };

/** A piece of such a run: words both sides print, or words printed otherwise (`old` -> `now`). */
export type RenumberedPiece = { same: string } | { old: string; now: string };

/** Words with the whitespace after each kept on the word ("Pasal ", "4 ", "ayat ", "(1)"); leading whitespace is a word of its own. */
function words(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

/** True when a piece printed otherwise differs in its capitals only ("Karcis Parkir" -> "karcis parkir"). */
export function caseOnly(p: { old: string; now: string }): boolean {
  return p.old !== '' && p.now !== '' && p.old.toLowerCase() === p.now.toLowerCase();
}

/** The letters of a text, whatever their capitals, spacing and hyphens ("Wali Kota" and "Walikota" alike). */
export function lettersOf(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/g, '');
}

/**
 * True when a piece printed otherwise is the same letters spelt otherwise, not by capitals alone:
 * joined, split or hyphenated ("Walikota" -> "Wali Kota", "Wali Kota" -> "Walikota").
 */
export function spellingOnly(p: { old: string; now: string }): boolean {
  return p.old !== '' && p.now !== '' && !caseOnly(p) && lettersOf(p.old) === lettersOf(p.now);
}

/** The text without whitespace: spacing is layout, never a number printed otherwise. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Words alike but for their capitals and spacing. */
const alike = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The run's pieces, or null when both sides print the same (whitespace aside). Words are matched
 * regardless of their capitals, so that a word whose capitals changed is a piece of its own (and
 * neighbours changed alike join it: "Karcis Parkir" -> "karcis parkir").
 */
export function renumberedPieces(old: string, now: string): RenumberedPiece[] | null {
  if (squeeze(old) === squeeze(now)) return null;
  const out: RenumberedPiece[] = [];
  const push = (piece: RenumberedPiece) => {
    const last = out[out.length - 1];
    if ('same' in piece && last && 'same' in last) {
      last.same += piece.same;
      return;
    }
    const gap = out[out.length - 2];
    // A piece printed otherwise right after another, only a space between: one piece.
    if (!('same' in piece) && last && 'same' in last && last.same.trim() === '' && gap && !('same' in gap) && caseOnly(gap) === caseOnly(piece)) {
      out.splice(out.length - 1, 1);
      gap.old = `${gap.old}${last.same}${piece.old}`;
      gap.now = `${gap.now}${last.same}${piece.now}`;
      return;
    }
    out.push(piece);
  };
  const oldWords = words(old);
  const newWords = words(now);
  let i = 0;
  let j = 0;
  let removed: string | null = null;
  for (const c of diffArrays(oldWords, newWords, { comparator: alike })) {
    if (c.removed) {
      removed = oldWords.slice(i, i + c.count).join('');
      i += c.count;
    } else if (c.added) {
      const text = newWords.slice(j, j + c.count).join('');
      j += c.count;
      // The new words' trailing space stays outside the mark.
      const core = text.trimEnd();
      const was = (removed ?? '').trimEnd();
      push(squeeze(was) === squeeze(core) ? { same: core } : { old: was, now: core });
      if (core.length < text.length) push({ same: text.slice(core.length) });
      removed = null;
    } else {
      if (removed !== null) out.push({ old: removed.trimEnd(), now: '' }, { same: ' ' });
      removed = null;
      for (let k = 0; k < c.count; k++) {
        const o = oldWords[i + k] as string;
        const n = newWords[j + k] as string;
        if (squeeze(o) === squeeze(n)) {
          push({ same: n });
          continue;
        }
        const core = n.trimEnd();
        push({ old: o.trimEnd(), now: core });
        if (core.length < n.length) push({ same: n.slice(core.length) });
      }
      i += c.count;
      j += c.count;
    }
  }
  // Words the old print ends with and the new has not: their space goes with them (a redline
  // that deletes "3. " before the next words must not run them on).
  if (removed !== null) out.push({ old: removed, now: '' });
  return out;
}

/**
 * True when a piece printed otherwise is a word written otherwise, in its capitals or spelling
 * (`caseOnly`, `spellingOnly`) or as an abbreviation (`abbreviationOnly`), not a number that
 * followed the renumbering.
 */
export function writtenOtherwise(p: { old: string; now: string }): boolean {
  return caseOnly(p) || spellingOnly(p) || abbreviationOnly(p);
}

/** True when `s` is a kept run that writes some word otherwise (`writtenOtherwise`) on the old side. */
export function formChanged(s: { op: string; text: string; old?: string }): boolean {
  return s.op === 'equal' && s.old !== undefined && (renumberedPieces(s.old, s.text) ?? []).some((p) => !('same' in p) && writtenOtherwise(p));
}
