/**
 * The window of every unit of one list between its nearest matched neighbours, as positions on
 * the other list: a leftover unit can only correspond to a leftover unit of the other list that
 * lies strictly between the partners of its matched neighbours (-1 and the other list's length at
 * the ends).
 */

/** For each position: `lo`, the partner of the nearest matched unit before it, and `hi`, after it. */
export interface PartnerWindows {
  lo: Int32Array;
  hi: Int32Array;
}

/** The windows of a list whose units' partners are `partner` (-1: unmatched) in a list of `otherLength`. */
export function partnerWindows(partner: Int32Array, otherLength: number): PartnerWindows {
  const lo = new Int32Array(partner.length);
  const hi = new Int32Array(partner.length);
  let last = -1;
  for (let i = 0; i < partner.length; i++) {
    lo[i] = last;
    if ((partner[i] as number) >= 0) last = partner[i] as number;
  }
  last = otherLength;
  for (let i = partner.length - 1; i >= 0; i--) {
    hi[i] = last;
    if ((partner[i] as number) >= 0) last = partner[i] as number;
  }
  return { lo, hi };
}

/** The partner of every position of both lists under `matches` (-1: unmatched). */
export function partnersOf(oldLength: number, newLength: number, matches: ReadonlyArray<{ o: number; n: number }>): { ofOld: Int32Array; ofNew: Int32Array } {
  const ofOld = new Int32Array(oldLength).fill(-1);
  const ofNew = new Int32Array(newLength).fill(-1);
  for (const m of matches) {
    ofOld[m.o] = m.n;
    ofNew[m.n] = m.o;
  }
  return { ofOld, ofNew };
}
