/**
 * The outline of a document (`outline --json`), computed from the DOCUMENT: units' numbers are
 * their `baseNum` (the number in the text they came from) and otherwise the number derived by
 * `numberDocument`. Restated units inside change items do not count as units of the instrument.
 */
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../model/numbering';
import type { ImportResult, Outline } from './types';

const SMALL_WORDS = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'tentang', 'atas', 'yang', 'untuk', 'dengan', 'pada', 'dalam', 'serta', 'oleh', 'bagi', 'terhadap', 'sebagai', 'antara']);

/** Title case for an all-capitals title ("PAJAK DAERAH DAN RETRIBUSI" -> "Pajak Daerah dan Retribusi"). */
export function titleCase(s: string): string {
  if (/[a-z]/.test(s)) return s;
  return s.toLowerCase().split(' ').map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/^([^a-z]*)([a-z])/, (_m, p: string, c: string) => p + c.toUpperCase()))).join(' ');
}

/** "Peraturan Daerah … Nomor … Tahun … tentang …" from the judul node. */
export function titleOf(doc: Node): string {
  const judul = doc.firstChild;
  if (!judul || judul.type.name !== 'judul') return '';
  const prefix = titleCase(String(judul.attrs.prefix ?? ''));
  const nomor = String(judul.attrs.nomor ?? '');
  const tahun = String(judul.attrs.tahun ?? '');
  const name = titleCase(judul.textContent);
  return [prefix, nomor ? `Nomor ${nomor}` : '', tahun ? `Tahun ${tahun}` : '', name ? `tentang ${name}` : ''].filter(Boolean).join(' ');
}

/** Text of a textblock with references as their label and hard breaks as spaces. */
export function inlineText(n: Node): string {
  return n.textBetween(0, n.content.size, ' ', (leaf) => (leaf.type.name === 'ref' ? String(leaf.attrs.text ?? '') : leaf.type.name === 'hardBreak' ? ' ' : ''));
}

/** Plain text of a unit, with the markers of ayat and items written before their text. */
function markedText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.type.name === 'ayat') parts.push(`(${String(n.attrs.baseNum ?? '')})`);
    if (n.type.name === 'item' && n.attrs.baseNum) parts.push(`${String(n.attrs.baseNum)}.`);
    if (n.isTextblock) { parts.push(inlineText(n)); return; }
    n.forEach(walk);
  };
  node.forEach(walk);
  return parts.join(' ');
}

/** The first six words of a text ("(1)" counts as a word; trailing punctuation dropped). */
export function firstWords(text: string, n = 6): string {
  return text
    .split(/\s+/)
    .map((w) => (/^(\(\d+[a-z]?\)|[a-z0-9]{1,3}[.)])$/.test(w) ? w : w.replace(/^["“'(]+|[,;:.!?"”')]+$/g, '')))
    .filter(Boolean)
    .slice(0, n)
    .join(' ');
}

/** Label of a restated or mentioned unit ("Pasal 7", "BAB IXA", "Bagian Kesatu"). */
function unitLabel(n: Node): string {
  const num = String(n.attrs.baseNum ?? '');
  return { bab: `BAB ${num}`, bagian: `Bagian ${num}`, paragraf: `Paragraf ${num}`, pasal: `Pasal ${num}`, ayat: `ayat (${num})` }[n.type.name] ?? num;
}

const MENTION = /\b(Pasal\s+\d+\s?[A-Z]?\b|BAB\s+[IVXLCDM]+[A-Z]?\b|Bab\s+[IVXLCDM]+[A-Z]?\b|Bagian\s+Ke[a-z]+(?:\s+(?:Belas|Puluh))?|Paragraf\s+\d+[A-Z]?|Lampiran(?:\s+[IVXLCDM]+\b)?|Penjelasan|Judul)/g;

/** Units a change item restates, or else the units its instruction names. */
export function changeItemUnits(item: Node): string[] {
  const restated: string[] = [];
  item.forEach((c) => {
    if (['bab', 'bagian', 'paragraf', 'pasal'].includes(c.type.name)) restated.push(unitLabel(c));
  });
  if (restated.length) return restated;
  const instr = item.firstChild?.textContent ?? '';
  const yakni = /\b(yakni|yaitu)\b(.*)$/i.exec(instr);
  const scope = yakni ? yakni[2]! : instr.split(/\b(diubah|dihapus|disisipkan|disisipi|ditambah\w*)\b/i)[0]!;
  const found = [...scope.matchAll(MENTION)].map((m) => m[0].replace(/^Bab\b/, 'BAB').replace(/\s+/g, ' '));
  const pasal = found.filter((f) => f.startsWith('Pasal') || f.startsWith('BAB') || f.startsWith('Lampiran'));
  const list = pasal.length ? pasal : found;
  return [...new Set(list.length ? [list[list.length - 1]!] : [])];
}

/** Outline of a document (no import diagnostics). */
export function outlineOfDoc(doc: Node): Outline {
  const numbers = numberDocument(doc);
  const numOf = (n: Node) => (n.attrs.baseNum != null && n.attrs.baseNum !== '' ? String(n.attrs.baseNum) : numbers.get(String(n.attrs.uid))?.num ?? '');
  const out: Outline = {
    kind: doc.attrs.kind === 'perubahan' ? 'amendment' : 'original',
    title: titleOf(doc),
    menimbang: 0,
    mengingat: 0,
    babs: [],
    bagian_count: 0,
    paragraf_count: 0,
    pasal: [],
    penjelasan_pasal_entries: 0,
    change_items: [],
    diagnostics: [],
  };
  let bab: string | null = null;
  const walkTubuh = (n: Node) => {
    switch (n.type.name) {
      case 'bab':
        bab = numOf(n);
        out.babs.push({ num: bab, title: n.firstChild?.textContent ?? '' });
        break;
      case 'bagian':
        out.bagian_count++;
        break;
      case 'paragraf':
        out.paragraf_count++;
        break;
      case 'pasal': {
        let ayat = 0;
        n.forEach((c) => { if (c.type.name === 'ayat') ayat++; });
        out.pasal.push({ num: numOf(n), bab, ayat, first_words: firstWords(markedText(n)) });
        n.forEach((c) => {
          if (c.type.name === 'changeItem') out.change_items.push({ action: String(c.attrs.action), units: changeItemUnits(c) });
        });
        return;
      }
      default:
        break;
    }
    n.forEach(walkTubuh);
  };
  doc.forEach((part) => {
    if (part.type.name === 'pembukaan') {
      part.forEach((c) => {
        if (c.type.name === 'konsiderans') out.menimbang = c.childCount;
        if (c.type.name === 'dasarHukum') out.mengingat = c.childCount;
      });
    } else if (part.type.name === 'batangTubuh') part.forEach(walkTubuh);
    else if (part.type.name === 'penjelasan') {
      part.descendants((d) => { if (d.type.name === 'penjelasanPasal') out.penjelasan_pasal_entries++; return true; });
    }
  });
  return out;
}

/** Outline of an import result, with its diagnostics. */
export function outlineOf(result: ImportResult): Outline {
  const o = outlineOfDoc(result.doc);
  o.diagnostics = result.diagnostics.map((d) => ({ line: d.line, page: d.page, severity: d.severity, code: d.code, message: d.message }));
  return o;
}
