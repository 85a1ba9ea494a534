/**
 * A marked text cut into its lines (one per ayat, item or paragraph of a Pasal), each with the
 * layout the printed Perda gives it, so that a Pasal is set as it is printed: ayat markers
 * hanging at the left, items one step in, their markers hanging too. The comparison tab and the
 * redline document (`export/redline`) both set their lines so.
 *
 * Which line of which side a break opens: an equal break opens the next line of both texts, a
 * deleted break the next line of the old text, an inserted break the next line of the new text
 * (a side shown alone has only its own breaks); the line is set as the side its first words
 * belong to sets it.
 */
import type { LineLayout, Segment } from './types';

/** One line: its layout (null when unknown), the side it was laid out as, and its pieces of marked text, without the break. */
export interface SegmentLine {
  layout: LineLayout | null;
  side: 'old' | 'new';
  /** Which line of each side the line stands at (when it was laid out). */
  at: { old: number; new: number };
  pieces: Segment[];
  /**
   * How the break that ends the line came: in both texts ('equal'), in the old only ('delete') or
   * the new only ('insert'); unset for the last line.
   */
  breakAfter?: Segment['op'];
}

/** The layouts of the lines of each side, as the row sides give them. */
export interface SideLines {
  old?: readonly LineLayout[];
  new?: readonly LineLayout[];
}

/** The pieces of `s` between its line breaks (its `old` print cut alike when it breaks alike). */
export function cutAtLines(s: Segment): Segment[] {
  const texts = s.text.split('\n');
  const olds = s.old?.split('\n');
  const keepOld = olds !== undefined && olds.length === texts.length;
  return texts.map((text, i) => {
    const piece: Segment = keepOld && olds[i] !== text ? { op: s.op, text, old: olds[i] as string } : { op: s.op, text };
    if (s.repointed) piece.repointed = true;
    if (s.was !== undefined) piece.was = s.was;
    return piece;
  });
}

/** A word that reads as an ayat or item marker: "(2)", "(1a)", "a.", "15.", "a)", "1)". */
export const MARKER_WORD = /^(?:\(\d+[a-z]?\)|\d+[a-z]?[.)]|[a-z]{1,2}[.)])$/;

/**
 * The layout of the `i`th line of a side, for a line whose text is `text`. When that line opens
 * with another marker than the layout's, the side's parts came in another order than its lines
 * (old parts moved to their new place): the nearest layout with that marker is the line's.
 */
export function layoutAt(side: readonly LineLayout[] | undefined, i: number, text: string): LineLayout | null {
  const layout = side?.[i] ?? null;
  const opening = text.trimStart().split(/\s/, 1)[0] ?? '';
  if (!side || layout?.marker === opening || !MARKER_WORD.test(opening)) return layout;
  for (let d = 1; d < side.length; d++) {
    for (const j of [i - d, i + d]) if (side[j]?.marker === opening) return side[j] as LineLayout;
  }
  return layout;
}

/**
 * `segments` (already those of one side, or both for the inline redline: `mode`) cut into lines
 * laid out by `lines`. A line takes the layout of the side its first words belong to (a deleted
 * ayat the old text's, a kept or inserted one the new text's); a break before a side has any text
 * opens no line of that side (an old ayat deleted before the first kept one: the kept one is still
 * the new text's first line). Without layouts, or past the last layout a side has, a line gets none.
 */
export function segmentLines(segments: readonly Segment[], mode: 'old' | 'new' | 'inline', lines: SideLines): SegmentLine[] {
  const at = { old: 0, new: 0 };
  const started = { old: false, new: false };
  const out: SegmentLine[] = [{ layout: null, side: mode === 'old' ? 'old' : 'new', at: { old: 0, new: 0 }, pieces: [] }];
  let placed = false;
  for (const s of mode === 'inline' ? sharedBreaks(segments) : segments) {
    // The sides this run belongs to, and the side whose layout a line it opens takes.
    const sides: Array<'old' | 'new'> = mode !== 'inline' ? [mode] : s.op === 'equal' ? ['old', 'new'] : s.op === 'delete' ? ['old'] : ['new'];
    const leading = mode === 'inline' && s.op === 'delete' ? 'old' : (sides[sides.length - 1] as 'old' | 'new');
    cutAtLines(s).forEach((piece, i) => {
      if (i > 0) {
        for (const side of sides) if (started[side]) at[side]++;
        const ended = out[out.length - 1] as SegmentLine;
        if (ended.pieces.length > 0) {
          ended.breakAfter = s.op;
          out.push({ layout: null, side: mode === 'old' ? 'old' : 'new', at: { ...at }, pieces: [] });
          placed = false;
        }
      }
      if (piece.text === '' && !piece.old) return;
      const line = out[out.length - 1] as SegmentLine;
      const words = piece.text.trim() !== '';
      if (words && !placed) {
        line.layout = layoutAt(lines[leading], at[leading], piece.text);
        line.side = leading;
        line.at = { ...at };
        placed = true;
      }
      line.pieces.push(piece);
      if (words) for (const side of sides) started[side] = true;
    });
  }
  return out;
}

