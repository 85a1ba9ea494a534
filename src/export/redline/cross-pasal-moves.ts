/**
 * Parts that moved to another Pasal (an ayat cut from Pasal 3 and set in Pasal 4), in a redline.
 * Each Pasal's marked lines have such a part as a line deleted at its old place and a line
 * inserted at its new one; here the two become one move, as Word's Compare writes it: the words
 * both texts have moved from the old place and to the new one (`moved-place.ts`), the words the
 * move also changed deleted or inserted, a changed marker ("(1)" now "(3)") deleted and inserted.
 * Accepting or rejecting every revision reads as before; Word shows the part as moved.
 */
import type { PasalRow, PartRow } from '../../diff/types';
import { movedPlace, type Moves } from './moved-place';
import type { RedlinePara, RedlineRun } from './redline-model';

/** A part of `row` that came from another Pasal: its old unit is none of the row's old lines, its new one is. */
function cameFromElsewhere(row: PasalRow, part: PartRow): boolean {
  if (!part.old || !part.new || (part.status !== 'moved' && part.status !== 'changed')) return false;
  // Most parts are named within the row's old Pasal ("Pasal 2 ayat (1)" of "Pasal 2"): no need to look at the lines.
  const oldPasal = row.old?.label;
  if (oldPasal && part.old.label.startsWith(`${oldPasal} `)) return false;
  const has = (lines: ReadonlyArray<{ label: string }> | undefined, label: string) => (lines ?? []).some((l) => l.label === label);
  return has(row.new?.lines, part.new.label) && !has(row.old?.lines, part.old.label);
}

/** The one paragraph of `paras` that sets the line of part `label` as a line the `side` text has only; -1 when none or more. */
function lineAt(paras: readonly RedlinePara[], side: 'old' | 'new', label: string): number {
  const whole = side === 'old' ? 'delete' : 'insert';
  let found = -1;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i] as RedlinePara;
    if (p.part !== label || p.whole !== whole) continue;
    if (found >= 0 || (p.mark !== undefined && p.mark !== null)) return -1;
    found = i;
  }
  return found;
}

/** A part's marker, kept where both texts print it alike, else the old one deleted and the new one inserted (none where neither prints one). */
function markerRuns(oldMarker: string, newMarker: string): RedlineRun[] {
  const runs: RedlineRun[] = oldMarker === newMarker ? [{ text: newMarker }] : [{ text: oldMarker, change: 'delete' }, { text: newMarker, change: 'insert' }];
  return runs.filter((r) => r.text !== '');
}

/** The line `at` (one place of the part) with both texts of the part marked: `marker` and `runs`. */
function bothTexts(at: RedlinePara, marker: RedlineRun[], runs: RedlineRun[]): RedlinePara {
  const { whole: _whole, marker: _marker, ...rest } = at;
  return marker.length > 0 ? { ...rest, marker, runs } : { ...rest, runs };
}

/**
 * `paras` (a redline's body) with each part that moved between two Pasal (found in `rows`)
 * written as a move where both its lines stand alone: the old one deleted, the new one inserted.
 * `runsOf` gives the runs of a part's word diff.
 */
export function movesAcrossPasal(paras: readonly RedlinePara[], rows: readonly PasalRow[], moves: Moves, runsOf: (part: PartRow) => RedlineRun[]): RedlinePara[] {
  const out = [...paras];
  for (const row of rows) {
    for (const part of row.parts) {
      if (!cameFromElsewhere(row, part)) continue;
      const from = lineAt(out, 'old', part.old?.label ?? '');
      const to = lineAt(out, 'new', part.new?.label ?? '');
      if (from < 0 || to < 0) continue;
      const id = moves.idOf(part);
      const at = { old: out[from] as RedlinePara, new: out[to] as RedlinePara };
      // A part that reads the same moves as each text prints it; one reworded on the way, as its word diff marks it.
      const diffRuns = part.status === 'moved' ? null : runsOf(part);
      const runs = (side: 'old' | 'new') => diffRuns ?? at[side].runs.map((r) => ({ text: r.text }));
      const marker = markerRuns(part.old?.marker ?? '', part.new?.marker ?? '');
      const [oldPlace] = movedPlace([bothTexts(at.old, marker, runs('old'))], 'old', id, at.old.note);
      const [newPlace] = movedPlace([bothTexts(at.new, marker, runs('new'))], 'new', id, at.new.note);
      if (!oldPlace || !newPlace) continue;
      out[from] = oldPlace;
      out[to] = newPlace;
    }
  }
  return out;
}
