/**
 * The label a live cross-reference (`ref` node) prints: the target's current address from
 * `numberDocument`, shortened inside the same Pasal ("ayat (1)" rather than "Pasal 7 ayat (1)",
 * drafting-rules.md 2.2) and with "sampai dengan" for ranges. When the target is gone, the
 * node's stored `text`.
 */
import type { Node } from 'prosemirror-model';
import type { Numbering, UnitNumber } from '../model/numbering';

/** Where the reference stands: the Pasal it is written in (uid), if any. */
export interface RefContext {
  pasalUid: string | null;
  /** True inside Menimbang (references to "huruf a" of the konsiderans itself). */
  inKonsiderans?: boolean;
}

/** The printed label of `ref` (a `ref` node) in `ctx`. */
export function refLabel(ref: Node, numbering: Numbering, ctx: RefContext): string {
  const from = numbering.get(String(ref.attrs.target ?? ''));
  const stored = String(ref.attrs.text ?? '');
  if (!from) return stored;
  const first = shorten(from, numbering, ctx);
  const toUid = ref.attrs.to as string | null;
  if (!toUid) return first;
  const to = numbering.get(toUid);
  if (!to) return stored || first;
  const sameParent = parentAddress(from) === parentAddress(to) && parentAddress(from) !== '';
  const last = sameParent ? to.address.slice(parentAddress(to).length + 1) : shorten(to, numbering, ctx);
  return `${first} sampai dengan ${last}`;
}

function shorten(u: UnitNumber, numbering: Numbering, ctx: RefContext): string {
  if (ctx.inKonsiderans && u.address.startsWith('Menimbang ')) return u.address.slice('Menimbang '.length);
  if (u.type !== 'pasal' && u.pasalUid && u.pasalUid === ctx.pasalUid) {
    const pasal = numbering.get(u.pasalUid);
    if (pasal && u.address.startsWith(`${pasal.address} `)) return u.address.slice(pasal.address.length + 1);
  }
  return u.address;
}

/** The address without its last unit word pair ("Pasal 7 ayat (1)" -> "Pasal 7"). */
function parentAddress(u: UnitNumber): string {
  const i = u.address.lastIndexOf(' ', u.address.lastIndexOf(' ') - 1);
  return i > 0 ? u.address.slice(0, i) : '';
}
