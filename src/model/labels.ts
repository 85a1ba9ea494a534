/**
 * Labels of units for display and references (drafting-rules.md 2.2): the full address, or the
 * address relative to the unit that refers ("ayat (1)" inside the same Pasal, "huruf a" inside
 * the same ayat or the konsiderans).
 */
import type { Node } from 'prosemirror-model';
import { numberDocument, type Numbering, type UnitNumber } from './numbering';
import { formatAddress, parseAddress, type Segment } from './address';

/** The full label (address) of a unit, e.g. "Pasal 7A ayat (1a)"; null when the unit has no number. */
export function unitLabel(numbering: Numbering, uid: string): string | null {
  return numbering.get(uid)?.address ?? null;
}

/** Parsed address segments per (immutable) unit number: every reference to a unit reads them. */
const segmentCache = new WeakMap<UnitNumber, Segment[]>();

/**
 * Parsed segments per address text, shared by every document: the same addresses ("Pasal 12 ayat
 * (1)") recur in every version of a text, so each is parsed once. Bounded; never mutated.
 */
const segmentsByAddress = new Map<string, Segment[]>();
const MAX_ADDRESSES = 50_000;

/** The segments of a unit's address (memoised; do not mutate the result). */
export function segmentsOf(u: UnitNumber): Segment[] {
  let segs = segmentCache.get(u);
  if (segs === undefined) {
    segs = segmentsByAddress.get(u.address);
    if (segs === undefined) {
      segs = parseAddress(u.address)?.segments ?? [];
      if (segmentsByAddress.size >= MAX_ADDRESSES) segmentsByAddress.clear();
      segmentsByAddress.set(u.address, segs);
    }
    segmentCache.set(u, segs);
  }
  return segs;
}

/** A contextual label and whether it is local to the referring Pasal (then "pada", else "dalam"). */
export interface RefParts {
  text: string;
  local: boolean;
}

/** Drop the Pasal/ayat (or Menimbang) segments that `target` shares with `from`; keep at least one. */
function relative(target: Segment[], from: Segment[]): { segments: Segment[]; dropped: boolean } {
  let k = 0;
  while (
    k < target.length - 1 &&
    k < from.length &&
    target[k]?.kind === from[k]?.kind &&
    target[k]?.num === from[k]?.num &&
    ['pasal', 'ayat', 'menimbang', 'mengingat'].includes(target[k]?.kind ?? '')
  )
    k++;
  return { segments: target.slice(k), dropped: k > 0 };
}

/**
 * Where a reference is written. The label drops what the reference shares with the innermost
 * numbered unit that holds it (`unitUid`), else with its Pasal (`pasalUid`), else with Menimbang.
 */
export interface RefContext {
  /** The Pasal the reference stands in (or whose Penjelasan entry holds it), if any. */
  pasalUid: string | null;
  /** The innermost numbered unit that holds the reference (ayat, item, Pasal), if known. */
  unitUid?: string | null;
  /** True inside Menimbang (references to "huruf a" of the konsiderans itself). */
  inKonsiderans?: boolean;
  /**
   * The target of the reference this one continues in a list ("Pasal 7 ayat (1) dan ayat (2)"):
   * what the two share is not written again (drafting-rules.md 2.2).
   */
  listedAfter?: string | null;
}

/** What may stand between two references of one list: a comma, "dan", "atau", "dan/atau", "serta". */
const LIST_GAP = /^\s*(?:,|dan\/atau|dan|atau|serta)?\s*(?:dan\/atau|dan|atau)?\s*$/;

/**
 * For each child of the paragraph `para` that is a reference continuing a list of references,
 * the target of the reference before it (by child index; see `RefContext.listedAfter`).
 */
export function listedRefs(para: Node): ReadonlyMap<number, string> {
  let out: Map<number, string> | null = null;
  let last: string | null = null;
  let gap = '';
  for (let index = 0; index < para.childCount; index++) {
    const child = para.child(index);
    if (child.type.name === 'ref') {
      if (last !== null && LIST_GAP.test(gap)) (out ??= new Map()).set(index, last);
      last = String(child.attrs.target ?? '');
      gap = '';
    } else if (child.isText) {
      if (last !== null) gap += child.text ?? '';
    } else last = null;
  }
  return out ?? NONE_LISTED;
}

const NONE_LISTED: ReadonlyMap<number, string> = new Map();

/** `ctx` for the child `index` of a paragraph whose `listedRefs` are `listed`. */
export function atChild<C extends RefContext>(ctx: C, listed: ReadonlyMap<number, string>, index: number): C {
  const after = listed.get(index);
  return after === undefined ? ctx : { ...ctx, listedAfter: after };
}

