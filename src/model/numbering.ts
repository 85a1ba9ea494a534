/**
 * The one numbering function (architecture.md, decision 2): derives the number of every unit
 * from its position and the document's numbering mode. The editor, the comparison, the
 * amending instrument and every export call `numberDocument` and nothing else.
 *
 * PRELIMINARY: penggantian mode only; perubahan suffixes and Dihapus to be completed.
 */
import type { Node } from 'prosemirror-model';
import type { NumberedUnit } from './schema';

/** The derived number of one unit. */
export interface UnitNumber {
  uid: string;
  type: NumberedUnit;
  /** The bare number: "7A", "1a", "IIA", "Kesatu", "b", "2". */
  num: string;
  /** How the number prints before the unit: "BAB IIA", "Bagian Kesatu", "Pasal 7A", "(1a)", "a.", "1)". */
  marker: string;
  /** The full address used in references: "Pasal 7A ayat (1a) huruf b"; "BAB II"; "Menimbang huruf a". */
  address: string;
  /** True when the unit is a "Dihapus." placeholder (perubahan mode). */
  deleted: boolean;
  /** uid of the enclosing Pasal (the Pasal itself for a Pasal), or null outside Pasal. */
  pasalUid: string | null;
}

/** The numbers of all units of one document, by uid. */
export type Numbering = ReadonlyMap<string, UnitNumber>;

const cache = new WeakMap<Node, Numbering>();

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Roman numeral of a positive integer. */
export function toRoman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

const ORD = ['', 'Kesatu', 'Kedua', 'Ketiga', 'Keempat', 'Kelima', 'Keenam', 'Ketujuh', 'Kedelapan', 'Kesembilan', 'Kesepuluh', 'Kesebelas'];

/** Ordinal word of a Bagian ("Kesatu", "Kedua Belas", "Kedua Puluh Satu"). PRELIMINARY. */
export function bagianOrdinal(n: number): string {
  return ORD[n] ?? String(n);
}

/** Letter of a huruf item (1 -> a). PRELIMINARY. */
export function hurufOf(n: number): string {
  return String.fromCharCode(96 + n);
}

/** Derive the numbers of every unit of `doc` (memoised per immutable document). */
export function numberDocument(doc: Node): Numbering {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out = new Map<string, UnitNumber>();
  let pasalN = 0;
  let babN = 0;
  const walk = (node: Node, ctx: { pasal: UnitNumber | null; ayat: UnitNumber | null; depth: number; bagianN: { n: number }; paragrafN: { n: number }; prefix: string }) => {
    let itemN = 0;
    let ayatN = 0;
    node.forEach((child) => {
      const uid = child.attrs.uid as string;
      switch (child.type.name) {
        case 'bab': {
          const num = toRoman(++babN);
          out.set(uid, { uid, type: 'bab', num, marker: `BAB ${num}`, address: `BAB ${num}`, deleted: false, pasalUid: null });
          walk(child, { ...ctx, bagianN: { n: 0 } });
          break;
        }
        case 'bagian': {
          const num = bagianOrdinal(++ctx.bagianN.n);
          out.set(uid, { uid, type: 'bagian', num, marker: `Bagian ${num}`, address: `Bagian ${num}`, deleted: false, pasalUid: null });
          walk(child, { ...ctx, paragrafN: { n: 0 } });
          break;
        }
        case 'paragraf': {
          const num = String(++ctx.paragrafN.n);
          out.set(uid, { uid, type: 'paragraf', num, marker: `Paragraf ${num}`, address: `Paragraf ${num}`, deleted: false, pasalUid: null });
          walk(child, ctx);
          break;
        }
        case 'pasal': {
          const num = String(++pasalN);
          const u: UnitNumber = { uid, type: 'pasal', num, marker: `Pasal ${num}`, address: `Pasal ${num}`, deleted: false, pasalUid: uid };
          out.set(uid, u);
          walk(child, { ...ctx, pasal: u, ayat: null, depth: 0, prefix: u.address });
          break;
        }
        case 'ayat': {
          const num = String(++ayatN);
          const u: UnitNumber = { uid, type: 'ayat', num, marker: `(${num})`, address: `${ctx.prefix} ayat (${num})`, deleted: false, pasalUid: ctx.pasal?.uid ?? null };
          out.set(uid, u);
          walk(child, { ...ctx, ayat: u, depth: 0, prefix: u.address });
          break;
        }
        case 'list':
          walk(child, { ...ctx, depth: ctx.depth + 1 });
          break;
        case 'konsiderans':
        case 'dasarHukum':
          walk(child, { ...ctx, depth: child.type.name === 'konsiderans' ? 1 : 2, prefix: child.type.name === 'konsiderans' ? 'Menimbang' : 'Mengingat' });
          break;
        case 'item': {
          itemN++;
          const level = ((ctx.depth - 1) % 4) + 1;
          const num = level % 2 === 1 ? hurufOf(itemN) : String(itemN);
          const marker = level <= 2 ? `${num}.` : `${num})`;
          const word = level % 2 === 1 ? 'huruf' : 'angka';
          const u: UnitNumber = { uid, type: 'item', num, marker, address: `${ctx.prefix} ${word} ${num}`.trim(), deleted: false, pasalUid: ctx.pasal?.uid ?? null };
          out.set(uid, u);
          walk(child, { ...ctx, prefix: u.address });
          break;
        }
        default:
          if (!child.isTextblock && !child.isLeaf) walk(child, ctx);
      }
    });
  };
  walk(doc, { pasal: null, ayat: null, depth: 0, bagianN: { n: 0 }, paragrafN: { n: 0 }, prefix: '' });
  cache.set(doc, out);
  return out;
}
