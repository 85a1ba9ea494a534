/**
 * Restated ayat or list items put into their Pasal or list by number: one with the number of an
 * existing unit takes its place (and its uid: it is the same unit, reworded), one with a new
 * number goes where its number belongs ("(1a)" after (1), "7a." after 7., "b1." after b.).
 * Units the item does not restate stay as they are: an item that changes ayat (1) and inserts
 * ayat (1a) restates just those two, and ayat (2) must survive it.
 */
import type { NodeJson } from '../model/doc-json';
import { replaceAt } from './apply-entry';
import { canonicalNum } from './json-tree';

/** Stem and suffix of a number: "7a" -> [7, "a"], "b1" -> ["b", 1], "12" -> [12, ""]. */
function partsOf(n: string): [number | string, number | string] {
  const digits = /^(\d+)([a-z]*)$/i.exec(n);
  if (digits) return [Number(digits[1]), (digits[2] as string).toLowerCase()];
  const letters = /^([a-z]+)(\d*)$/i.exec(n);
  if (letters) return [(letters[1] as string).toLowerCase(), letters[2] ? Number(letters[2]) : -1];
  return [n, ''];
}

/** Order of two stems or suffixes of one kind (letters: "z" before "aa"). */
function compareParts(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}

/** Negative when number `a` comes before `b` in one sequence ("1" < "1a" < "2"; "b" < "b1" < "c"). */
export function numberOrder(a: string, b: string): number {
  const [sa, xa] = partsOf(a);
  const [sb, xb] = partsOf(b);
  return compareParts(sa, sb) || compareParts(xa, xb);
}

/** What merging did: the numbers replaced and the numbers inserted. */
export interface Merged {
  replaced: string[];
  inserted: string[];
}

/**
 * Merge `restated` (units of `type`, "ayat" or "item") into `holder`, the Pasal or list that
 * holds the old units of that type (other nodes in it, such as a Pasal's opening paragraph,
 * stay in front).
 */
export function mergeByNumber(holder: NodeJson, restated: readonly NodeJson[], type: 'ayat' | 'item'): Merged {
  const content = (holder.content ??= []);
  const num = (n: NodeJson) => canonicalNum(type, n.attrs?.baseNum) ?? '';
  const out: Merged = { replaced: [], inserted: [] };
  for (const r of restated) {
    const n = num(r);
    const index = content.findIndex((c) => c.type === r.type && num(c) === n);
    if (index >= 0) {
      replaceAt({ node: content[index] as NodeJson, parent: holder, index }, r, type, n);
      out.replaced.push(n);
      continue;
    }
    let at = content.findIndex((c) => c.type === r.type);
    if (at < 0) at = content.length;
    for (let i = 0; i < content.length; i++) {
      const c = content[i] as NodeJson;
      if (c.type === r.type && numberOrder(num(c), n) < 0) at = i + 1;
    }
    content.splice(at, 0, r);
    out.inserted.push(n);
  }
  return out;
}
