/**
 * A Lampiran kept as text holds a paragraph per printed line, so where one text wraps a long line
 * (a tariff table's row set on a narrower page, a PDF that breaks it at the margin) and the other
 * does not, the lines no longer pair one to one: each wrapped line would read changed, and its
 * second half inserted. Before the paragraphs are paired, a run of two to four lines on one side
 * whose words together are one line of the other side is read as that one line, its breaks kept
 * as paragraph marks with no key (layout, not a change; `paragraphTokens`): word for word, or but
 * for an edit of a few characters (`editedRunEnd`), which the row then shows in the one line.
 */
import { PARAGRAPH_BREAK } from './block-tokens';
import type { SimpleUnit } from './extract';
import type { Token } from './tokenize';
import { rawKey } from './unit-keys';

/** The most lines one printed line is wrapped into. */
const MAX_WRAPPED = 4;

/** `olds` and `news` with each run of lines that is one line of the other side wrapped joined into that line. */
export function joinWrappedLines(olds: readonly SimpleUnit[], news: readonly SimpleUnit[]): [SimpleUnit[], SimpleUnit[]] {
  const oldKeys = olds.map((u) => rawKey(u.tokens));
  const newKeys = news.map((u) => rawKey(u.tokens));
  const oldCounts = countsOf(oldKeys);
  const newCounts = countsOf(newKeys);
  return [joinSide(olds, oldKeys, oldCounts, newCounts), joinSide(news, newKeys, newCounts, oldCounts)];
}

/** How many lines hold each key. */
function countsOf(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * The units of one side (keys `keys`, counted in `own`), each wrapped run joined: a run of lines
 * this side holds more of than the other side (`other`), whose words together are a line the
 * other side holds more of than this side. Lines and joined lines are counted as they are used,
 * so a table's header printed whole in one place and wrapped in another pairs each as it is.
 */
function joinSide(units: readonly SimpleUnit[], keys: readonly string[], own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>): SimpleUnit[] {
  const surplus = new Map<string, number>();
  for (const [k, n] of own) surplus.set(k, n - (other.get(k) ?? 0));
  const deficit = new Map<string, number>();
  const spare = (k: string) => (surplus.get(k) ?? 0) > 0;
  const missing = (k: string) => deficit.get(k) ?? (other.get(k) ?? 0) - (own.get(k) ?? 0);
  const byStart = linesByStart(own, other);
  const out: SimpleUnit[] = [];
  for (let i = 0; i < units.length; ) {
    let end = i + 1;
    if (keys[i] !== '' && spare(keys[i] as string)) {
      for (let j = i + 1; j < Math.min(units.length, i + MAX_WRAPPED); j++) {
        if (keys[j] === '' || !spare(keys[j] as string)) break;
        const key = rawKey(joined(units.slice(i, j + 1)).tokens);
        if (missing(key) > 0) {
          deficit.set(key, missing(key) - 1);
          end = j + 1;
          break;
        }
      }
      if (end === i + 1) {
        const edited = editedRunEnd(keys, i, byStart, missing, spare);
        if (edited) {
          deficit.set(edited.line, missing(edited.line) - 1);
          end = edited.end;
        }
      }
    }
    if (end > i + 1) {
      for (let k = i; k < end; k++) surplus.set(keys[k] as string, (surplus.get(keys[k] as string) ?? 0) - 1);
      out.push(joined(units.slice(i, end)));
    } else out.push(units[i] as SimpleUnit);
    i = end;
  }
  return out;
}

/** How many characters of a key `linesByStart` files a line under. */
const START = 8;

/** The lines the other side holds more of than this side, filed by their first characters. */
function linesByStart(own: ReadonlyMap<string, number>, other: ReadonlyMap<string, number>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, n] of other) {
    if (k.length <= START || n <= (own.get(k) ?? 0)) continue;
    const start = k.slice(0, START);
    const list = out.get(start);
    if (list) list.push(k);
    else out.set(start, [k]);
  }
  return out;
}

/**
 * A wrapped run whose words were also edited ("7) Pulpa Kaping" / "Per Tindakan" / "99.000"
 * against "7) Pulpa Kaping Per Tindakan 20.000"): a line of the other side, still unpaired,
 * starts with the run's first line, and the run's lines (each unpaired here) add up to it but
 * for a few characters: as long within `EDIT_SLACK`, and the same from both ends for
 * `KEPT_SHARE` of it. The row then shows the edit in the one line. Null where none is found.
 */
function editedRunEnd(keys: readonly string[], i: number, byStart: ReadonlyMap<string, readonly string[]>, missing: (k: string) => number, spare: (k: string) => boolean): { end: number; line: string } | null {
  const first = keys[i] as string;
  if (first.length <= START) return null;
  for (const line of byStart.get(first.slice(0, START)) ?? []) {
    if (line.length <= first.length || !line.startsWith(first) || missing(line) <= 0) continue;
    let run = first;
    for (let j = i + 1; j < Math.min(keys.length, i + MAX_WRAPPED); j++) {
      const next = keys[j] as string;
      if (next === '' || !spare(next)) break;
      run += next;
      if (Math.abs(run.length - line.length) <= EDIT_SLACK && sharedEnds(run, line) >= line.length * KEPT_SHARE) return { end: j + 1, line };
      if (run.length > line.length + EDIT_SLACK) break;
    }
  }
  return null;
}

/** Characters an edited wrapped run may differ in length from its line. */
const EDIT_SLACK = 4;

/** Share of its line an edited wrapped run keeps, from its start and from its end. */
const KEPT_SHARE = 0.8;

/** The characters `a` and `b` share from the start, and then from the end. */
function sharedEnds(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let start = 0;
  while (start < n && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (end < n - start && a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)) end++;
  return start + end;
}

/** One unit of the lines of a wrapped run: the first line's uid and label, a paragraph mark at each break. */
function joined(run: readonly SimpleUnit[]): SimpleUnit {
  const tokens: Token[] = [];
  for (const u of run) {
    if (tokens.length > 0) tokens.push(PARAGRAPH_BREAK);
    tokens.push(...u.tokens);
  }
  const first = run[0] as SimpleUnit;
  return { ...first, tokens };
}
