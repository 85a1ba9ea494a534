/**
 * Ranges in an instruction ("Pasal 24 sampai dengan Pasal 26 dihapus.", "ayat (2) sampai dengan
 * ayat (4)", "angka 22 sampai dengan angka 24"): every unit from the first to the last in the
 * base, inserted ones (Pasal 24A) included (drafting-rules.md 2.2), not only the two ends the
 * sentence names.
 */
import type { NodeJson } from '../model/doc-json';
import { itemsBetween } from './apply-items';
import type { Instruction } from './instruction';
import { canonicalNum, findAll, findUnit } from './json-tree';

/** The numbers of the units of `type` under `root` from `from` to `to` (document order), or null. */
function unitsBetween(root: NodeJson, type: 'pasal' | 'ayat', from: string, to: string): string[] | null {
  const nums = findAll(root, type).map((l) => canonicalNum(type, l.node.attrs?.baseNum) ?? '');
  const a = nums.indexOf(canonicalNum(type, from) ?? '');
  const b = nums.indexOf(canonicalNum(type, to) ?? '');
  return a >= 0 && b >= a ? nums.slice(a, b + 1) : null;
}

/** `list` with `from` .. `to` replaced by `all` (kept where `from` stood). */
function spliced(list: readonly string[], from: string, to: string, all: readonly string[]): string[] {
  const at = list.indexOf(from);
  const rest = list.filter((x) => x !== from && x !== to);
  rest.splice(at < 0 ? rest.length : Math.min(at, rest.length), 0, ...all);
  return [...new Set(rest)];
}

/** `ins` with every range of its place expanded to the units the base has between the ends. */
export function expandRanges(body: NodeJson, ins: Instruction): Instruction {
  if (ins.place.ranges.length === 0) return ins;
  const place = { ...ins.place };
  for (const r of ins.place.ranges) {
    let all: string[] | null = null;
    if (r.type === 'pasal') all = unitsBetween(body, 'pasal', r.from, r.to);
    else if (r.type === 'ayat') {
      const p = place.pasal[place.pasal.length - 1];
      const pasal = p ? findUnit(body, 'pasal', p) : null;
      all = pasal ? unitsBetween(pasal.node, 'ayat', r.from, r.to) : null;
    } else all = itemsBetween(body, { ...ins, place }, r.type, r.from, r.to);
    if (all) place[r.type] = spliced(place[r.type], r.from, r.to, all);
  }
  return { ...ins, place };
}
