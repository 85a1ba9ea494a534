/**
 * Where an item inserts a Bagian or Paragraf between two of its kind ("Di antara Bagian Kedua dan
 * Bagian Ketiga BAB III disisipkan 1 (satu) bagian, yakni Bagian Kedua A", a form real instruments
 * use beside F16's "Di antara Pasal 5 dan Pasal 6 …"), and where the Pasal of a Bagian inserted
 * with its heading alone go when later items insert them.
 */
import type { NodeJson } from '../model/doc-json';
import type { Instruction } from './instruction';
import { canonicalNum, findAll, unique, unitLabel, type Located } from './json-tree';

/** The items before the one being applied (nearest first) and after it (nearest first). */
export interface ItemNeighbours {
  before: readonly Instruction[];
  after: readonly Instruction[];
}

/** The grouping levels that may hold a Bagian or a Paragraf, outermost first. */
const OUTER: Record<'bagian' | 'paragraf', ReadonlyArray<'bab' | 'bagian'>> = { bagian: ['bab'], paragraf: ['bab', 'bagian'] };

/**
 * The group after which the groups an item inserts go, when it names the two they go between
 * ("Di antara Bagian Kedua dan Bagian Ketiga", or only the first: "Setelah Bagian Kedua"): the
 * first, inside the BAB (and Bagian) the item names. Where it names none and several BAB have
 * both, the one whose gap lies where the items around it say: items follow the order of the units
 * they amend (drafting-rules.md 3.4.2, ordering of items inside Pasal I), and a quoted Pasal "10A"
 * follows Pasal 10. Null when the item names no group of `type`; a message when none or several fit.
 */
export function groupGapAnchor(body: NodeJson, ins: Instruction, type: 'bagian' | 'paragraf', quoted: readonly NodeJson[], neighbours: ItemNeighbours): NodeJson | string | null {
  const names = unique(ins.place[type]);
  const [first, second] = names.map((n) => canonicalNum(type, n));
  if (first === undefined || first === null) return null;
  let scopes: NodeJson[] = [body];
  for (const outer of OUTER[type]) {
    const named = unique(ins.place[outer]);
    if (named.length > 1) return `Butir menyebut lebih dari satu ${unitLabel(outer, '').trim()} sebagai tempat unit yang disisipkan.`;
    const want = named.length === 1 ? canonicalNum(outer, named[0]) : null;
    if (want !== null) scopes = scopes.flatMap((s) => findAll(s, outer).filter((l) => canonicalNum(outer, l.node.attrs?.baseNum) === want).map((l) => l.node));
  }
  const candidates = scopes.flatMap((s) => findAll(s, type)).filter((l) => canonicalNum(type, l.node.attrs?.baseNum) === first && (second === undefined || (second !== null && followedBy(l, type, second))));
  const where = names.map((n) => unitLabel(type, n)).join(' dan ');
  if (candidates.length === 0) return `${where} ${second === undefined ? 'tidak ada' : 'yang berurutan tidak ada'} dalam naskah dasar.`;
  if (candidates.length === 1) return (candidates[0] as Located).node;
  const fitting = candidatesInOrder(body, candidates, quoted, neighbours);
  if (fitting.length === 1) return (fitting[0] as Located).node;
  return `Naskah dasar memuat ${where} di lebih dari satu ${type === 'paragraf' ? 'Bagian' : 'BAB'}; butir tidak menyebut tempatnya dan butir di sekitarnya tidak menentukannya.`;
}

/** The group at `l` is followed, in its parent, by the group of `type` numbered `num`. */
function followedBy(l: Located, type: string, num: string): boolean {
  const next = (l.parent.content ?? [])[l.index + 1];
  return next?.type === type && canonicalNum(type, next.attrs?.baseNum) === num;
}

/**
 * The candidates whose gap (after their last Pasal) lies after every Pasal the nearest earlier
 * item that names one names, before the last Pasal the nearest later one names, and after the
 * Pasal each quoted Pasal's number follows ("10A" after 10).
 */
function candidatesInOrder(body: NodeJson, candidates: readonly Located[], quoted: readonly NodeJson[], neighbours: ItemNeighbours): Located[] {
  const pasal = findAll(body, 'pasal').map((l) => l.node);
  const at = new Map<string, number>();
  pasal.forEach((p, i) => {
    const n = canonicalNum('pasal', p.attrs?.baseNum);
    if (n !== null && !at.has(n)) at.set(n, i);
  });
  const named = (ins: Instruction): number[] =>
    [...ins.place.pasal, ...ins.added.pasal].flatMap((n) => {
      const i = at.get(canonicalNum('pasal', n) ?? '') ?? at.get(stemOf(n) ?? '');
      return i === undefined ? [] : [i];
    });
  const earlier = neighbours.before.map(named).find((xs) => xs.length > 0);
  const later = neighbours.after.map(named).find((xs) => xs.length > 0);
  const follows = quoted.flatMap((q) => findAll({ type: 'doc', content: [q] }, 'pasal')).flatMap((l) => {
    const i = at.get(stemOf(String(l.node.attrs?.baseNum ?? '')) ?? '');
    return i === undefined ? [] : [i];
  });
  return candidates.filter((c) => {
    const inside = new Set(findAll(c.node, 'pasal').map((l) => l.node));
    const last = pasal.reduce((m, p, i) => (inside.has(p) ? i : m), -1);
    if (last < 0) return false;
    if (earlier && Math.max(...earlier) > last) return false;
    if (later && Math.max(...later) <= last) return false;
    return follows.every((i) => i === last);
  });
}

/** The Pasal an inserted Pasal's number follows ("10A" -> "10"), or null for a plain number. */
function stemOf(num: string): string | null {
  return /^\s*(\d+)\s*[A-Z]\s*$/i.exec(num)?.[1] ?? null;
}

/**
 * The group a Pasal inserted beside `anchor` belongs in, where that is not the anchor's own: a
 * Bagian (or Paragraf) that holds nothing but its heading (one an earlier item inserted alone)
 * and stands right after the group `anchor` ends (inserting after it) or right before the one it
 * opens (inserting before it). A group has Pasal; the Pasal that fills its place are its own.
 */
export function awaitingGroup(root: NodeJson, anchor: NodeJson, side: 'after' | 'before'): NodeJson | null {
  for (const holder of findAll(root, 'bagian').concat(findAll(root, 'paragraf'))) {
    const content = holder.node.content ?? [];
    const i = content.indexOf(anchor);
    if (i < 0) continue;
    const edge = side === 'after' ? content.slice(i + 1).every((c) => c.type !== 'pasal' && c.type !== 'paragraf') : content.slice(0, i).every((c) => c.type === 'heading');
    if (!edge) return null;
    const beside = (holder.parent.content ?? [])[holder.index + (side === 'after' ? 1 : -1)];
    return beside?.type === holder.node.type && (beside.content ?? []).every((c) => c.type === 'heading') ? beside : null;
  }
  return null;
}
