/**
 * `parseText`: the staged importer for Perda text. Stages (each reads what the previous wrote):
 * 1 normalise lines -> 2 remove page furniture -> 3 segment the kerangka -> 4 build the parts
 * (judul/pembukaan, batang tubuh or Pasal I/II of an amending instrument, penutup, penjelasan,
 * lampiran) -> 5 link cross-references and Penjelasan entries -> 6 check against the schema.
 * Text that fits nowhere is kept (in the diktum, role "tidakTerpetakan") and reported.
 */
import type { Node } from 'prosemirror-model';
import { perdaSchema } from '../model/schema';
import { newUid } from '../model/uid';
import { buildPasalI } from './amendment';
import { restoreLostItemNumbers } from './lost-item-numbers';
import { buildBody, pasalContent } from './body-blocks';
import { buildLampiran, buildPenjelasan, buildPenutup } from './closing';
import { joinLines } from './join-lines';
import { joinLoneMarkers } from './lone-markers';
import { placeDisplacedMarkers } from './displaced-markers';
import { normalizeLines } from './normalize-lines';
import { instrumentPasalAt, readMisreadRomanPasal } from './roman-pasal';
import { readMisreadInsertionLetter } from './misread-insertion-letter';
import { removeJoinedCatchwords } from './joined-catchwords';
import { removeJoinedRunningHeads } from './joined-running-heads';
import { removeFurniture, summarizeRemoved } from './page-furniture';
import { joinSplitHeadings, splitBabAndBagian, splitInlinePasalHeadings } from './split-headings';
import { splitRunInUnits } from './run-in-units';
import { splitRunInHeadings } from './run-in-headings';
import { splitRunInClosing } from './run-in-closing';
import { splitRunInQuotes } from './run-in-quotes';
import { para, unit, type PMJson } from './pm-json';
import { buildDiktum, buildItems, buildJudul } from './preamble';
import { hasInsertionNumbers } from './numbering-mode';
import { collectPasal, linkReferences } from './references';
import { segment, type Range } from './segment';
import { scanUnits } from './unit-scan';
import { assembleUnits } from './unit-tree';
import type { Diagnostic, ImportResult, ParseOptions, RemovedLine, SourceLine } from './types';

/** Parse Perda text into a document with diagnostics (never throws on bad text). */
export function parseText(text: string, opts: ParseOptions = {}): ImportResult {
  const normalized = normalizeLines(text, { skipCorpusHeader: opts.skipCorpusHeader !== false });
  return parseLines(normalized, true);
}

/**
 * Parse already-normalised source lines (used by the DOCX and PDF importers); `fromText`: they
 * come from a plain text (see `removeFurniture`).
 */
export function parseLines(normalized: SourceLine[], fromText = false): ImportResult {
  const catchwords: RemovedLine[] = [];
  const lines = removeJoinedRunningHeads(removeJoinedCatchwords(normalized, catchwords), catchwords);
  const furniture = removeFurniture(splitRunInClosing(splitRunInUnits(splitInlinePasalHeadings(splitRunInQuotes(splitBabAndBagian(splitRunInHeadings(joinSplitHeadings(lines))))))), fromText);
  const diagnostics: Diagnostic[] = [];
  const removed: RemovedLine[] = [...catchwords, ...furniture.removed];
  try {
    const result = build(joinLoneMarkers(placeDisplacedMarkers(furniture.lines, removed)), diagnostics, removed);
    result.diagnostics = [...summarizeRemoved(removed), ...diagnostics];
    return result;
  } catch (e) {
    // Safety net: a structure the builder cannot express still gives a document with all text.
    diagnostics.push({ severity: 'error', code: 'STRUCTURE_FAILED', message: `Struktur naskah tidak dapat dibentuk (${(e as Error).message}); seluruh teks disimpan tanpa struktur.` });
    return { doc: fallbackDoc(furniture.lines), diagnostics: [...summarizeRemoved(removed), ...diagnostics], removed, kind: 'original' };
  }
}

const slice = (lines: readonly SourceLine[], r: Range) => lines.slice(r.start, r.end);

/** The bare numbers removed as page numbers from among `part`'s lines (by source line). */
function numbersRemovedWithin(removed: readonly RemovedLine[], part: readonly SourceLine[]): number[] {
  const first = part[0]?.no ?? 0;
  const last = part[part.length - 1]?.no ?? 0;
  return removed.filter((r) => r.reason === 'nomor halaman' && /^\d{1,3}$/.test(r.text) && r.line > first && r.line < last).map((r) => Number(r.text));
}

