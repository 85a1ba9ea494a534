/**
 * Change items that name a huruf or an angka inside a Pasal (drafting-rules.md 3.4.2 F4, F5, F10,
 * F11 and their deletion), when the item restates only those list items, not the whole Pasal or
 * ayat: "Ketentuan Pasal 1 angka 4 dan angka 5 diubah, sehingga berbunyi sebagai berikut: 4. … 5. …",
 * "Di antara angka 7 dan angka 8 Pasal 1 disisipkan 1 (satu) angka, yakni angka 7a …",
 * "Ketentuan huruf c ayat (2) Pasal 12 dihapus.". The list is found from the address: the Pasal,
 * the ayat if one is named, then the huruf and angka levels in whichever nesting the Pasal has
 * (definitions put huruf under angka, other lists angka under huruf). A restated item takes the
 * place and uid of the old one; a deleted item keeps its number and reads "Dihapus." (2.3). An
 * item that cannot be placed exactly is not applied; nothing else in the Pasal is touched.
 */
import type { NodeJson } from '../model/doc-json';
import { fail, type Entry } from './apply-entry';
import type { Instruction } from './instruction';
import { canonicalNum, findUnit } from './json-tree';
import { mergeByNumber } from './merge-by-number';

/** The two list levels an address can name. */
type ItemKind = 'huruf' | 'angka';

/** The list an item-level instruction points into, with the address printed before its items. */
interface ItemPlace {
  list: NodeJson;
  kind: ItemKind;
  /** "Pasal 12 ayat (2) huruf c" before "angka 1", or "Pasal 1" before "angka 4". */
  address: string;
}

const num = (raw: unknown) => canonicalNum('item', raw) ?? '';

/** Huruf are letters ("c", "b1"), angka digits ("4", "7a"). */
const kindOfNum = (n: string): ItemKind => (/^\d/.test(n) ? 'angka' : 'huruf');

/** The level of a list: its marker style, else the number of its first item. */
function listKind(list: NodeJson): ItemKind | null {
  const style = String(list.attrs?.style ?? '');
  if (style.startsWith('angka')) return 'angka';
  if (style.startsWith('huruf')) return 'huruf';
  const first = num(list.content?.[0]?.attrs?.baseNum);
  return first ? kindOfNum(first) : null;
}

/** The lists under `root`, shallowest first (never inside a change item). */
function listsUnder(root: NodeJson): Array<{ list: NodeJson; depth: number }> {
  const out: Array<{ list: NodeJson; depth: number }> = [];
  let level: NodeJson[] = [root];
  for (let depth = 0; level.length > 0; depth++) {
    const next: NodeJson[] = [];
    for (const n of level)
      for (const c of n.content ?? []) {
        if (c.type === 'changeItem') continue;
        if (c.type === 'list') out.push({ list: c, depth });
        next.push(c);
      }
    level = next;
  }
  return out;
}

/**
 * The shallowest list of `kind` under `root` that holds every item of `nums`; with no numbers,
 * the shallowest list of that kind, if no other list of the kind lies at the same depth.
 */
function listHolding(root: NodeJson, kind: ItemKind, nums: string[]): NodeJson | null {
  const lists = listsUnder(root).filter((l) => listKind(l.list) === kind);
  if (nums.length === 0) {
    const first = lists[0];
    if (!first || lists[1]?.depth === first.depth) return null;
    return first.list;
  }
  const want = nums.map(num);
  const found = lists.find((l) =>
    want.every((w) => (l.list.content ?? []).some((i) => num(i.attrs?.baseNum) === w)),
  );
  return found?.list ?? null;
}

/** The item numbered `n` in `list`, with its index. */
function itemIn(list: NodeJson, n: string): { node: NodeJson; index: number } | null {
  const index = (list.content ?? []).findIndex((i) => num(i.attrs?.baseNum) === num(n));
  return index < 0 ? null : { node: (list.content as NodeJson[])[index] as NodeJson, index };
}

const mentioned = (ins: Instruction, kind: ItemKind) => ins.place[kind];

