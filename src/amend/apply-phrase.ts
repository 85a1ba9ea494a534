/**
 * Word-level change items (drafting-rules.md 3.4.2 F20: not a Lampiran II formula, but written in
 * practice): "Ketentuan Pasal 9 ayat (1) frasa "pukul 20.00 wita" diganti dengan frasa "pukul
 * 22.00 wita".", "Kata "Walikota" dalam Pasal 3 dan Pasal 5 diubah menjadi "Wali Kota".", "Frasa
 * "dan/atau" dalam Pasal 7 huruf c dihapus.", "Di antara kata "lama" dan kata "sampai" dalam Pasal 9
 * ayat (1) disisipkan kata "hanya".". Applied only where that can be done exactly: every
 * occurrence of the quoted words (whole words, spacing aside) in the text of the units the
 * sentence names — Pasal, one ayat, one huruf or angka — read as it prints (`phrase-runs.ts`).
 * A sentence that names no Pasal applies to the whole batang tubuh only when it says so ("dalam
 * seluruh Pasal", "dalam Peraturan Daerah Nomor 4 Tahun 2014"), and is then flagged for a look.
 * A sentence that names the Penjelasan of one Pasal changes that explanation, never the Pasal;
 * one that names the Penjelasan Umum changes that, and one that names a Lampiran (and no Pasal)
 * changes that Lampiran's text.
 * Words not found where the sentence says change nothing, and the item is reported as not
 * understood.
 */
import type { NodeJson } from '../model/doc-json';
import { fail, type Entry } from './apply-entry';
import { namedItem } from './apply-items';
import { readInstruction, type Instruction } from './instruction';
import { explanationOf } from './apply-penjelasan';
import { lampiranName, lampiranNamed, numberOfTitle } from './apply-lampiran';
import { bodyOf, canonicalNum, findAll, findUnit } from './json-tree';
import { blankQuotes, type PhraseChange } from '../parse/phrase-change';
import { phraseOccurrences, replacePhrase } from './phrase-runs';
import { parseBagianOrdinal } from '../model/ordinals';

/** A place outside the batang tubuh: the Penjelasan or a Lampiran (the words change there). */
const OUTSIDE_BODY = /\b(?:Penjelasan|Lampiran)\b/i;

/**
 * A sentence that applies to every Pasal: "dalam seluruh Pasal", "di semua ketentuan", or the
 * amended Perda named as the place ("dalam Peraturan Daerah Nomor 4 Tahun 2014").
 */
const WHOLE_BODY = /\b(?:seluruh|semua)\b|\bdalam\s+Peraturan\s+Daerah\b(?!\s+ini\b)/i;

/** `phrase` as a regex body: its words escaped, any run of spaces where it has one, spaces around a slash ("Bupati/ Walikota"). */
function wordsPattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '\\s*\\/\\s*'))
    .join('\\s+');
}

/** A stop the text may set between placed words and the words around them. */
const STOP = '[.,;:]?';

/**
 * A regex of the words a change replaces, as whole words, with the spaces before and after them
 * as groups 1 and 2 (`replacePhrase`). Words placed between two others (`between`) are found
 * only there, a stop (",", ".") allowed on either side; new words that end with a stop take the
 * one the text sets after the old words ("… Yayasan. Di samping itu" -> "… Yayasan tersebut. Di
 * samping itu", not "tersebut.. Di").
 */
function phrasePattern(change: PhraseChange): RegExp {
  const body = wordsPattern(change.from);
  if (!change.between) return new RegExp(`(\\s*)(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])(\\s*)`, 'gu');
  const endStop = /[.,;:]$/.exec(change.to)?.[0];
  const taken = endStop && !/[.,;:]$/.test(change.from) ? `(?:\\s*\\${endStop})?` : '';
  const before = `(?<=(?<![\\p{L}\\p{N}])${wordsPattern(change.between.before)}\\s*${STOP})`;
  const after = `(?=${STOP}\\s*${wordsPattern(change.between.after)}(?![\\p{L}\\p{N}]))`;
  return new RegExp(`${before}(\\s*)${body}${taken}(?![\\p{L}\\p{N}])(\\s*)${after}`, 'gu');
}

