/**
 * `compareDocs`: the comparison of two Perda documents, Pasal by Pasal.
 *
 * Matching: by uid first (a draft against its base or its versions), then by content for units
 * without shared uids (an imported draft, a replacement Perda): exact text, then similar text
 * (words and word pairs, with the BAB context and the number as weak hints), robust to
 * renumbering and reordering (`align.ts`). Splits and merges are found among the leftovers.
 *
 * What counts as a change: the text compared ignores whitespace and layout, line-end
 * hyphenation, quote/dash variants, and structural markers ("(2)", "a."), which are derived.
 * A cross-reference whose number changed only because its target was renumbered (old "Pasal 5"
 * -> new "Pasal 6" where old Pasal 5 is new Pasal 6) is not a change (`references.ts`); such a
 * row has `refsOnly: true`. Nor is a reference that is live on one side and plain text on the
 * other while both print the same. A Pasal that now reads only "Dihapus." (kept under its
 * number) is `deleted`, paired with its placeholder. Status rules are in `status.ts`:
 * unchanged = same text, same number, same place; renumbered = same text, other number, same
 * relative order and BAB; moved = same text, but in another matched BAB, or out of the order of
 * the other matched Pasal (outside the heaviest order-preserving chain of those that stayed in
 * their BAB); titles move with most of their Pasal; changed = matched
 * and the text differs (its `renumbered` / `moved` flags tell the rest).
 */
import type { Node } from 'prosemirror-model';
import { bodyOrder } from './body-order';
import { buildRows, compareItems, comparePenjelasan, headingRows } from './compare-other';
import { matchHeadings } from './heading-matches';
import { alignPasal, pasalOrder, pasalRows } from './compare-pasal';
import { extractUnits, type SimpleUnit } from './extract';
import type { RefMaps } from './references';
import { emptySummary } from './status';
import type { Comparison, CompareOptions, OtherKind, OtherRow } from './types';

/**
 * The row of a unit each document has at most one of (the Judul, the "Menetapkan" line, the
 * perintah pengundangan): none unless both have it (an imported text may lack it).
 */
function pairRow(kind: OtherKind, a: SimpleUnit | null, b: SimpleUnit | null, maps: RefMaps, withSegments: boolean): OtherRow[] {
  return a && b ? buildRows(kind, [a], [b], [{ o: 0, n: 0, sim: 1, by: 'uid' }], maps, null, withSegments) : [];
}

/** Compare `oldDoc` with `newDoc`. */
export function compareDocs(oldDoc: Node, newDoc: Node, opts: CompareOptions = {}): Comparison {
  const old = extractUnits(oldDoc);
  const neu = extractUnits(newDoc);
  const newUids = new Set(neu.pasal.map((p) => p.uid));
  const shared = old.pasal.filter((p) => newUids.has(p.uid)).length;
  const useUids = opts.useUids ?? true;
  const withSegments = !opts.noSegments;
  const popts = { useUids, minSim: opts.minSimilarity ?? 0.5, minGapSim: opts.minGapSimilarity ?? 0.3, withSegments, amends: opts.amends };

  const al = alignPasal(old.pasal, neu.pasal, popts);
  const titles = matchHeadings(old.headings, neu.headings, al.maps, useUids);
  const order = pasalOrder(old.pasal, neu.pasal, al.matches, titles.babMap);
  const headings = headingRows(old.headings, neu.headings, titles, al.maps, withSegments, order.moved);
  const pasal = pasalRows(old.pasal, neu.pasal, al, order, popts);
  const summary = emptySummary();
  for (const r of pasal) summary[r.status]++;

  const penjelasan: OtherRow[] = [];
  if (old.penjelasanUmum || neu.penjelasanUmum) {
    const o = old.penjelasanUmum ? [old.penjelasanUmum] : [];
    const n = neu.penjelasanUmum ? [neu.penjelasanUmum] : [];
    penjelasan.push(...buildRows('penjelasanUmum', o, n, o.length && n.length ? [{ o: 0, n: 0, sim: 1, by: 'uid' }] : [], al.maps, '', withSegments));
  }
  penjelasan.push(...comparePenjelasan(old.penjelasan, neu.penjelasan, al.maps, useUids, withSegments));

  return {
    pasal,
    konsiderans: compareItems('konsiderans', old.konsiderans, neu.konsiderans, al.maps, useUids, withSegments),
    dasarHukum: compareItems('dasarHukum', old.dasarHukum, neu.dasarHukum, al.maps, useUids, withSegments),
    headings,
    penjelasan,
    judul: pairRow('judul', old.judul, neu.judul, al.maps, withSegments),
    diktum: pairRow('diktum', old.menetapkan, neu.menetapkan, al.maps, withSegments),
    penutup: pairRow('penutup', old.pengundangan, neu.pengundangan, al.maps, withSegments),
    lampiran: compareItems('lampiran', old.lampiran, neu.lampiran, al.maps, useUids, withSegments),
    summary,
    matchedBy: al.byNumber ? 'number' : !useUids || shared === 0 ? 'content' : shared === Math.min(old.pasal.length, neu.pasal.length) ? 'uid' : 'mixed',
    bodyOrder: { old: bodyOrder(oldDoc), new: bodyOrder(newDoc) },
  };
}
