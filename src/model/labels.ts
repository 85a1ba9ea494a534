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

/** The segments of a unit's address. */
export function segmentsOf(u: UnitNumber): Segment[] {
  return parseAddress(u.address)?.segments ?? [];
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
  ) k++;
  return { segments: target.slice(k), dropped: k > 0 };
}

/** Label parts of a reference from `fromUid` (optional) to `targetUid`, or to the range target..toUid. */
export function refParts(doc: Node, fromUid: string | null | undefined, targetUid: string, toUid?: string | null): RefParts | null {
  const numbering = numberDocument(doc);
  const target = numbering.get(targetUid);
  if (!target) return null;
  const from = fromUid ? numbering.get(fromUid) : undefined;
  const tSegs = segmentsOf(target);
  const rel = from ? relative(tSegs, segmentsOf(from)) : { segments: tSegs, dropped: false };
  const local = rel.dropped && tSegs[0]?.kind === 'pasal';
  let text = formatAddress(rel.segments);
  if (toUid && toUid !== targetUid) {
    const end = numbering.get(toUid);
    if (!end) return null;
    text += ` sampai dengan ${formatAddress(relative(segmentsOf(end), tSegs).segments)}`;
  }
  return { text, local };
}

/** A reference label without the "sebagaimana dimaksud" prefix: "Pasal 5 ayat (2) huruf a", "ayat (1)". */
export function refLabel(doc: Node, fromUid: string | null | undefined, targetUid: string, toUid?: string | null): string | null {
  return refParts(doc, fromUid, targetUid, toUid)?.text ?? null;
}