/** The units the sentence (`unquoted`: its quoted words blanked) names, as nodes with their addresses, or the reason they cannot be found. */
function unitsNamed(body: NodeJson, ins: Instruction, unquoted: string): Array<{ node: NodeJson; address: string }> | string {
  const pasal = [...new Set(ins.place.pasal.length > 0 ? ins.place.pasal : ins.added.pasal)];
  const inner = ins.place.pasal.length > 0 ? ins.place : ins.added;
  if (pasal.length === 0) {
    if (!WHOLE_BODY.test(unquoted)) return 'Butir tidak menyebut Pasal tempat kata atau frasa itu diubah.';
    return findAll(body, 'pasal').map((l) => ({ node: l.node, address: `Pasal ${canonicalNum('pasal', l.node.attrs?.baseNum) ?? '?'}` }));
  }
  const deeper = inner.ayat.length + inner.huruf.length + inner.angka.length > 0;
  if (pasal.length > 1 && deeper) return 'Butir menyebut beberapa Pasal sekaligus dengan ayat, huruf, atau angka; letaknya tidak dapat ditentukan.';
  const out: Array<{ node: NodeJson; address: string }> = [];
  for (const p of pasal) {
    const loc = findUnit(body, 'pasal', p);
    if (!loc) return `Pasal ${p} tidak ada dalam naskah dasar.`;
    out.push({ node: loc.node, address: `Pasal ${p}` });
  }
  if (!deeper) return out;
  if (inner.huruf.length + inner.angka.length > 0) {
    const item = namedItem(body, { ...ins, place: { ...inner, pasal } });
    return typeof item === 'string' ? item : [item];
  }
  if (inner.ayat.length > 1) return 'Butir menyebut lebih dari satu ayat untuk kata atau frasa yang diubah.';
  const ayat = findUnit(out[0]?.node as NodeJson, 'ayat', inner.ayat[0] as string);
  if (!ayat) return `Ayat (${inner.ayat[0]}) Pasal ${pasal[0]} tidak ada dalam naskah dasar.`;
  return [{ node: ayat.node, address: `Pasal ${pasal[0]} ayat (${inner.ayat[0]})` }];
}

/** The words as the sentence names them: 'Kata "Walikota"', 'Frasa "pukul 20.00 wita"'. */
function wordsNamed(change: PhraseChange): string {
  return `${capitalised(change.word)} "${change.from}"`;
}

