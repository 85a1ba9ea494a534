/**
 * A draft read from a file (the consolidated text, or a draft typed elsewhere) shares no uid with
 * its base, so the comparison would pair its Pasal by their words. In an amendment the numbers
 * say the pairing outright: a Pasal is never renumbered (drafting-rules.md 2.3), an inserted one
 * carries a letter ("Pasal 12A"), a deleted one stays as "Dihapus.". Pasal 5 to 12 of UU 31/1999
 * rewritten whole by UU 20/2001 share few words with what they replace; paired by words, the
 * instrument made of them read "Pasal 5" as an insertion after "Pasal 4A" and applied back to 4 of
 * 25 items. So where the draft keeps the base's numbers, each of its units takes the uid of the
 * base unit at the same address ("Pasal 5 ayat (1) huruf a", "BAB II", "Menimbang huruf b"), and
 * its references and Penjelasan entries follow.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { numberDocument, type Numbering } from '../model/numbering';
import { perdaSchema } from '../model/schema';

/** A Pasal number an amendment gives an inserted Pasal: the previous number and a letter ("12A"). */
const INSERTED_NUMBER = /^\d+[A-Z]+$/;

/** Share of the base's Pasal numbers the draft must still hold for its numbers to be the base's. */
const KEPT_SHARE = 0.5;

/** The Pasal numbers of a numbering, and the uids of its Pasal. */
function pasalOf(n: Numbering): { nums: Set<string>; uids: Set<string> } {
  const nums = new Set<string>();
  const uids = new Set<string>();
  for (const u of n.values()) {
    if (u.type !== 'pasal') continue;
    nums.add(u.num);
    uids.add(u.uid);
  }
  return { nums, uids };
}

/**
 * True when `draft` keeps the numbers of `base` as an amendment does and shares no Pasal uid with
 * it: every Pasal number the base lacks carries an insertion letter, and at least half the base's
 * Pasal numbers are still there.
 */
export function keepsBaseNumbers(nb: Numbering, nd: Numbering): boolean {
  const b = pasalOf(nb);
  const d = pasalOf(nd);
  if (b.nums.size === 0 || [...d.uids].some((u) => b.uids.has(u))) return false;
  let kept = 0;
  for (const num of d.nums) {
    if (b.nums.has(num)) kept++;
    else if (!INSERTED_NUMBER.test(num)) return false;
  }
  return kept >= KEPT_SHARE * b.nums.size;
}

/** Draft uid -> base uid for every draft unit at an address the base has, of the same kind. */
function uidsByAddress(nb: Numbering, nd: Numbering): Map<string, string> {
  const baseAt = new Map<string, string>();
  for (const u of nb.values()) baseAt.set(`${u.type}|${u.address}`, u.uid);
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const u of nd.values()) {
    const to = baseAt.get(`${u.type}|${u.address}`);
    if (to === undefined || taken.has(to)) continue;
    taken.add(to);
    out.set(u.uid, to);
  }
  return out;
}

/** `json` with every uid, reference target and Penjelasan target renamed by `map` (in place). */
function rename(json: NodeJson, map: ReadonlyMap<string, string>): void {
  const attrs = json.attrs;
  if (attrs) {
    for (const key of ['uid', 'target'] as const) {
      const v = attrs[key];
      if (typeof v === 'string' && map.has(v)) attrs[key] = map.get(v);
    }
  }
  for (const c of json.content ?? []) rename(c, map);
}

/**
 * `draft` with the uids of the base units at its units' addresses, where it keeps the base's
 * numbers and shares none of its uids (see the header); else `draft` itself. Both in perubahan
 * numbering.
 */
export function pairedByNumber(base: Node, draft: Node): Node {
  const nb = numberDocument(base);
  const nd = numberDocument(draft);
  if (!keepsBaseNumbers(nb, nd)) return draft;
  const map = uidsByAddress(nb, nd);
  const json = draft.toJSON() as NodeJson;
  rename(json, map);
  return perdaSchema.nodeFromJSON(json);
}