/**
 * For the inline redline: a deletion and the insertion right after it that both break the line
 * (";\n(2)" written ".\n(2)": the end of one ayat and the marker of the next) break it together,
 * as many times as both do: the words before each break end the line on both sides, those after
 * open the next. Left alone, the deletion's break would open the next line and the insertion's
 * words before its own break (".") would stand there on a line of their own. Where only one of
 * them opens with its break, each keeps its own lines.
 */
function sharedBreaks(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const del = segments[i] as Segment;
    const ins = segments[i + 1];
    if (del.op !== 'delete' || ins?.op !== 'insert' || !del.text.includes('\n') || !ins.text.includes('\n')) {
      out.push(del);
      continue;
    }
    const d = del.text.split('\n');
    const n = ins.text.split('\n');
    // An insertion that opens with its break starts below every deleted line ("(1) … meliputi :"
    // and "a. Parkir di Tepi Jalan Umum;" struck, then the new "(1) …" on a line of its own), and
    // so does a deletion that opens with one: their lines are not the same lines told otherwise.
    if ((d[0] === '') !== (n[0] === '')) {
      out.push(del, ins);
      i++;
      continue;
    }
    const shared = Math.min(d.length, n.length) - 1;
    for (let k = 0; k <= shared; k++) {
      const dText = k < shared ? (d[k] as string) : d.slice(shared).join('\n');
      const nText = k < shared ? (n[k] as string) : n.slice(shared).join('\n');
      if (dText) out.push({ ...del, text: dText });
      if (nText) out.push({ ...ins, text: nText });
      if (k < shared) out.push({ op: 'equal', text: '\n' });
    }
    i++;
  }
  return out;
}

/** True when some line of `lines` is set other than flush left, or as a heading (the text is worth setting line by line). */
export function hasLayout(lines: SideLines): boolean {
  return [lines.old, lines.new].some((side) => side !== undefined && side.some((l) => l.indent > 0 || l.marker !== '' || l.heading === true));
}

/**
 * The marker a line hangs, cut from the front of its first piece (same op; a renumbered print's
 * old marker cut alike), and the pieces after it; null when the line hangs none or does not open
 * with its marker (a marker changed inside a longer change stays in the text).
 */
export function hungMarker(line: SegmentLine): { marker: Segment; rest: Segment[] } | null {
  const marker = line.layout?.marker ?? '';
  const replaced = replacedMarker(line.pieces);
  if (replaced) return replaced;
  const first = line.pieces[0];
  if (!marker || !first) return null;
  const opens = (text: string, m: string) => {
    const t = text.trimStart();
    return t.startsWith(m) && (t.length === m.length || /\s/.test(t.charAt(m.length)));
  };
  if (!opens(first.text, marker)) return null;
  const lead = first.text.length - first.text.trimStart().length;
  const cutAt = lead + marker.length;
  const head: Segment = { op: first.op, text: first.text.slice(lead, cutAt) };
  const tail: Segment = { op: first.op, text: first.text.slice(cutAt) };
  if (first.old !== undefined) {
    // The old print of the same run: its first word is the old number (none when the old text
    // printed no marker there), the rest alike.
    const oldLead = first.old.length - first.old.trimStart().length;
    const oldHead = /^\S+/.exec(first.old.trimStart())?.[0] ?? '';
    const oldTail = first.old.slice(oldLead + oldHead.length);
    if (oldHead !== head.text) head.old = oldHead;
    if (oldTail !== tail.text) tail.old = oldTail;
  }
  const rest = tail.text === '' && tail.old === undefined ? line.pieces.slice(1) : [tail, ...line.pieces.slice(1)];
  return { marker: head, rest };
}

/**
 * A line that opens with one marker deleted and another inserted ("~~1.~~ 1." where an
 * instrument quotes a list the old text numbered on its own): one marker, printed by the new text
 * and otherwise by the old (`old`, none when both print the same), hung before the rest.
 */
function replacedMarker(pieces: readonly Segment[]): { marker: Segment; rest: Segment[] } | null {
  const [del, ins] = pieces;
  if (del?.op !== 'delete' || ins?.op !== 'insert') return null;
  const was = del.text.trim();
  const now = ins.text.trim();
  if (!MARKER_WORD.test(was) || !MARKER_WORD.test(now)) return null;
  return { marker: was === now ? { op: 'equal', text: now } : { op: 'equal', text: now, old: was }, rest: pieces.slice(2) };
}
