/**
 * Approximate string matching: every place where `pattern` occurs in `text` with at most
 * `maxErrors` edits (insertions, deletions, substitutions). Myers' bit-parallel algorithm
 * (J. ACM 1999) over 32-bit blocks, so a pattern of m characters costs about n * ceil(m / 32)
 * word operations: fast enough to re-anchor thousands of quotes. Match starts are recovered by
 * a small dynamic programme over the window before each end.
 */
import { distance } from 'fastest-levenshtein';

/** One approximate occurrence. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const W = 32;

/** The Levenshtein distance of two strings (`fastest-levenshtein`). */
export function editDistance(a: string, b: string): number {
  return distance(a, b);
}

/** For each end position j (exclusive), the fewest edits of `pattern` ending there. */
function endScores(text: string, pattern: string): Int32Array {
  const m = pattern.length;
  const blocks = Math.ceil(m / W);
  const peq = new Map<number, Uint32Array>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    let v = peq.get(c);
    if (!v) peq.set(c, (v = new Uint32Array(blocks)));
    v[(i / W) | 0]! |= 1 << i % W;
  }
  const zero = new Uint32Array(blocks);
  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const lastBit = (b: number) => (b === blocks - 1 ? 1 << (m - 1) % W : 1 << (W - 1));
  const scores = new Int32Array(text.length + 1);
  let score = m;
  scores[0] = m;
  for (let j = 0; j < text.length; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? zero;
    let hIn = 0; // horizontal delta entering the block from above: row 0 is all zeros (free start)
    for (let b = 0; b < blocks; b++) {
      let pv = P[b] as number;
      let mv = M[b] as number;
      const hNeg = hIn < 0 ? 1 : 0;
      const eq = (eqs[b] as number) | hNeg;
      const xv = eq | mv;
      const xh = ((((eq & pv) >>> 0) + (pv >>> 0)) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const last = lastBit(b);
      const hOut = (ph & last ? 1 : 0) - (mh & last ? 1 : 0);
      ph = (ph << 1) | (hIn > 0 ? 1 : 0);
      mh = (mh << 1) | hNeg;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      P[b] = pv;
      M[b] = mv;
      hIn = hOut;
    }
    score += hIn;
    scores[j + 1] = score;
  }
  return scores;
}

/** The best start for a match of `pattern` ending at `end` (fewest edits, then longest). */
function bestStart(text: string, pattern: string, end: number, maxErrors: number): { start: number; errors: number } {
  const from = Math.max(0, end - pattern.length - maxErrors);
  const window = text.slice(from, end);
  // Edit distance of pattern against every suffix of window: DP over reversed strings.
  const a = [...pattern].reverse().join('');
  const b = [...window].reverse().join('');
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const sub = (prev[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      cur[j] = Math.min(sub, (prev[j] as number) + 1, (cur[j - 1] as number) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let bestJ = 0;
  for (let j = 1; j <= n; j++) if ((prev[j] as number) <= (prev[bestJ] as number)) bestJ = j;
  return { start: end - bestJ, errors: prev[bestJ] as number };
}

/**
 * Occurrences of `pattern` in `text` with at most `maxErrors` edits: at each run of acceptable
 * end positions, the end with the fewest errors. Exact occurrences come first when any exist.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const exact: ApproxMatch[] = [];
  for (let i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
    exact.push({ start: i, end: i + pattern.length, errors: 0 });
  }
  if (exact.length > 0 || maxErrors <= 0) return exact;
  const scores = endScores(text, pattern);
  const out: ApproxMatch[] = [];
  let j = 1;
  while (j <= text.length) {
    if ((scores[j] as number) > maxErrors) {
      j++;
      continue;
    }
    let best = j;
    while (j <= text.length && (scores[j] as number) <= maxErrors) {
      if ((scores[j] as number) < (scores[best] as number)) best = j;
      j++;
    }
    const { start, errors } = bestStart(text, pattern, best, maxErrors);
    out.push({ start, end: best, errors: Math.min(errors, scores[best] as number) });
  }
  return out;
}