/**
 * Where an item-level instruction points: the list of `inner` items (holding `innerNums`), inside
 * the one named item of the other level if the sentence names one. Null with a reason otherwise.
 */
function itemPlace(
  body: NodeJson,
  ins: Instruction,
  inner: ItemKind,
  innerNums: string[],
): ItemPlace | string {
  const pasal = ins.place.pasal[ins.place.pasal.length - 1];
  if (!pasal) return 'Butir tidak menyebut Pasal tempat huruf atau angka itu berada.';
  if (ins.place.ayat.length > 1)
    return 'Butir menyebut lebih dari satu ayat untuk huruf atau angka yang diubah.';
  const pasalLoc = findUnit(body, 'pasal', pasal);
  if (!pasalLoc) return `Pasal ${pasal} tidak ada dalam naskah dasar.`;
  let container = pasalLoc.node;
  let address = `Pasal ${pasal}`;
  const ayat = ins.place.ayat[0];
  if (ayat) {
    const ayatLoc = findUnit(container, 'ayat', ayat);
    if (!ayatLoc) return `Ayat (${ayat}) Pasal ${pasal} tidak ada dalam naskah dasar.`;
    container = ayatLoc.node;
    address += ` ayat (${ayat})`;
  }
  const outerKind: ItemKind = inner === 'huruf' ? 'angka' : 'huruf';
  const outer = mentioned(ins, outerKind);
  if (outer.length > 1)
    return `Butir menyebut lebih dari satu ${outerKind} sebagai tempat ${inner} yang diubah.`;
  if (outer.length === 1) {
    const holder = listHolding(container, outerKind, outer);
    const at = holder ? itemIn(holder, outer[0] as string) : null;
    if (!at) return `${address} tidak memuat ${outerKind} ${outer[0]}.`;
    container = at.node;
    address += ` ${outerKind} ${outer[0]}`;
  }
  const list = listHolding(container, inner, innerNums);
  if (!list)
    return innerNums.length > 0
      ? `${address} tidak memuat ${innerNums.map((n) => `${inner} ${n}`).join(', ')}.`
      : `Daftar ${inner} dalam ${address} tidak dapat ditentukan.`;
  return { list, kind: inner, address };
}

/** The numbers of the huruf or angka from `from` to `to` in the list the instruction points into, or null. */
export function itemsBetween(body: NodeJson, ins: Instruction, kind: ItemKind, from: string, to: string): string[] | null {
  const place = itemPlace(body, ins, kind, [from, to]);
  if (typeof place === 'string') return null;
  const nums = (place.list.content ?? []).map((i) => num(i.attrs?.baseNum));
  const a = nums.indexOf(num(from));
  const b = nums.indexOf(num(to));
  return a >= 0 && b >= a ? nums.slice(a, b + 1) : null;
}

/** The list items an item restates, or null when it restates anything else (a Pasal, an ayat, a paragraph). */
function restatedItems(restated: NodeJson[]): NodeJson[] | null {
  if (restated.length === 0 || restated.some((r) => r.type !== 'list')) return null;
  return restated.flatMap((r) => r.content ?? []);
}

/** True when the instruction names a huruf or angka (its subject is inside a Pasal's lists). */
export function namesItems(ins: Instruction): boolean {
  return ins.place.huruf.length > 0 || ins.place.angka.length > 0;
}

/** The level whose items are the subject: the only one named, or, with both, the one nested in the other. */
function innerKinds(ins: Instruction): ItemKind[] {
  const { huruf, angka } = ins.place;
  if (huruf.length > 0 && angka.length > 0) {
    if (huruf.length > 1 && angka.length === 1) return ['huruf'];
    if (angka.length > 1 && huruf.length === 1) return ['angka'];
    return ['angka', 'huruf'];
  }
  return huruf.length > 0 ? ['huruf'] : ['angka'];
}

/** The first place that resolves among the possible nestings, or the first reason it did not. */
function firstPlace(body: NodeJson, ins: Instruction, kinds: ItemKind[]): ItemPlace | string {
  let why = '';
  for (const k of kinds) {
    const p = itemPlace(body, ins, k, mentioned(ins, k));
    if (typeof p !== 'string') return p;
    why ||= p;
  }
  return why;
}

