/**
 * The part rows of a merge whose later Pasal went into the middle of the first: Pasal 32's
 * items put back into Pasal 31 ayat (3), before its ayat (4). One block per side would show the
 * old Pasal in turn and the new one in its own order, so ayat (4) would read struck and written
 * again after the items; part by part, each old part stands beside the new part it became. A
 * merge that only appends the later Pasal keeps one block per side (no part rows): it reads well
 * so, with the later Pasal under its own heading line.
 */
import type { Match } from './align';
import { alignParts, partRows, type PartSegments } from './compare-parts';
import type { CrossMoves } from './cross-moves';
import type { PasalUnit } from './extract';
import type { PartUnit } from './pasal-parts';
import { heaviestChain } from './order';
import { partPieces } from './part-pieces';
import type { RefMaps } from './references';
import type { PartRow } from './types';
import { bareMarker } from './unit-keys';

/**
 * The part rows of the merge of `merged` (in order; `parts` and `tokens`: its old side, from
 * `mergedSide`) into `b`, or none when no part of a later Pasal went before a part of the first.
 */
export function mergedPartRows(
  merged: readonly PasalUnit[],
  parts: readonly PartUnit[],
  tokens: PasalUnit['tokens'],
  b: PasalUnit,
  maps: RefMaps,
  useUids: boolean,
  build: PartSegments,
  moves: CrossMoves,
): PartRow[] {
  const first = merged[0] as PasalUnit;
  const side: PasalUnit = { ...first, parts: [...parts], tokens };
  const { matches, pieces } = partPieces(side, b, alignParts(side, b, useUids));
  const firstParts = first.parts.length;
  if (!interleaved(matches, firstParts)) return [];
  const rows = partRows(side, b, matches, maps, first.num, build, false, moves, pieces).rows;
  // Order is the first Pasal's: its parts that keep their order among themselves did not move,
  // however many parts of the later Pasal now stand among them; those parts came from elsewhere.
  const own = matches.filter((m) => m.o < firstParts);
  const chain = heaviestChain(own.map((m) => ({ o: m.o, n: m.n, w: 1 })));
  const inOrder = new Set(own.filter((_m, i) => chain.has(i)).map((m) => (side.parts[m.o] as PartUnit).uid));
  const later = new Set(side.parts.slice(firstParts).map((p) => p.uid));
  return rows.map((r) => {
    if (!r.old || !r.new) return r;
    if (r.status === 'moved' && inOrder.has(r.old.uid)) return { ...r, status: bareMarker(r.old.marker ?? '') === bareMarker(r.new.marker ?? '') ? 'unchanged' : 'renumbered' };
    if ((r.status === 'unchanged' || r.status === 'renumbered') && later.has(r.old.uid)) return { ...r, status: 'moved' };
    return r;
  });
}

/** Some part after the first Pasal's `firstParts` parts is paired before a part of the first Pasal. */
function interleaved(matches: readonly Match[], firstParts: number): boolean {
  let lastOfFirst = -1;
  for (const m of matches) if (m.o < firstParts) lastOfFirst = Math.max(lastOfFirst, m.n);
  return matches.some((m) => m.o >= firstParts && m.n < lastOfFirst);
}