function build(source: SourceLine[], diagnostics: Diagnostic[], removed: RemovedLine[]): ImportResult {
  const lines = readMisreadInsertionLetter(readMisreadRomanPasal(source, diagnostics), diagnostics);
  const seg = segment(lines);
  const unplaced: SourceLine[] = [];

  const { judul, rest } = buildJudul(slice(lines, seg.head), removed, diagnostics);
  const frasaLines = rest.filter((l) => /^DENGAN\s+RAHMAT/i.test(l.text));
  const jabatanLines = rest.filter((l) => !/^DENGAN\s+RAHMAT/i.test(l.text));
  const konsiderans = buildItems(slice(lines, seg.menimbang), 'Menimbang', diagnostics);
  const dasarHukum = buildItems(slice(lines, seg.mengingat), 'Mengingat', diagnostics);
  const diktumParas = buildDiktum(slice(lines, seg.diktum));

  // Batang tubuh: an amending instrument (Pasal I, Pasal II …) or an original Perda.
  const bodyLines = slice(lines, seg.body);
  const romanAt = instrumentPasalAt(bodyLines);
  if (romanAt.length === 0) romanAt.push(...garbledAmendment(bodyLines, judul, diagnostics));
  const amendment = romanAt.length > 0;
  let tubuh: PMJson[];
  if (amendment) {
    unplaced.push(...bodyLines.slice(0, romanAt[0]!.idx));
    tubuh = romanAt.map((r, k) => {
      const end = romanAt[k + 1]?.idx ?? bodyLines.length;
      const part = bodyLines.slice(r.idx + 1, end);
      const content = k === 0 ? buildPasalI(restoreLostItemNumbers(part, numbersRemovedWithin(removed, part)), diagnostics) : pasalContent(buildBody(part, { allowAyat: true, where: `Pasal ${r.num}`, diagnostics }), `Pasal ${r.num}`, bodyLines[r.idx], diagnostics);
      const node = unit('pasal', r.num, content);
      node.attrs!._line = bodyLines[r.idx]!.no;
      return node;
    });
  } else {
    const scan = scanUnits(bodyLines, { loose: false, diagnostics });
    unplaced.push(...scan.pre);
    tubuh = assembleUnits(scan.units, false, diagnostics);
    if (collectPasal(tubuh).length === 0 && bodyLines.length > 0) {
      diagnostics.push({ line: bodyLines[0]!.no, page: bodyLines[0]!.page, severity: 'warning', code: 'NO_PASAL', message: 'Tidak ditemukan satu pun Pasal dalam batang tubuh.' });
    }
  }
  if (unplaced.length) {
    diagnostics.push({ line: unplaced[0]!.no, page: unplaced[0]!.page, severity: 'warning', code: 'UNPLACED_TEXT', message: `${unplaced.length} baris tidak dapat ditempatkan dalam struktur (mulai baris ${unplaced[0]!.no}); disimpan sebagai teks pada diktum.` });
  }

  // Penutup, Penjelasan, Lampiran.
  const penutup: PMJson[] = [];
  const pengundangan = slice(lines, seg.pengundangan);
  if (pengundangan.length) penutup.push(para(joinLines(pengundangan.map((l) => l.text)), 'pengundangan'));
  penutup.push(...buildPenutup(slice(lines, seg.penutup)));
  let penjelasan: PMJson | null = null;
  const lampiran: PMJson[] = [];
  const pasalByNum = new Map<string, string>();
  const restated = amendment ? tubuh.flatMap((p) => (p.content ?? []).filter((c) => c.type === 'changeItem').flatMap((c) => collectPasal(c.content ?? []))) : [];
  for (const p of [...collectPasal(tubuh), ...restated]) {
    const num = String(p.attrs?.baseNum ?? '');
    if (num && !pasalByNum.has(num)) pasalByNum.set(num, String(p.attrs?.uid));
  }
  for (const s of seg.sections) {
    const part = slice(lines, s.range);
    if (s.kind === 'lampiran') { lampiran.push(buildLampiran(part, (judul.content ?? []).map((c) => c.text ?? '').join(' '), removed)); continue; }
    const built = buildPenjelasan(part, removed, diagnostics);
    penutup.push(...built.tld);
    for (const e of built.entries) {
      const target = pasalByNum.get(e.num);
      if (target) e.json.attrs!.target = target;
      else diagnostics.push({ line: e.line.no, page: e.line.page, severity: 'warning', code: 'PENJELASAN_UNLINKED', message: `Penjelasan Pasal ${e.num} tidak mempunyai Pasal ${e.num} di batang tubuh.` });
    }
    penjelasan = built.node;
  }

  if (!amendment) linkReferences(tubuh, diagnostics);
  const keepsNumbers = !amendment && hasInsertionNumbers(tubuh);
  if (keepsNumbers) {
    diagnostics.push({ line: bodyLines[0]?.no ?? 1, page: bodyLines[0]?.page ?? 1, severity: 'info', code: 'INSERTION_NUMBERS', message: 'Naskah memuat nomor sisipan (mis. Pasal 20A, ayat (1a)): dibaca dalam mode perubahan, setiap Pasal dan ayat mempertahankan nomor seperti tertulis.' });
  }

  const fragments = [...bodyLines].filter((l) => l.text.length <= 2 && !/^\d+$|^[a-z]\.?$|^\(\d+\)$/i.test(l.text));
  for (const f of fragments.slice(0, 50)) {
    diagnostics.push({ line: f.no, page: f.page, severity: 'info', code: 'SUSPICIOUS_FRAGMENT', message: `Potongan teks mencurigakan "${f.text}" (kemungkinan sisa lapisan teks PDF); tetap disimpan.` });
  }

  const json: PMJson = {
    type: 'doc',
    attrs: { mode: keepsNumbers ? 'perubahan' : 'penggantian', kind: amendment ? 'perubahan' : 'perda' },
    content: [
      judul,
      {
        type: 'pembukaan',
        content: [
          { type: 'frasa', content: textOf(frasaLines) },
          { type: 'jabatan', content: textOf(jabatanLines) },
          { type: 'konsiderans', attrs: { uid: '' }, content: konsiderans },
          { type: 'dasarHukum', attrs: { uid: '' }, content: dasarHukum },
          { type: 'diktum', content: [...diktumParas, ...unplaced.map((l) => para(l.text, 'tidakTerpetakan')), ...(diktumParas.length || unplaced.length ? [] : [para('')])] },
        ],
      },
      { type: 'batangTubuh', content: tubuh },
      { type: 'penutup', content: penutup },
      ...(penjelasan ? [penjelasan] : []),
      ...lampiran,
    ],
  };
  const doc = toDoc(json);
  return { doc, diagnostics, removed, kind: amendment ? 'amendment' : 'original' };
}

