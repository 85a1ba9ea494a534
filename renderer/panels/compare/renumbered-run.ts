/**
 * An equal run of a redline that prints otherwise on the old side: part markers or references
 * that only followed the renumbering ("11." -> "12.", "Pasal 4 ayat (1)" -> "Pasal 11 ayat (2)").
 * Inline, each group of words that differs is shown as its old and new print, the words both
 * sides share once.
 */
import { diffArrays } from 'diff';

/** A piece of such a run: words both sides print, or words printed otherwise (`old` -> `now`). */
export type RenumberedPiece = { same: string } | { old: string; now: string };

/** Words with the whitespace after each kept on the word ("Pasal ", "4 ", "ayat ", "(1)"); leading whitespace is a word of its own. */
function words(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

/** The text without whitespace: spacing is layout, never a number printed otherwise. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The run's pieces, or null when both sides print the same (whitespace aside). */
export function renumberedPieces(old: string, now: string): RenumberedPiece[] | null {
  if (squeeze(old) === squeeze(now)) return null;
  const out: RenumberedPiece[] = [];
  let removed: string | null = null;
  for (const c of diffArrays(words(old), words(now))) {
    const text = c.value.join('');
    if (c.removed) removed = text;
    else if (c.added) {
      // The new words' trailing space stays outside the mark.
      const core = text.trimEnd();
      const was = (removed ?? '').trimEnd();
      out.push(squeeze(was) === squeeze(core) ? { same: core } : { old: was, now: core });
      if (core.length < text.length) out.push({ same: text.slice(core.length) });
      removed = null;
    } else {
      if (removed !== null) out.push({ old: removed.trimEnd(), now: '' }, { same: ' ' });
      removed = null;
      out.push({ same: text });
    }
  }
  if (removed !== null) out.push({ old: removed.trimEnd(), now: '' });
  return out;
}
