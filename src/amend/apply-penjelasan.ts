/**
 * The Penjelasan when applying an instrument (drafting-rules.md 3.6 and 3.4.2 F18). The
 * instrument's own Penjelasan explains, under "Pasal I", each item ("Angka N") and each Pasal it
 * restates ("Pasal 5", then "Cukup jelas." or the explanation); a Penjelasan item of Pasal I
 * ("Penjelasan Pasal 5 diubah sehingga berbunyi sebagaimana tercantum dalam penjelasan Peraturan
 * Daerah ini") points there. Both are read whether the entries come as one "Pasal I" entry (as
 * generated) or split at every "Pasal 5" heading (as an import splits them), and each explanation
 * is reported: applied to the consolidated Penjelasan entry of that Pasal (replaced, or inserted
 * after the previous Pasal's entry), or not applied with the reason. Nothing is dropped silently.
 */
import type { Node } from 'prosemirror-model';
import type { NodeJson } from '../model/doc-json';
import { numberDocument } from '../model/numbering';
import { newUid } from '../model/uid';
import { bodyOf, canonicalNum, clone, findAll, findUnit } from './json-tree';
import type { ApplyReportEntry } from './types';

/** One explanation of a restated Pasal in the instrument's Penjelasan. */
export interface Explanation {
  /** "Angka N" it stands under, or null (single-change form, or no "Angka" level). */
  angka: number | null;
  /** Canonical Pasal number ("7A"). */
  pasal: string;
  content: NodeJson[];
  used: boolean;
}

/** The instrument's Penjelasan, read. */
export interface InstrumentPenjelasan {
  /** The instrument has a Penjelasan with entries. */
  present: boolean;
  explanations: Explanation[];
  /** Text under Pasal I that explains no named Pasal ("Cukup jelas." for Pasal I as a whole, or under an "Angka"). */
  loose: Array<{ angka: number | null; text: string }>;
  /** Text under Pasal II. */
  pasalII: string[];
}

const ROMAN_PASAL = /^Pasal\s+([IVXLC]+)$/;
const ARABIC_PASAL = /^Pasal\s+(\d+\s?[A-Z]?)$/i;
const ANGKA = /^Angka\s+(\d+)$/i;
const CUKUP_JELAS = /^cukup\s+jelas\.?$/i;

/** Plain text of a JSON node. */
export const textOf = (n: NodeJson): string => (n.text ?? '') + (n.content ?? []).map(textOf).join('');

/** The Penjelasan pasal demi pasal of a document JSON (its entries are its content), if it has one. */
export function pasalDemiPasalOf(doc: NodeJson): NodeJson | undefined {
  const penjelasan = (doc.content ?? []).find((c) => c.type === 'penjelasan');
  return penjelasan?.content?.find((c) => c.type === 'penjelasanPasalDemiPasal');
}

/** The canonical Pasal number a Penjelasan entry's label names ("Pasal 7a" -> "7A"), or null. */
export function entryLabelNum(e: NodeJson): string | null {
  return canonicalNum('pasal', /^pasal\s+(\S+)$/i.exec(String(e.attrs?.label ?? '').trim())?.[1] ?? '');
}

/** A paragraph JSON with references written as their text (their targets are in the instrument). */
function unlinked(n: NodeJson): NodeJson {
  if (n.type === 'ref') return { type: 'text', text: String(n.attrs?.text ?? '') };
  if (!n.content) return clone(n);
  const content = n.content.map(unlinked).filter((c) => c.type !== 'text' || c.text);
  return { ...n, ...(n.attrs ? { attrs: { ...n.attrs } } : {}), content };
}

/** Read the instrument's Penjelasan. */
export function readInstrumentPenjelasan(instrument: Node): InstrumentPenjelasan {
  const out: InstrumentPenjelasan = { present: false, explanations: [], loose: [], pasalII: [] };
  const numbering = numberDocument(instrument);
  let top: string | null = null;
  let angka: number | null = null;
  let cur: Explanation | null = null;
  const heading = (label: string): boolean => {
    const roman = ROMAN_PASAL.exec(label);
    if (roman) {
      top = roman[1] ?? null;
      angka = null;
      cur = null;
      return true;
    }
    const arabic = ARABIC_PASAL.exec(label);
    if (arabic) {
      if (top === null || top === 'II') top = 'I';
      cur = { angka, pasal: canonicalNum('pasal', arabic[1]) ?? '', content: [], used: false };
      out.explanations.push(cur);
      return true;
    }
    const a = ANGKA.exec(label);
    if (a && top !== 'II') {
      angka = Number(a[1]);
      cur = null;
      return true;
    }
    return false;
  };
  instrument.descendants((n) => {
    if (n.type.name !== 'penjelasanPasal') return true;
    out.present = true;
    const target = n.attrs.target ? numbering.get(String(n.attrs.target)) : undefined;
    heading((String(n.attrs.label ?? '').trim() || target?.marker || '').replace(/\s+/g, ' '));
    n.forEach((p) => {
      const json = p.toJSON() as NodeJson;
      const t = textOf(json).replace(/\s+/g, ' ').trim();
      if (!t || heading(t)) return;
      const c = cur as Explanation | null;
      if (c) c.content.push(unlinked(json));
      else if (top === 'II') out.pasalII.push(t);
      else out.loose.push({ angka, text: t });
    });
    return false;
  });
  return out;
}

