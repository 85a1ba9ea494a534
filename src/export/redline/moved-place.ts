/**
 * A unit that moved, in a redline: written twice, as Word writes a move, at its old place (the old
 * text, moved from there) and at its new place (the new text, moved to there), one number for
 * both places so the DOCX can name the two ranges alike.
 */
import { markChange, sideOf, type RedlineChange, type RedlinePara, type RedlineRun } from './redline-model';

/** Numbers the moves of one redline: a number per moved row, the same at both its places. */
export class Moves {
  private readonly ids = new Map<object, number>();
  /** The number of `row`'s move. */
  idOf(row: object): number {
    const id = this.ids.get(row) ?? this.ids.size + 1;
    this.ids.set(row, id);
    return id;
  }
}

/**
 * `paras` with their moves numbered 1, 2, 3 … in the order they first appear: a number taken for
 * a move that was then not written (a part search that gave up) leaves no gap in the names.
 */
export function movesNumberedInOrder(paras: readonly RedlinePara[]): RedlinePara[] {
  const dense = new Map<number, number>();
  return paras.map((p) => {
    if (!p.move) return p;
    const id = dense.get(p.move.id) ?? dense.size + 1;
    dense.set(p.move.id, id);
    return id === p.move.id ? p : { ...p, move: { id, side: p.move.side } };
  });
}

/**
 * The paragraphs of a moved unit (`paras`, both texts marked) as one place shows it: at the old
 * place the old text, at the new place the new one. Its words both texts have are the move's
 * ('moveFrom' / 'moveTo'); the words only that text has stay deleted or inserted, so the reader
 * sees what the move also changed; a break the other text has only is not there (the lines run
 * on). Parts that moved inside the unit (`part-moves.ts`) stand at the place of this side. Accepting
 * every revision leaves the new place only, rejecting them the old place only.
 */
export function movedPlace(paras: readonly RedlinePara[], side: 'old' | 'new', id: number, note: string | undefined): RedlinePara[] {
  const own = side === 'old' ? 'delete' : 'insert';
  const moved = side === 'old' ? 'moveFrom' : 'moveTo';
  const other = (change: RedlineChange | null | undefined) => change != null && sideOf(change) !== side;
  const runs = (rs: readonly RedlineRun[] | undefined): RedlineRun[] => (rs ?? []).filter((r) => !other(r.change)).map((r) => ({ text: r.text, change: r.change ?? moved }));
  const out: RedlinePara[] = [];
  // Whether the paragraph before runs on into the next one here: its break is the other text's only.
  let runOn = false;
  for (const p of paras) {
    const breaks = !other(markChange(p));
    const marker = runs(p.marker);
    const body = runs(p.runs);
    const last = out[out.length - 1];
    if (other(p.whole) || (marker.length === 0 && body.every((r) => r.text.trim() === ''))) {
      // Nothing of it here; a break both texts have still ends the paragraph before.
      if (breaks) runOn = false;
      continue;
    }
    if (runOn && last) last.runs.push({ text: ' ', change: moved }, ...marker, ...body);
    else out.push({ style: p.style, runs: body, indent: p.indent, ...(marker.length > 0 ? { marker } : {}), whole: p.whole === own ? own : moved, move: { id, side } });
    runOn = !breaks;
  }
  const first = out[0];
  if (first && note) first.note = note;
  return out;
}

