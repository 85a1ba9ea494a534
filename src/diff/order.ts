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
 * old and new indices must each be distinct, and weights positive.
 */
export function heaviestChain(pairs: readonly OrderedPair[]): Set<number> {
  // Pairs in order of their (distinct) new index: a bucket per new index, no comparison sort.
  let maxO = 0;
  let maxN = 0;
  for (const p of pairs) {
    if (p.o > maxO) maxO = p.o;
    if (p.n > maxN) maxN = p.n;
  }
  const byNew = new Int32Array(maxN + 1).fill(-1);
  for (let i = 0; i < pairs.length; i++) byNew[(pairs[i] as OrderedPair).n] = i;
  const idx: number[] = [];
  let inOrder = true;
  let lastO = -1;
  for (let n = 0; n <= maxN; n++) {
    const k = byNew[n] as number;
    if (k < 0) continue;
    idx.push(k);
    const o = (pairs[k] as OrderedPair).o;
    if (o < lastO) inOrder = false;
    lastO = o;
  }
  // Already in the same order on both sides (the common case): the chain is every pair.
  if (inOrder) return new Set(idx);
  const size = maxO + 2;
  const treeVal = new Float64Array(size + 1);
  const treeArg = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(pairs.length);
  const prev = new Int32Array(pairs.length).fill(-1);
  // Fenwick query of the best chain ending before `pos`: value in `qv`, its last pair in `qa`.
  let qv = 0;
  let qa = -1;
  const query = (pos: number) => {
    qv = 0;
    qa = -1;
    for (let i = pos; i > 0; i -= i & -i)
      if ((treeVal[i] as number) > qv) {
        qv = treeVal[i] as number;
        qa = treeArg[i] as number;
      }
  };
  const update = (pos: number, v: number, a: number) => {
    for (let i = pos; i <= size; i += i & -i)
      if ((treeVal[i] as number) < v) {
        treeVal[i] = v;
        treeArg[i] = a;
      }
  };
  let top = -1;
  let topVal = 0;
  for (let x = 0; x < idx.length; x++) {
    const k = idx[x] as number;
    const p = pairs[k] as OrderedPair;
    query(p.o + 1);
    best[k] = qv + p.w;
    prev[k] = qa;
    update(p.o + 2, best[k] as number, k);
    if ((best[k] as number) > topVal) {
      topVal = best[k] as number;
      top = k;
    }
  }
  const chain = new Set<number>();
  for (let k = top; k >= 0; k = prev[k] as number) chain.add(k);
  return chain;
}
