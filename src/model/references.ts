/**
 * Cross-references (drafting-rules.md 2.2): the "sebagaimana dimaksud dalam/pada" phrase, the
 * resolver from an address string to a unit uid, and ranges in document order (so a range
 * Pasal 7 sampai dengan Pasal 9 includes an inserted Pasal 7A).
 */
import type { Node } from 'prosemirror-model';
import { numberDocument, type UnitNumber } from './numbering';
import { formatAddress, parseAddress, type ParsedAddress, type Segment } from './address';
import { refParts, segmentsOf } from './labels';

/**
 * The reference phrase: "sebagaimana dimaksud dalam Pasal 5 ayat (2) huruf a" for a unit of
 * another Pasal, "sebagaimana dimaksud pada ayat (1)" (no "Pasal ini") or "… pada ayat (1)
 * huruf a" inside the same Pasal, "sebagaimana dimaksud dalam huruf a" between konsiderans
 * items, and ranges "… dalam Pasal 7 sampai dengan Pasal 9". Null when the target has no number.
 */
export function referencePhrase(doc: Node, fromUid: string | null | undefined, targetUid: string, toUid?: string | null): string | null {
  const parts = refParts(doc, fromUid, targetUid, toUid);
  if (!parts) return null;
  return `sebagaimana dimaksud ${parts.local ? 'pada' : 'dalam'} ${parts.text}`;
}

const indexCache = new WeakMap<Node, Map<string, string>>();

/** Address -> uid of every numbered unit of a document (first unit wins on duplicates). */
function addressIndex(doc: Node): Map<string, string> {
  const hit = indexCache.get(doc);
  if (hit) return hit;
  const index = new Map<string, string>();
  for (const u of numberDocument(doc).values()) {
    if (u.type !== 'penjelasanPasal' && u.type !== 'changeItem' && !index.has(u.address)) index.set(u.address, u.uid);
  }
  indexCache.set(doc, index);
  return index;
}

/** Find the uid of `segments`, trying absolute first, then relative to the referring unit's ancestors. */
function lookup(doc: Node, segments: Segment[], fromUid?: string | null): string | null {
  const index = addressIndex(doc);
  const direct = index.get(formatAddress(segments));
  if (direct) return direct;
  const from = fromUid ? numberDocument(doc).get(fromUid) : undefined;
  if (!from) return null;
  const context = segmentsOf(from);
  for (let k = context.length; k > 0; k--) {
    const hit = index.get(formatAddress([...context.slice(0, k), ...segments]));
    if (hit) return hit;
  }
  return null;
}

/**
 * Resolve an address (string or parsed) to the uid of a unit of `doc`; relative addresses
 * ("ayat (1)", "huruf a") are resolved from the unit `fromUid`. For a range, the start.
 */
export function resolveAddress(doc: Node, address: string | ParsedAddress, fromUid?: string | null): string | null {
  return resolveRange(doc, address, fromUid)?.from ?? null;
}

/** Resolve an address that may be a range: `{ from, to }` (to null when not a range), or null. */
export function resolveRange(doc: Node, address: string | ParsedAddress, fromUid?: string | null): { from: string; to: string | null } | null {
  const parsed = typeof address === 'string' ? parseAddress(address) : address;
  if (!parsed) return null;
  const from = lookup(doc, parsed.segments, fromUid);
  if (!from) return null;
  if (!parsed.to) return { from, to: null };
  const to = lookup(doc, parsed.to, fromUid);
  return to ? { from, to } : null;
}

/** The address of the unit's parent group ("Pasal 5 ayat (2)" for "Pasal 5 ayat (2) huruf a"). */
function groupOf(u: UnitNumber): string {
  if (u.type === 'pasal' || u.type === 'bab') return u.type;
  return `${u.type}|${formatAddress(segmentsOf(u).slice(0, -1))}`;
}

/**
 * The uids of the units from `fromUid` to `toUid` inclusive, in document order, of the same kind
 * and the same parent (so Pasal 7..9 includes an inserted 7A and a deleted Pasal 8). Empty when
 * the two are not comparable or `toUid` comes first.
 */
export function unitsInRange(doc: Node, fromUid: string, toUid: string): string[] {
  const numbering = numberDocument(doc);
  const a = numbering.get(fromUid);
  const b = numbering.get(toUid);
  if (!a || !b || a.type !== b.type || groupOf(a) !== groupOf(b)) return [];
  const out: string[] = [];
  let inside = false;
  for (const u of numbering.values()) {
    if (u.uid === fromUid) inside = true;
    if (inside && u.type === a.type && groupOf(u) === groupOf(a)) out.push(u.uid);
    if (u.uid === toUid) return inside ? out : [];
  }
  return [];
}
