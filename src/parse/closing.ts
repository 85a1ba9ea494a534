/**
 * Stage 4f — Penutup, Penjelasan and Lampiran. Reads: the lines after the batang tubuh, split by
 * section. Writes: penutup paragraphs with roles (pengundangan, ditetapkan, diundangkan,
 * lembaranDaerah, noreg, tambahanLembaranDaerah, salinan), the penjelasan (I. UMUM paragraphs and
 * one entry per "Pasal …" of II. PASAL DEMI PASAL, labelled for linking) and lampiran text blocks.
 */
import { buildBody } from './body-blocks';
import { readMarker, readMisreadPasalOpening, REFERENCE_WORD } from './patterns';
import { joinLines } from './join-lines';
import { para, paraLines, type PMJson } from './pm-json';
import { plainUpper } from '../model/plain-upper';
import type { Diagnostic, RemovedLine, SourceLine } from './types';

/** Penutup paragraphs (signature blocks keep their lines, separated by hard breaks). */
export function buildPenutup(lines: readonly SourceLine[]): PMJson[] {
  const out: PMJson[] = [];
  let block: string[] = [];
  let role: string | null = null;
  const flush = () => {
    if (block.length) out.push(paraLines(block, role));
    block = [];
    role = null;
  };
  for (const l of lines) {
    const t = l.text;
    let r: string | null | undefined;
    if (/^(?:Ditetapkan|Disahkan)\s+di\b/i.test(t)) r = 'ditetapkan';
    else if (/^Diundangkan\s+di\b/i.test(t)) r = 'diundangkan';
    else if (/^(LEMBARAN|BERITA)\s+DAERAH\b/i.test(t)) r = 'lembaranDaerah';
    else if (/^TAMBAHAN\s+LEMBARAN\s+DAERAH\b/i.test(t)) r = 'tambahanLembaranDaerah';
    else if (/^NOREG\b/i.test(t)) r = 'noreg';
    else if (/^(Salinan\s+sesuai|Mengetahui\s+sesuai|Sesuai\s+dengan\s+aslinya)/i.test(t)) r = 'salinan';
    if (r !== undefined) {
      flush();
      role = r;
      block.push(t);
      if (r === 'lembaranDaerah' || r === 'noreg' || r === 'tambahanLembaranDaerah') flush();
      continue;
    }
    block.push(t);
  }
  flush();
  return out;
}

const UMUM = /^I\s*\.\s*UMUM\b\s*(.*)$/i;
const PDP = /^II\s*\.\s*PASAL\s+DEMI\s+PASAL\b/i;
const ENTRY = /^Pasal\s+(\d{1,4}\s*[A-Z]?|[IVX]{1,5})\s*(?:[:.]\s*(.*)|\s(Cukup\s+jelas\.?))?$/i;

/** The built penjelasan, and the TLD line(s) found at its end (they go to the penutup). */
export interface BuiltPenjelasan {
  node: PMJson;
  tld: PMJson[];
  entries: Array<{ json: PMJson; num: string; line: SourceLine }>;
}