/**
 * An item restating huruf or angka one by one, whatever its verb ("diubah", "disisipkan",
 * "ditambah", "dihapus" with "c. Dihapus.", or several at once: "huruf h diubah dan ditambah 1
 * (satu) huruf, yakni huruf i"): each restated item replaces the one with its number or goes
 * where its number belongs (`mergeByNumber`). Null when the item restates more than list items
 * (the caller then reads it as a restated Pasal or ayat).
 */
export function applyItems(body: NodeJson, ins: Instruction, restated: NodeJson[]): Entry | null {
  const items = restatedItems(restated);
  if (!items) return null;
  const nums = items.map((i) => num(i.attrs?.baseNum));
  const pasalUnits = ins.place.pasal.map((p) => `Pasal ${p}`);
  if (nums.some((n) => n === ''))
    return fail(ins, 'Rincian yang dirumuskan ulang dalam butir tidak bernomor; butir tidak diterapkan.', pasalUnits);
  const kind = kindOfNum(nums[0] as string);
  if (nums.some((n) => kindOfNum(n) !== kind))
    return fail(ins, 'Butir merumuskan ulang huruf dan angka sekaligus; letak masing-masing tidak dapat ditentukan.', pasalUnits);
  const place = itemPlace(body, ins, kind, mentioned(ins, kind));
  if (typeof place === 'string') return fail(ins, place, pasalUnits);
  const units = nums.map((n) => `${place.address} ${kind} ${n}`);
  const placed = new Set(mentioned(ins, kind).map(num));
  const added = new Set(ins.added[kind].map(num));
  // A number said to be new that the list already has (unless the sentence also changes it).
  const taken = ins.action === 'diubah' ? undefined : nums.find((n) => added.has(n) && !placed.has(n) && itemIn(place.list, n));
  if (taken) return fail(ins, `${place.address} sudah memuat ${kind} ${taken}; butir tidak diterapkan.`, units);
  const unnamed = nums.filter((n) => !placed.has(n) && !added.has(n));
  mergeByNumber(place.list, items, 'item');
  return {
    status: unnamed.length > 0 ? 'ambiguous' : 'applied',
    action: ins.action ?? 'diubah',
    units,
    message:
      unnamed.length > 0
        ? `Butir memuat ${unnamed.map((n) => `${kind} ${n}`).join(', ')} yang tidak disebut dalam kalimat perubahan; diterapkan menurut nomornya.`
        : '',
  };
}

/** "dihapus" of huruf or angka with no restated text: each keeps its number and reads "Dihapus.". */
export function applyItemDelete(body: NodeJson, ins: Instruction): Entry {
  const place = firstPlace(body, ins, innerKinds(ins));
  if (typeof place === 'string') return fail(ins, place, ins.place.pasal.map((p) => `Pasal ${p}`));
  const named = mentioned(ins, place.kind);
  for (const n of named) {
    const at = itemIn(place.list, n) as { node: NodeJson; index: number };
    at.node.attrs = { ...at.node.attrs, deleted: true };
  }
  return { status: 'applied', action: 'dihapus', units: named.map((n) => `${place.address} ${place.kind} ${n}`), message: '' };
}

/** The one huruf or angka an instruction names (inside its Pasal and ayat) with its address, or why it cannot be found. */
export function namedItem(body: NodeJson, ins: Instruction): { node: NodeJson; address: string } | string {
  const place = firstPlace(body, ins, innerKinds(ins));
  if (typeof place === 'string') return place;
  const named = mentioned(ins, place.kind);
  if (named.length !== 1) return `Butir menyebut lebih dari satu ${place.kind}; letak kata atau frasa itu tidak dapat ditentukan.`;
  const at = itemIn(place.list, named[0] as string);
  return at ? { node: at.node, address: `${place.address} ${place.kind} ${named[0]}` } : `${place.address} tidak memuat ${place.kind} ${named[0]}.`;
}
