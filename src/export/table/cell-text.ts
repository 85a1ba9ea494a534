/**
 * Unit text as cell paragraphs: lines split at "\n", a leading structural marker ("(1)", "a.",
 * "1.", "a)", "1)") turned into a hanging label, its level taken from the order in which the cell's
 * marker kinds first appear (ayat, then huruf, then angka in a Pasal, as drafting-rules.md 1.4.3
 * nests them; change item, then the units it quotes, in an amending instrument). Word-diff segments keep
 * their insert/delete marks run by run.
 */
import { renumberedPieces, writtenOtherwise } from '../../diff/printed-otherwise';
import { ofSide } from '../../diff/side-text';
import type { Segment } from '../../diff/types';
import type { TablePara, TableRun } from './table-model';

const MARKERS: Array<{ kind: string; re: RegExp }> = [
  { kind: 'ayat', re: /^\(\d+[a-z]*\)/ },
  { kind: 'huruf', re: /^[a-z]{1,2}\./ },
  { kind: 'angka', re: /^\d+[a-z]?\./ },
  { kind: 'hurufKurung', re: /^[a-z]{1,2}\)/ },
  { kind: 'angkaKurung', re: /^\d+[a-z]?\)/ },
];

/** The marker at the start of `text` (followed by whitespace), if any. */
function markerOf(text: string): { kind: string; marker: string } | null {
  for (const m of MARKERS) {
    const hit = m.re.exec(text);
    if (hit && /^\s/.test(text.slice(hit[0].length))) return { kind: m.kind, marker: hit[0] };
  }
  return null;
}

/** A line that is a Pasal's heading alone ("Pasal 4": a later Pasal in a merged row's old side), set centred as headings are. */
const PASAL_HEADING = /^Pasal \d+[A-Z]?$/;

/** Split runs into lines at "\n". */
function splitLines(runs: readonly TableRun[]): TableRun[][] {
  const lines: TableRun[][] = [[]];
  for (const r of runs) {
    const pieces = r.text.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece) (lines[lines.length - 1] as TableRun[]).push({ ...r, text: piece });
    });
  }
  return lines;
}

/** Paragraphs of marked runs (lines at "\n", hanging labels for markers). */
export function runsToParas(runs: readonly TableRun[]): TablePara[] {
  const lines = splitLines(runs).filter((l) => l.some((r) => r.text.trim() !== ''));
  // The marker is read from the line's text, not its first run: a marker printed otherwise than
  // on the other side ("e." beside "a." in a piece of a split) is a run of its own.
  const found = lines.map((l) => markerOf(l.map((r) => r.text).join('').trimStart()));
  // Levels in the order the kinds first appear: a nested marker always follows the one holding
  // it, so this nests "1." items holding "a." ones, and an amending instrument's change items
  // ("1.") above the ayat ("(1)") they quote, where a fixed order of kinds would not.
  const kinds: string[] = [];
  for (const f of found) if (f && !kinds.includes(f.kind)) kinds.push(f.kind);
  return lines.map((line, i) => {
    const f = found[i];
    if (!f && PASAL_HEADING.test(line.map((r) => r.text).join('').trim())) return { runs: trimRuns(line), level: 0, align: 'center' };
    if (!f) return { runs: trimRuns(line), level: 0 };
    return { runs: trimRuns(withoutLead(trimRuns(line), f.marker.length)), label: f.marker, level: kinds.indexOf(f.kind) + 1 };
  });
}

/** `runs` without their first `n` characters (a marker, which may span runs). */
function withoutLead(runs: readonly TableRun[], n: number): TableRun[] {
  const out: TableRun[] = [];
  let left = n;
  for (const r of runs) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push(left > 0 ? { ...r, text: r.text.slice(left) } : r);
    left = 0;
  }
  return out;
}

/** Drop the leading whitespace of the runs (a run that is only whitespace goes). */
function trimRuns(runs: readonly TableRun[]): TableRun[] {
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as TableRun;
    const text = r.text.replace(/^\s+/, '');
    if (text) return [{ ...r, text }, ...runs.slice(i + 1)];
  }
  return [];
}

/** Paragraphs of plain text. */
export function textToParas(text: string): TablePara[] {
  return runsToParas([{ text }]);
}

/**
 * An equal run as one side prints it. A word whose capitals or spelling changed ("Walikota" ->
 * "Wali Kota") is marked as a change (struck on the old side, underlined on the new), the words
 * around it not; a number that only followed the renumbering is no change and stays plain.
 */
function equalRuns(s: Segment, side: 'old' | 'new'): TableRun[] {
  const own = side === 'old' && s.old !== undefined ? s.old : s.text;
  const pieces = s.old !== undefined ? renumberedPieces(s.old, s.text) : null;
  if (!pieces) return [{ text: own }];
  return pieces.flatMap((p): TableRun[] => {
    if ('same' in p) return [{ text: p.same }];
    const text = side === 'old' ? p.old : p.now;
    if (!text) return [];
    return writtenOtherwise(p) ? [{ text, change: side === 'old' ? 'delete' : 'insert' }] : [{ text }];
  });
}

/** The old side (equal + deleted) or new side (equal + inserted) of a word diff, as marked runs. */
export function segmentRuns(segments: readonly Segment[], side: 'old' | 'new'): TableRun[] {
  return ofSide(segments, side)
    .flatMap((s): TableRun[] => {
      if (s.op === 'equal') return equalRuns(s, side);
      // Leading whitespace is not part of the change (no struck or underlined space).
      const lead = /^\s*/.exec(s.text)?.[0] ?? '';
      const body = s.text.slice(lead.length);
      return [...(lead ? [{ text: lead }] : []), ...(body ? [{ text: body, change: s.op }] : [])];
    });
}