function textOf(lines: readonly SourceLine[]): PMJson[] {
  const t = joinLines(lines.map((l) => l.text));
  return t ? [{ type: 'text', text: t }] : [];
}

/** Fill uids, drop helper attributes and check the document against the schema. */
export function toDoc(json: PMJson): Node {
  const clean = (n: PMJson) => {
    if (n.attrs) {
      delete n.attrs._line;
      if ('uid' in n.attrs && !n.attrs.uid) n.attrs.uid = newUid();
    }
    if (n.content) {
      n.content = n.content.filter((c) => c.type !== 'text' || (c.text ?? '') !== '');
      n.content.forEach(clean);
    }
  };
  clean(json);
  const doc = perdaSchema.nodeFromJSON(json);
  doc.check();
  return doc;
}

/** A minimal valid document holding every line as a paragraph of the diktum. */
function fallbackDoc(lines: readonly SourceLine[]): Node {
  const item = () => ({ type: 'item', attrs: { uid: '', baseNum: null, deleted: false }, content: [para('')] });
  return toDoc({
    type: 'doc',
    attrs: { mode: 'penggantian', kind: 'perda' },
    content: [
      { type: 'judul', attrs: { uid: '' } },
      { type: 'pembukaan', content: [{ type: 'frasa' }, { type: 'jabatan' }, { type: 'konsiderans', attrs: { uid: '' }, content: [item()] }, { type: 'dasarHukum', attrs: { uid: '' }, content: [item()] }, { type: 'diktum', content: lines.length ? lines.map((l) => para(l.text, 'tidakTerpetakan')) : [para('')] }] },
      { type: 'batangTubuh' },
      { type: 'penutup' },
    ],
  });
}

/**
 * PDF text layers may render "Pasal I" as "Pasal 1" (drafting-rules.md 7): when the judul names an
 * amendment ("PERUBAHAN … ATAS …") and the first Pasal opens with a change formula, read that
 * Pasal as Pasal I and the last "Pasal 2" that states the commencement as Pasal II.
 */
function garbledAmendment(body: readonly SourceLine[], judul: PMJson, diagnostics: Diagnostic[]): Array<{ idx: number; num: string }> {
  const name = (judul.content ?? []).map((c) => c.text ?? '').join(' ');
  if (!/PERUBAHAN\b[\s\S]*\bATAS\b/i.test(name)) return [];
  const first = body.findIndex((l) => /^Pasal\s+1$/i.test(l.text));
  if (first < 0) return [];
  const opening = body.slice(first + 1, first + 6).map((l) => l.text).join(' ');
  if (!/(Beberapa\s+ketentuan|diubah\s+sebagai\s+berikut|diubah\s*,?\s+sehingga)/i.test(opening)) return [];
  let second = -1;
  for (let i = body.length - 1; i > first; i--) {
    if (/^Pasal\s+2$/i.test(body[i]!.text) && /mulai\s+berlaku|berlaku\s+(pada|sejak)/i.test(body.slice(i + 1, i + 8).map((l) => l.text).join(' '))) { second = i; break; }
  }
  diagnostics.push({ line: body[first]!.no, page: body[first]!.page, severity: 'info', code: 'ROMAN_PASAL_READ', message: 'Naskah perubahan: "Pasal 1" dibaca sebagai Pasal I (dan "Pasal 2" penutupnya sebagai Pasal II), karena lapisan teks PDF sering salah membaca angka Romawi.' });
  return second > 0 ? [{ idx: first, num: 'I' }, { idx: second, num: 'II' }] : [{ idx: first, num: 'I' }];
}