/** `word` with a capital first letter. */
function capitalised(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/** The Lampiran the sentence (`unquoted`) names, as the unit the words change in; or why not. */
function lampiranPlace(doc: NodeJson, ins: Instruction, unquoted: string): Array<{ node: NodeJson; address: string }> | string {
  if (ins.place.pasal.length + ins.added.pasal.length > 0) return 'Butir menyebut Pasal dan Lampiran sekaligus; tulis perubahan kata dalam Lampiran sebagai butir tersendiri. Butir tidak diterapkan.';
  const lampiran = lampiranNamed(doc, unquoted);
  return lampiran ? [{ node: lampiran, address: lampiranName(numberOfTitle(lampiran.attrs?.title)) }] : 'Naskah dasar tidak memuat Lampiran yang disebut butir (atau memuat lebih dari satu Lampiran dan butir tidak menyebut nomornya).';
}

/** The alinea a sentence names ("Alinea Ketiga", "alinea ke-3", "alinea 3"), or null. */
function alineaNamed(unquoted: string): number | null {
  const m = /\balinea\s+(?:ke-?\s*(\d+)|(\d+)|(ke\p{L}+(?:\s+(?:belas|puluh))?|pertama))\b/iu.exec(unquoted);
  if (!m) return null;
  return m[1] || m[2] ? Number(m[1] ?? m[2]) : parseBagianOrdinal(m[3] as string);
}

/**
 * The part of the Penjelasan the sentence (`unquoted`) names, as the unit the words change in: the
 * Penjelasan Umum, or the entry of the one Pasal it names; or why not.
 */
function explanationNamed(doc: NodeJson, ins: Instruction, unquoted: string): Array<{ node: NodeJson; address: string }> | string {
  if (/\bPenjelasan\s+Umum\b/i.test(unquoted)) {
    const penjelasan = (doc.content ?? []).find((n) => n.type === 'penjelasan');
    const umum = penjelasan?.content?.find((n) => n.type === 'penjelasanUmum');
    if (!umum) return 'Naskah dasar tidak memuat Penjelasan Umum.';
    const alinea = alineaNamed(unquoted);
    if (alinea === null) return [{ node: umum, address: 'Penjelasan Umum' }];
    const para = (umum.content ?? []).filter((n) => n.type === 'para')[alinea - 1];
    return para ? [{ node: para, address: `Penjelasan Umum alinea ${alinea}` }] : `Penjelasan Umum naskah dasar tidak memuat alinea ke-${alinea}.`;
  }
  const pasal = [...new Set([...ins.place.pasal, ...ins.added.pasal])];
  if (pasal.length !== 1) return 'Butir tentang Penjelasan harus menyebut tepat satu Pasal.';
  const entry = explanationOf(doc, pasal[0] as string);
  return typeof entry === 'string' ? entry : [{ node: entry, address: `Penjelasan Pasal ${pasal[0]}` }];
}

/**
 * Apply a word-level item (one change, or several in one sentence) to the document JSON `doc`:
 * to its batang tubuh, to the Penjelasan (Umum or one alinea of it, or of the one Pasal named) or
 * to a Lampiran the sentence names, mutating it only when every named unit holds the words of
 * every change.
 */
export function applyPhrase(doc: NodeJson, sentence: string, changes: readonly PhraseChange[]): Entry {
  const unquoted = blankQuotes(sentence);
  const ins = readInstruction(unquoted);
  const outside = OUTSIDE_BODY.exec(unquoted);
  const inLampiran = outside !== null && /^lampiran$/i.test(outside[0]);
  const named = inLampiran ? lampiranPlace(doc, ins, unquoted) : outside ? explanationNamed(doc, ins, unquoted) : unitsNamed(bodyOf(doc), ins, unquoted);
  if (typeof named === 'string') return fail(ins, named);
  const whole = !outside && ins.place.pasal.length === 0 && ins.added.pasal.length === 0;
  const found: Array<{ change: PhraseChange; pattern: RegExp; units: typeof named; total: number }> = [];
  for (const change of changes) {
    const pattern = phrasePattern(change);
    const counts = new Map(named.map((u) => [u, phraseOccurrences(u.node, pattern)]));
    const holding = named.filter((u) => (counts.get(u) as number) > 0);
    // Named units must each hold the words; across the whole body, those that do are the ones changed.
    const units = whole ? holding : named;
    if (holding.length < units.length || units.length === 0) {
      const missing = whole ? named : named.filter((u) => !holding.includes(u));
      const where = whole ? 'batang tubuh' : missing.map((u) => u.address).join(', ');
      const placed = change.between ? ` di antara "${change.between.before}" dan "${change.between.after}"` : '';
      // Words that are there, but only as part of a reference ("dimaksud pada ayat" of "… ayat (1)").
      if (missing.some((u) => phraseOccurrences(u.node, pattern, true) > 0))
        return fail(ins, `${wordsNamed(change)} dalam ${where} naskah dasar hanya terdapat dengan memotong sebuah rujukan (misalnya "ayat (1)"); frasa harus memuat rujukan itu utuh. Butir tidak diterapkan.`, named.map((u) => u.address));
      return fail(ins, `${wordsNamed(change)}${placed} tidak ditemukan dalam ${where} naskah dasar; butir tidak diterapkan.`, named.map((u) => u.address));
    }
    found.push({ change, pattern, units, total: units.reduce((sum, u) => sum + (counts.get(u) as number), 0) });
  }
  for (const f of found) for (const u of f.units) replacePhrase(u.node, f.pattern, f.change.to);
  const addresses = [...new Set(found.flatMap((f) => f.units.map((u) => u.address)))];
  const told = found.map(({ change, total }) => {
    const done = change.to ? `diganti dengan "${change.to}"` : 'dihapus';
    const what = change.inserted !== undefined ? `${capitalised(change.word)} "${change.inserted}" disisipkan: "${change.to}"` : `${wordsNamed(change)} ${done}`;
    return `${what} (${total} kali)`;
  });
  const last = changes[changes.length - 1] as PhraseChange;
  return {
    status: whole ? 'ambiguous' : 'applied',
    action: changes.length > 1 ? 'diubah' : last.inserted !== undefined ? 'disisipkan' : last.to ? 'diubah' : 'dihapus',
    units: addresses,
    message: `${told.join('; ')} dalam ${addresses.join(', ')}.${whole ? ' Butir tidak menyebut Pasal; diterapkan pada seluruh batang tubuh, periksa hasilnya.' : ''}`,
  };
}
