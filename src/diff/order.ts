/**
 * Order of matched units: the heaviest chain of pairs that keeps the same order on both sides
 * (a weighted longest increasing subsequence, O(k log k) with a Fenwick tree). Pairs outside the
 * chain are the ones that moved.
 */

/** A matched pair by position: old index, new index, weight. */
export interface OrderedPair {
  o: number;
  n: number;
  w: number;
}

/**
 * Indices (into `pairs`) of the heaviest order-preserving chain. `pairs` may come in any order;
 * old and new indices must each be distinct.
 */
export function heaviestChain(pairs: readonly OrderedPair[]): Set<number> {
  const idx = pairs.map((_, i) => i).sort((a, b) => (pairs[a] as OrderedPair).n - (pairs[b] as OrderedPair).n);
  let maxO = 0;
  for (const p of pairs) maxO = Math.max(maxO, p.o);
  const size = maxO + 2;
  const treeVal = new Float64Array(size + 1);
  const treeArg = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const prev = new Int32Array(pairs.length).fill(-1);
  const query = (pos: number): [number, number] => {
    let v = 0;
    let a = -1;
    for (let i = pos; i > 0; i -= i & -i) if ((treeVal[i] as number) > v) { v = treeVal[i] as number; a = treeArg[i] as number; }
    return [v, a];
  };
  const update = (pos: number, v: number, a: number) => {
    for (let i = pos; i <= size; i += i & -i) if ((treeVal[i] as number) < v) { treeVal[i] = v; treeArg[i] = a; }
  };
  let top = -1;
  let topVal = 0;
  for (const k of idx) {
    const p = pairs[k] as OrderedPair;
    const [v, a] = query(p.o + 1);
    best[k] = v + p.w;
    prev[k] = a;
    update(p.o + 2, best[k] as number, k);
    if ((best[k] as number) > topVal) { topVal = best[k] as number; top = k; }
  }
  const chain = new Set<number>();
  for (let k = top; k >= 0; k = prev[k] as number) chain.add(k);
  return chain;
}
