/**
 * Filtering and counting threads for the comments panel (pure): by status, author, role or
 * fraksi, and BAB or Pasal; the filter options offered are those present in the list.
 */
import type { Node } from 'prosemirror-model';
import type { ThreadView } from '../../../src/api/contract';
import { numberDocument } from '../../../src/model/numbering';
import { unitIndex } from '../../../src/review/unit-index';

/** The panel's filter. Empty strings mean "any". */
export interface ThreadFilter {
  status: 'all' | 'open' | 'resolved';
  author: string;
  /** "role:Anggota DPRD" or "fraksi:Fraksi X". */
  role: string;
  /** "bab:BAB II" or "pasal:Pasal 14". */
  place: string;
}

/** No filtering. */
export const NO_FILTER: ThreadFilter = { status: 'all', author: '', role: '', place: '' };

/** Where a thread sits: its BAB and Pasal labels in the shown document (base-side threads: the Pasal "(naskah lama)", no BAB). */
export interface ThreadPlace {
  bab: string | null;
  pasal: string | null;
}

/** The BAB and Pasal of each anchored thread in `doc` (by thread id). */
export function threadPlaces(doc: Node | null, threads: readonly ThreadView[]): Map<string, ThreadPlace> {
  const out = new Map<string, ThreadPlace>();
  const index = doc ? unitIndex(doc) : null;
  const numbering = doc ? numberDocument(doc) : null;
  for (const t of threads) {
    let bab: string | null = null;
    // A base-side thread's uid names a unit of the old text, not of `doc` (they share uids).
    if (index && numbering && t.placement.state === 'anchored' && t.side !== 'base') {
      const loc = index.get(t.placement.unitUid);
      const babUid = loc ? [loc.uid, ...loc.ancestors].find((uid) => index.get(uid)?.node.type.name === 'bab') : undefined;
      bab = babUid ? numbering.get(babUid)?.address ?? null : null;
    }
    out.set(t.id, { bab, pasal: t.pasalLabel });
  }
  return out;
}

/** True when `t` passes `f`. */
export function matchesFilter(t: ThreadView, f: ThreadFilter, place: ThreadPlace | undefined): boolean {
  if (f.status !== 'all' && t.status !== f.status) return false;
  if (f.author && t.comment.author.name !== f.author) return false;
  if (f.role.startsWith('role:') && t.comment.author.role !== f.role.slice(5)) return false;
  if (f.role.startsWith('fraksi:') && t.comment.author.fraksi !== f.role.slice(7)) return false;
  if (f.place.startsWith('bab:') && place?.bab !== f.place.slice(4)) return false;
  if (f.place.startsWith('pasal:') && place?.pasal !== f.place.slice(6)) return false;
  return true;
}

/** Counts shown at the top of the panel. */
export interface ThreadCounts {
  total: number;
  open: number;
  resolved: number;
  detached: number;
}

/** Count anchored and detached threads by status. */
export function countThreads(threads: readonly ThreadView[], detached: readonly ThreadView[]): ThreadCounts {
  const all = [...threads, ...detached];
  return {
    total: all.length,
    open: all.filter((t) => t.status === 'open').length,
    resolved: all.filter((t) => t.status === 'resolved').length,
    detached: detached.length,
  };
}

/** The choices of the filter selects, from the threads present (in order of first appearance). */
export function filterOptions(threads: readonly ThreadView[], places: ReadonlyMap<string, ThreadPlace>) {
  const authors = new Set<string>();
  const roles = new Set<string>();
  const babs = new Set<string>();
  const pasals = new Set<string>();
  for (const t of threads) {
    const a = t.comment.author;
    authors.add(a.name);
    if (a.role) roles.add(`role:${a.role}`);
    if (a.fraksi) roles.add(`fraksi:${a.fraksi}`);
    const p = places.get(t.id);
    if (p?.bab) babs.add(p.bab);
    if (p?.pasal) pasals.add(p.pasal);
  }
  return { authors: [...authors].sort(), roles: [...roles], babs: [...babs], pasals: [...pasals] };
}

/**
 * Open threads per Pasal of `doc` (by the Pasal's uid) for the outline; a thread on an ayat or an
 * item counts for its Pasal. Threads on the base text are not counted (the outline is the draft's).
 */
export function openCountsByPasal(doc: Node | null, threads: readonly ThreadView[]): Map<string, number> {
  const out = new Map<string, number>();
  if (!doc) return out;
  const index = unitIndex(doc);
  for (const t of threads) {
    if (t.status !== 'open' || t.placement.state !== 'anchored' || t.side === 'base') continue;
    const loc = index.get(t.placement.unitUid);
    if (!loc) continue;
    const pasal = [loc.uid, ...[...loc.ancestors].reverse()].find((uid) => index.get(uid)?.node.type.name === 'pasal');
    if (pasal) out.set(pasal, (out.get(pasal) ?? 0) + 1);
  }
  return out;
}
