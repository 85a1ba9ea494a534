/**
 * A real amending instrument applied to the whole text it amends, where a reader wants the Perda
 * as the instrument would leave it rather than the instrument's Pasal I and II: `rancang compare`
 * given an instrument as the new text, and an instrument imported as a project's draft. Only when
 * the whole text is the one the instrument amends: the instrument's title names it ("Perubahan
 * atas Peraturan Daerah ... Nomor 3 Tahun 2016 tentang ...") by its number and year or by its
 * subject. Otherwise nothing is applied (null) and the caller says so.
 */
import type { Node } from 'prosemirror-model';
import { readDigits } from '../model/misread-digits';
import { plainUpper } from '../model/plain-upper';
import { applyInstrument } from './apply';
import { APPLIED } from './apply-entry';
import { changeItemsOf } from './instrument-items';
import type { ApplyReportEntry } from './types';

/** The instrument applied to the whole text, and how each of its items went. */
export interface AppliedInstrument {
  /** The whole text with the instrument applied (the consolidated text). */
  doc: Node;
  report: ApplyReportEntry[];
  /** Change items applied, every entry of each (as written, or under the reading the report states). */
  applied: number;
  /** Change items of the instrument (the report may have several entries for one). */
  total: number;
}

/** True when `doc` is an amending instrument with change items. */
export function isInstrument(doc: Node): boolean {
  return doc.attrs.kind === 'perubahan' && changeItemsOf(doc).length > 0;
}

/** Every "NOMOR x TAHUN y" in `text` (in capitals, misread digits read back), as "x/y". */
function citedNumbers(text: string): string[] {
  return [...text.matchAll(/NOMOR\s+(\S+)\s+TAHUN\s+([\dOlI]{4})/g)].map((m) => `${readDigits(m[1] as string)}/${readDigits(m[2] as string)}`);
}

/** The first paragraph of the instrument's Pasal I ("Beberapa ketentuan dalam Peraturan … Nomor 3 Tahun 2025 … diubah sebagai berikut:"), in capitals. */
function pasalIOpening(instrument: Node): string {
  let text = '';
  instrument.descendants((n) => {
    if (text || n.type.name !== 'pasal') return !text;
    text = plainUpper(n.firstChild?.type.name === 'para' ? n.firstChild.textContent : '');
    return false;
  });
  return text;
}

/**
 * True unless the instrument says it amends another Perda than `oldDoc`: neither the number and
 * year its title or its Pasal I's opening sentence cites, nor the subject its title names, match
 * `oldDoc`'s Judul (one suffices, since real instruments miscite one of them, and a scan's text
 * may read the title from the wrong lines). The Judul's number is its own, or the "NOMOR … TAHUN
 * …" its text holds where its first line was lost. Undecidable (nothing read on one side): true.
 */
export function amends(instrument: Node, oldDoc: Node): boolean {
  const title = instrument.firstChild?.type.name === 'judul' ? plainUpper(instrument.firstChild.textContent) : '';
  const judul = oldDoc.firstChild?.type.name === 'judul' ? oldDoc.firstChild : null;
  const subject = judul ? plainUpper(judul.textContent) : '';
  const nomor = String(judul?.attrs.nomor ?? '').trim().toUpperCase();
  const tahun = String(judul?.attrs.tahun ?? '').trim();
  const own = nomor && tahun ? [`${nomor}/${tahun}`] : citedNumbers(subject).slice(0, 1);
  const cited = [...citedNumbers(title).slice(0, 1), ...citedNumbers(pasalIOpening(instrument)).slice(0, 1)];
  if (own.length === 0 && subject === '') return true;
  if (cited.some((c) => own.includes(c))) return true;
  if (subject !== '' && title.includes(`TENTANG ${subject}`)) return true;
  return cited.length === 0 && title === '';
}

/**
 * `newDoc` applied to `oldDoc` when it is an instrument of `oldDoc`, a whole text; else null. The
 * result stands even when no item applied (`applied` 0): the text is then `oldDoc` unchanged and
 * the report says why, which reads better than the instrument's Pasal I compared with the Perda.
 */
export function applyNewInstrument(oldDoc: Node, newDoc: Node): AppliedInstrument | null {
  if (oldDoc.attrs.kind === 'perubahan' || !isInstrument(newDoc) || !amends(newDoc, oldDoc)) return null;
  const result = applyInstrument(oldDoc, newDoc);
  // A report has an entry per unit an item changes, and one for its explanation: an item counts
  // once, as applied when all its entries are.
  const byItem = new Map<number, boolean>();
  for (const r of result.report) if (r.item > 0) byItem.set(r.item, (byItem.get(r.item) ?? true) && APPLIED.has(r.status));
  const applied = [...byItem.values()].filter(Boolean).length;
  return { doc: result.doc, report: result.report, applied, total: byItem.size };
}