/** The explanation of Pasal `pasal` for item `n` (under its "Angka", else the only one for that Pasal); marks it used. */
export function takeExplanation(
  p: InstrumentPenjelasan,
  n: number,
  pasal: string,
): Explanation | null {
  const want = canonicalNum('pasal', pasal);
  const own = p.explanations.filter((e) => !e.used && e.pasal === want);
  const e = own.find((x) => x.angka === n) ?? own.find((x) => x.angka === null) ?? null;
  if (e) e.used = true;
  return e;
}

/** The words of paragraphs, case and punctuation aside ("Cukup jelas." and "cukup jelas" read alike). */
function wordingOf(paras: readonly NodeJson[]): string {
  return paras.map(textOf).join(' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** True when two explanations say the same words, case and punctuation aside. */
function sameWording(a: readonly NodeJson[], b: readonly NodeJson[]): boolean {
  return wordingOf(a) === wordingOf(b);
}

/** The entry of the Penjelasan pasal demi pasal `list` that explains the Pasal `uid` (numbered `pasal`): by its link, else by its label. */
function entryOf(list: NodeJson, uid: string, pasal: string): NodeJson | undefined {
  const want = canonicalNum('pasal', pasal);
  return (list.content ?? []).find((e) => e.attrs?.target === uid) ?? (list.content ?? []).find((e) => entryLabelNum(e) === want);
}

/** The Penjelasan entry of Pasal `pasal` of a document JSON, or why there is none. */
export function explanationOf(doc: NodeJson, pasal: string): NodeJson | string {
  const list = pasalDemiPasalOf(doc);
  if (!list) return 'Naskah dasar tidak memuat Penjelasan pasal demi pasal.';
  const loc = findUnit(bodyOf(doc), 'pasal', pasal);
  return entryOf(list, String(loc?.node.attrs?.uid ?? ''), pasal) ?? `Penjelasan Pasal ${pasal} tidak ada dalam naskah dasar.`;
}

/** Put `content` as the consolidated Penjelasan of Pasal `pasal`; an error message, or null when done. */
export function setExplanation(doc: NodeJson, pasal: string, content: NodeJson[]): string | null {
  const list = pasalDemiPasalOf(doc);
  if (!list) return 'Naskah dasar tidak memuat Penjelasan pasal demi pasal.';
  list.content ??= [];
  const body = bodyOf(doc);
  const loc = findUnit(body, 'pasal', pasal);
  if (!loc) return `Pasal ${pasal} tidak ada dalam naskah gabungan.`;
  const uid = String(loc.node.attrs?.uid ?? '');
  const body2 = content.length
    ? content.map((c) => clone(c))
    : [{ type: 'para', content: [{ type: 'text', text: 'Cukup jelas.' }] }];
  const entry = entryOf(list, uid, pasal);
  if (entry) {
    // The same explanation written another way ("Cukup jelas." for the base's "cukup jelas")
    // leaves the base's wording: the Penjelasan did not change.
    if (sameWording(entry.content ?? [], body2)) entry.attrs = { ...entry.attrs, target: uid };
    else {
      entry.content = body2;
      entry.attrs = { ...entry.attrs, target: uid };
    }
    return null;
  }
  const order = findAll(body, 'pasal').map((l) => ({ uid: String(l.node.attrs?.uid ?? ''), num: canonicalNum('pasal', l.node.attrs?.baseNum) }));
  const at = order.findIndex((o) => o.uid === uid);
  let index = 0;
  for (let k = at - 1; k >= 0; k--) {
    const prev = order[k] as { uid: string; num: string | null };
    const i = list.content.findIndex((e) => e.attrs?.target === prev.uid || (!e.attrs?.target && prev.num !== null && entryLabelNum(e) === prev.num));
    if (i >= 0) {
      index = i + 1;
      break;
    }
  }
  list.content.splice(index, 0, {
    type: 'penjelasanPasal',
    attrs: { uid: newUid(), target: uid, label: `Pasal ${pasal}` },
    content: body2,
  });
  return null;
}

type Line = Omit<ApplyReportEntry, 'item'> & { item: number };

/** What applying one item did, as the Penjelasan needs it. */
export interface ItemDone {
  applied: boolean;
  /** Pasal the item names or restates. */
  pasal: Set<string>;
  /** Pasal the item restates. */
  restated: Set<string>;
}

/** Where an explanation stands in the instrument ("Pasal I angka 2"). */
const whereOf = (angka: number | null) => `Pasal I${angka !== null ? ` angka ${angka}` : ''}`;

/**
 * Apply the explanations left after the Penjelasan items: each to the Pasal its item restated.
 * "Cukup jelas." under an item that restates no Pasal (a deletion) has nothing to apply.
 */
export function applyExplanations(
  doc: NodeJson,
  p: InstrumentPenjelasan,
  items: ReadonlyMap<number, ItemDone>,
): Line[] {
  const out: Line[] = [];
  const single = items.size === 1 ? [...items.keys()][0] : undefined;
  for (const e of p.explanations) {
    if (e.used) continue;
    e.used = true;
    const units = [`Penjelasan Pasal ${e.pasal}`];
    const n = e.angka ?? [...items.entries()].find(([, v]) => v.pasal.has(e.pasal))?.[0] ?? single;
    const item = n !== undefined ? items.get(n) : undefined;
    const line = (status: Line['status'], message: string): Line => ({
      item: item && n !== undefined ? n : 0,
      status,
      action: 'penjelasan',
      units,
      message,
    });
    if (!item) {
      out.push(
        line(
          'not-applied',
          `Penjelasan Pasal ${e.pasal} dalam Penjelasan Peraturan Daerah perubahan (${whereOf(e.angka)}) tidak bersesuaian dengan butir Pasal I; tidak diterapkan.`,
        ),
      );
    } else if (!item.applied) {
      out.push(
        line(
          'not-applied',
          `Penjelasan Pasal ${e.pasal} tidak diterapkan karena butirnya tidak diterapkan.`,
        ),
      );
    } else if (!item.pasal.has(e.pasal)) {
      out.push(
        line(
          'not-applied',
          `Penjelasan Pasal ${e.pasal} berada di bawah ${whereOf(e.angka)}, tetapi butir itu tidak memuat Pasal ${e.pasal}; tidak diterapkan.`,
        ),
      );
    } else {
      const err = setExplanation(doc, e.pasal, e.content);
      out.push(
        err
          ? line(
              'not-applied',
              `Penjelasan Pasal ${e.pasal} dari Penjelasan Peraturan Daerah perubahan tidak diterapkan: ${err}`,
            )
          : line(
              'applied',
              `Penjelasan Pasal ${e.pasal} diganti dengan penjelasannya dalam Penjelasan Peraturan Daerah perubahan (${whereOf(e.angka)}).`,
            ),
      );
    }
  }
  for (const l of p.loose) {
    const item = l.angka !== null ? items.get(l.angka) : undefined;
    if (CUKUP_JELAS.test(l.text) && item && item.restated.size === 0) continue;
    const whole = l.angka === null;
    out.push({
      item: item && l.angka !== null ? l.angka : 0,
      status: 'not-applied',
      action: 'penjelasan',
      units: [`Penjelasan ${whereOf(l.angka)}`],
      message: whole
        ? `Penjelasan Peraturan Daerah perubahan menjelaskan Pasal I secara keseluruhan ("${l.text.slice(0, 80)}") tanpa menyebut pasal; Penjelasan pasal naskah dasar tidak diubah.`
        : `Penjelasan ${whereOf(l.angka)} ("${l.text.slice(0, 80)}") tidak menyebut pasal yang dijelaskan; Penjelasan naskah gabungan tidak diubah.`,
    });
  }
  const ii = p.pasalII.filter((t) => !CUKUP_JELAS.test(t));
  if (ii.length) {
    out.push({
      item: 0,
      status: 'not-applied',
      action: 'penjelasan',
      units: ['Penjelasan Pasal II'],
      message: `Penjelasan Pasal II ("${ii[0]?.slice(0, 80)}") menyangkut Peraturan Daerah perubahan sendiri; tidak dimasukkan ke naskah gabungan.`,
    });
  }
  return out;
}