/** Build the penjelasan from its lines (the title block is reported as removed: it repeats the judul). */
export function buildPenjelasan(lines: readonly SourceLine[], removed: RemovedLine[], diagnostics: Diagnostic[]): BuiltPenjelasan {
  let i = 0;
  const umumAt = lines.findIndex((l) => UMUM.test(l.text));
  const pdpAt = lines.findIndex((l) => PDP.test(l.text));
  const titleEnd = umumAt >= 0 ? umumAt : pdpAt >= 0 ? pdpAt : Math.min(lines.length, 8);
  for (; i < titleEnd; i++) {
    const l = lines[i]!;
    removed.push({ line: l.no, page: l.page, text: l.text, reason: 'judul Penjelasan (mengulang judul Perda)' });
  }
  const umumLines: SourceLine[] = [];
  const tld: PMJson[] = [];
  /**
   * The "TAMBAHAN LEMBARAN DAERAH … NOMOR n" line at `at`, with its "NOMOR n" when a narrow page
   * wrapped it onto the next line; null when `at` holds no such line.
   */
  const tldAt = (at: number): { text: string; next: number } | null => {
    const l = lines[at]!;
    if (!/^TAMBAHAN\s+LEMBARAN\s+DAERAH\b/i.test(l.text)) return null;
    const wrapped = lines[at + 1];
    if (!/\bNOMOR\b/i.test(l.text) && wrapped && /^NOMOR\s+\S+\s*$/i.test(wrapped.text)) return { text: `${l.text} ${wrapped.text.trim()}`, next: at + 2 };
    return { text: l.text, next: at + 1 };
  };
  if (umumAt >= 0) {
    const first = UMUM.exec(lines[umumAt]!.text)![1]!;
    if (first) umumLines.push({ ...lines[umumAt]!, text: first });
    i = umumAt + 1;
  }
  const umumEnd = pdpAt >= 0 ? pdpAt : lines.length;
  while (i < umumEnd) {
    const footer = tldAt(i);
    if (footer) {
      tld.push(para(footer.text, 'tambahanLembaranDaerah'));
      i = footer.next;
    } else umumLines.push(lines[i++]!);
  }
  const umumBody = buildBody(umumLines, { allowAyat: false, where: 'Penjelasan Umum', diagnostics, indentedParagraphs: true });
  const umum: PMJson = { type: 'penjelasanUmum', content: flattenParas(umumBody.intro) };

  const entries: BuiltPenjelasan['entries'] = [];
  interface Entry { num: string; line: SourceLine; lines: string[]; paras: string[][] }
  let cur: Entry | null = null as Entry | null;
  const done: Entry[] = [];
  const orphans: SourceLine[] = [];
  /** The entry's line before the one being read (null after its heading). */
  let prevLine: SourceLine | null = null;
  for (i = pdpAt >= 0 ? pdpAt + 1 : umumEnd; i < lines.length; i++) {
    const l = lines[i]!;
    const footer = tldAt(i);
    if (footer) {
      tld.push(para(footer.text, 'tambahanLembaranDaerah'));
      i = footer.next - 1;
      continue;
    }
    const m = ENTRY.exec(readMisreadPasalOpening(l.text));
    if (m) {
      prevLine = null;
      if (cur) done.push(cur);
      cur = { num: m[1]!.replace(/\s+/g, '').toUpperCase(), line: l, lines: [l.text], paras: [] };
      if (m[2] || m[3]) cur.paras.push([(m[2] ?? m[3])!]);
      continue;
    }
    if (!cur) { orphans.push(l); continue; }
    // Sub-headings ("Ayat (1)", "Huruf a", "Angka 1") start paragraphs; so do indented new sentences.
    const sub = /^(Ayat|Huruf|Angka)\s+(\(\d+[a-z]?\)|[a-z]\b|\d+[a-z]?\b)/.test(l.text);
    const lastPara = cur.paras[cur.paras.length - 1];
    const prevText = lastPara ? lastPara[lastPara.length - 1] ?? '' : '';
    // So do the items of a list it explains ("a. konstruksi …;"), and a sentence's end followed by
    // a line set further in (a paragraph's first line).
    const item = readMarker(l.text) !== null && !REFERENCE_WORD.test(prevText);
    const indented = prevLine !== null && /[.:;]$/.test(prevText) && l.indent >= prevLine.indent + 2 && l.page === prevLine.page && /^[A-Z"“(]/.test(l.text);
    const startsNew = !lastPara || sub || item || indented || /^(Ayat|Huruf|Angka)\s+\S+$/.test(prevText) || (/[.:]$/.test(prevText) && l.blankBefore) || /:\s*(cukup\s+jelas\.?)?$/i.test(prevText) && /^(Ayat|Huruf|Angka)\b/.test(l.text);
    if (startsNew) cur.paras.push([l.text]);
    else lastPara!.push(l.text);
    prevLine = l;
  }
  if (cur) done.push(cur);
  if (orphans.length) {
    diagnostics.push({ line: orphans[0]!.no, page: orphans[0]!.page, severity: 'warning', code: 'UNPLACED_TEXT', message: 'Teks pada Penjelasan Pasal Demi Pasal sebelum entri "Pasal" pertama; dimasukkan ke Penjelasan Umum.' });
    umum.content!.push(...orphans.map((l) => para(l.text)));
  }
  for (const e of done) {
    const content = e.paras.length ? e.paras.map((p) => para(joinLines(p))) : [para('')];
    const json: PMJson = { type: 'penjelasanPasal', attrs: { uid: '', target: null, label: `Pasal ${e.num}` }, content };
    entries.push({ json, num: e.num, line: e.line });
  }
  if (pdpAt < 0) diagnostics.push({ line: lines[0]?.no, page: lines[0]?.page, severity: 'warning', code: 'MISSING_PART', message: 'Penjelasan tidak memuat bagian "II. PASAL DEMI PASAL".' });
  const node: PMJson = {
    type: 'penjelasan',
    attrs: { uid: '' },
    content: [umum, { type: 'penjelasanPasalDemiPasal', content: entries.map((e) => e.json) }],
  };
  return { node, tld, entries };
}

/** Paragraph list from body content (lists flattened to their text, labels kept). */
function flattenParas(content: PMJson[]): PMJson[] {
  const out: PMJson[] = [];
  const walk = (n: PMJson, label: string) => {
    if (n.type === 'para') out.push(label ? para(`${label} ${(n.content ?? []).map((c) => c.text ?? '').join('')}`.trim()) : n);
    else if (n.type === 'list') for (const it of n.content ?? []) (it.content ?? []).forEach((c, k) => walk(c, k === 0 ? `${String(it.attrs?.baseNum ?? '')}.` : ''));
  };
  for (const n of content) walk(n, '');
  return out;
}

/** Lines within which a Lampiran heading reaches its "TENTANG". */
const MAX_HEADING_LINES = 8;

/**
 * How many lines after the title restate the Perda's identity, as every Lampiran's heading does
 * (drafting-rules.md 1.12): "PERATURAN DAERAH ...", "NOMOR ... TAHUN ...", "TENTANG" and the
 * Perda's name (`name`, over as many lines as it takes). The heading is derived from the Judul
 * when printed, so it is not Lampiran text; 0 when the lines do not read so.
 */
function restatedHeading(lines: readonly SourceLine[], name: string): number {
  const text = (i: number) => lines[i]?.text.trim() ?? '';
  // "PERATURAN DAERAH ... NOMOR 2 TAHUN 2018", over one or more lines (a narrow column wraps it), then "TENTANG".
  let tentang = 1;
  while (tentang < Math.min(lines.length, MAX_HEADING_LINES) && !/^TENTANG$/i.test(text(tentang))) tentang++;
  const cited = lines.slice(1, tentang).map((l) => l.text.trim()).join(' ');
  if (!/^TENTANG$/i.test(text(tentang)) || !/^PERATURAN\s+(DAERAH|GUBERNUR|BUPATI|WALI\s*KOTA)\b.*\bNOMOR\s+\S+\s+TAHUN\s+\d{4}$/i.test(cited)) return 0;
  const whole = plainUpper(name);
  if (!whole) return 0;
  let said = '';
  for (let i = tentang + 1; i < lines.length; i++) {
    said = plainUpper(`${said} ${text(i)}`);
    if (said === whole) return i;
    if (!whole.startsWith(said)) return 0;
  }
  return 0;
}

/**
 * A lampiran: the first line is its title, every other line a text block (layout kept), except
 * the heading that restates the Perda named `name` (it goes to `removed`, listed as such).
 */
export function buildLampiran(lines: readonly SourceLine[], name = '', removed: RemovedLine[] = []): PMJson {
  const title = lines[0]?.text ?? 'LAMPIRAN';
  const heading = restatedHeading(lines, name);
  for (const l of lines.slice(1, heading + 1)) removed.push({ line: l.no, page: l.page, text: l.text, reason: 'kepala lampiran (menyebut Perda ini)' });
  const body = lines.slice(heading + 1);
  const minIndent = Math.min(...body.map((l) => l.indent), 1e9);
  const content = body.map((l) => para(l.raw.slice(Math.min(minIndent, l.raw.length - l.raw.trimStart().length)).trimEnd() || l.text));
  return { type: 'lampiran', attrs: { uid: '', title }, content };
}