function contextSegments(numbering: Numbering, ctx: RefContext): Segment[] {
  const inner = ctx.unitUid ? numbering.get(ctx.unitUid) : undefined;
  if (inner) return segmentsOf(inner);
  const pasal = ctx.pasalUid ? numbering.get(ctx.pasalUid) : undefined;
  if (pasal) return segmentsOf(pasal);
  return ctx.inKonsiderans ? [{ kind: 'menimbang', num: '' }] : [];
}

/** Label parts of a reference written in `ctx` to `targetUid`, or to the range target..toUid. */
export function refPartsIn(
  numbering: Numbering,
  ctx: RefContext,
  targetUid: string,
  toUid?: string | null,
  /** How many address parts the reference was written with (`writtenParts`); it prints at least those. */
  written = 0,
): RefParts | null {
  const target = numbering.get(targetUid);
  if (!target) return null;
  const tSegs = segmentsOf(target);
  let rel = relative(tSegs, contextSegments(numbering, ctx));
  const before = ctx.listedAfter ? numbering.get(ctx.listedAfter) : undefined;
  // In a list, a unit of the same depth or shallower ("… ayat (1) dan ayat (2)", "… ayat (1)
  // huruf a dan ayat (2)") drops what it shares with the one before.
  const prevSegs = before ? segmentsOf(before) : null;
  if (prevSegs && prevSegs.length >= tSegs.length) {
    const inList = relative(tSegs, prevSegs);
    if (inList.segments.length < rel.segments.length) rel = { segments: inList.segments, dropped: rel.dropped };
  }
  // An enacted text that writes more than the rule needs ("Pasal 11 ayat (3), Pasal 11 ayat (4)")
  // keeps its wording, numbers updated; it never prints less than the context needs.
  if (written > rel.segments.length) {
    const keep = Math.min(written, tSegs.length);
    rel = { segments: tSegs.slice(tSegs.length - keep), dropped: keep < tSegs.length };
  }
  const local = rel.dropped && tSegs[0]?.kind === 'pasal';
  let text = formatAddress(rel.segments);
  if (toUid && toUid !== targetUid) {
    const end = numbering.get(toUid);
    if (!end) return null;
    text += ` sampai dengan ${formatAddress(relative(segmentsOf(end), tSegs).segments)}`;
  }
  return { text, local };
}

/**
 * The label a live cross-reference (`ref` node) prints in `ctx`: the target's current address,
 * shortened as drafting-rules.md 2.2 says, but never shorter than it was written (an enacted
 * text's wording stays: "Pasal 11 ayat (3), Pasal 11 ayat (4)"), "sampai dengan" for ranges; the
 * node's stored text when the target is gone. The editor, the exports and the amending instrument all print this.
 */
export function refNodeLabel(ref: Node, numbering: Numbering, ctx: RefContext): string {
  const target = String(ref.attrs.target ?? '');
  const stored = String(ref.attrs.text ?? '');
  const full = refPartsIn(numbering, ctx, target, (ref.attrs.to as string | null) ?? null, writtenParts(stored));
  // A text that wrote "pasal 3" in small letters keeps them.
  if (full) return stored.startsWith('pasal ') && full.text.startsWith('Pasal ') ? `p${full.text.slice(1)}` : full.text;
  return stored || (refPartsIn(numbering, ctx, target)?.text ?? '');
}

/** An address word of a written reference: "Pasal", "ayat", "huruf", "angka". */
const ADDRESS_WORD = /\b(?:pasal|ayat|huruf|angka)\b/gi;

/**
 * How many address parts a reference was written with, before any "sampai dengan": 2 for
 * "Pasal 11 ayat (4)", 1 for "ayat (4)"; 0 for a text that is no address.
 */
function writtenParts(text: string): number {
  const start = text.split(/\s+sampai\s+dengan\s+/i)[0] ?? '';
  return start.match(ADDRESS_WORD)?.length ?? 0;
}

/** Label parts of a reference from the unit `fromUid` (optional) to `targetUid` (or a range). */
export function refParts(
  doc: Node,
  fromUid: string | null | undefined,
  targetUid: string,
  toUid?: string | null,
): RefParts | null {
  return refPartsIn(
    numberDocument(doc),
    { pasalUid: null, unitUid: fromUid ?? null },
    targetUid,
    toUid,
  );
}

/** A reference label without the "sebagaimana dimaksud" prefix: "Pasal 5 ayat (2) huruf a", "ayat (1)". */
export function refLabel(
  doc: Node,
  fromUid: string | null | undefined,
  targetUid: string,
  toUid?: string | null,
): string | null {
  return refParts(doc, fromUid, targetUid, toUid)?.text ?? null;
}
