/**
 * Stage 3 — segmentation. Reads: the text lines (furniture removed). Writes: the line ranges of
 * the kerangka parts (drafting-rules.md 1.1): title block, Menimbang, Mengingat, diktum, batang
 * tubuh, pengundangan formula, penutup, and the Penjelasan / Lampiran sections after them. A part
 * that is not found has an empty range; nothing is skipped.
 */
import { isLampiranHeading, PERSETUJUAN, readHeading, withFollowingLines } from './patterns';
import type { SourceLine } from './types';

/** A half-open range of line indexes. */
export interface Range { start: number; end: number }

/** The parts of a Perda text. */
export interface Segments {
  head: Range;
  menimbang: Range;
  mengingat: Range;
  diktum: Range;
  body: Range;
  pengundangan: Range;
  penutup: Range;
  sections: Array<{ kind: 'penjelasan' | 'lampiran'; range: Range }>;
}

const MENIMBANG = /^M\s?e\s?n\s?i\s?m\s?b\s?a\s?n\s?g\b/i;
const MENGINGAT = /^M\s?e\s?n\s?g\s?i\s?n\s?g\s?a\s?t\b/i;
const OPENS_DIKTUM = /^(M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N\b|Menetapkan\b)/i;
/** The line that opens the diktum: the persetujuan block, MEMUTUSKAN or Menetapkan. */
const DIKTUM = { test: (text: string) => PERSETUJUAN.test(text) || OPENS_DIKTUM.test(text) };
const MENETAPKAN = /^Menetapkan\b/i;
/** The longest "Menetapkan : PERATURAN DAERAH … TENTANG …" the diktum reads before the body. */
const MENETAPKAN_MAX_CHARS = 600;
/**
 * The signature blocks open with a capital ("Ditetapkan di Batam", a law's "Disahkan di Jakarta";
 * a sentence's "ditetapkan di" does not).
 */
const DITETAPKAN = /^(?:Ditetapkan|DITETAPKAN|Disahkan|DISAHKAN)\s+[Dd][Ii]\b/;
const DIUNDANGKAN = /^(?:Diundangkan|DIUNDANGKAN)\s+[Dd][Ii]\b/;
const AGAR = /^Agar\s+(?:supaya\s+)?setiap\s+orang\b/i;
/**
 * The Lembaran or Berita line of the penutup, in capitals as it is set ("LEMBARAN DAERAH KOTA
 * BATAM TAHUN 2010 NOMOR 5"; a sentence's "… dalam Lembaran Daerah …" is not): where a text
 * has no signature block (a draft, a print of the batang tubuh), it opens the penutup, and is
 * never words of the last Pasal.
 */
const LEMBARAN = /^(?:TAMBAHAN\s+)?(?:LEMBARAN|BERITA)\s+(?:DAERAH|NEGARA)\b[^a-z]*?\bTAHUN\s+\d{4}\s+NOMOR\b/;
/** A line that opens the Penjelasan or a Lampiran: the Lembaran line is looked for before it. */
const SECTION_START = { test: (text: string) => /^PENJELASAN\b/.test(text) || isLampiranHeading(text) };

/** The Lembaran line that opens the penutup of a text with no signature block (before its Penjelasan or Lampiran), or -1. */
function lembaranLine(lines: readonly SourceLine[], bodyStart: number): number {
  const iSection = find(lines, SECTION_START, bodyStart);
  return find(lines, LEMBARAN, bodyStart, iSection >= 0 ? iSection : lines.length);
}

function find(lines: readonly SourceLine[], re: { test(text: string): boolean }, from: number, to = lines.length): number {
  for (let i = Math.max(0, from); i < to; i++) if (re.test(withFollowingLines(lines, i))) return i;
  return -1;
}

/** Split the lines into the kerangka parts (stage 3). */
export function segment(lines: readonly SourceLine[]): Segments {
  const n = lines.length;
  const firstHeading = (from: number) => {
    for (let i = from; i < n; i++) {
      const h = readHeading(lines[i]!.text);
      if (h && (h.type === 'bab' || h.type === 'pasal')) return i;
    }
    return -1;
  };
  const bodyGuess = firstHeading(0);
  const limit = bodyGuess >= 0 ? bodyGuess : n;
  const iMenimbang = find(lines, MENIMBANG, 0, limit);
  const iMengingat = find(lines, MENGINGAT, Math.max(0, iMenimbang), limit);
  const iDiktum = find(lines, DIKTUM, Math.max(0, iMengingat, iMenimbang), limit);
  const iMenetapkan = find(lines, MENETAPKAN, Math.max(0, iDiktum), limit);

  let bodyStart: number;
  if (iMenetapkan >= 0) {
    bodyStart = iMenetapkan + 1;
    // The title runs on to its full stop: a few lines, or a word a line in a text whose justified
    // lines came apart; so the bound is the title's length, not a count of lines.
    let text = lines[iMenetapkan]!.text;
    let length = text.length;
    while (bodyStart < n && !/\.\s*$/.test(text) && !readHeading(lines[bodyStart]!.text) && length < MENETAPKAN_MAX_CHARS) {
      text = lines[bodyStart]!.text;
      length += text.length + 1;
      bodyStart++;
    }
  } else {
    const pre = Math.max(iDiktum, iMengingat, iMenimbang);
    bodyStart = bodyGuess >= 0 ? bodyGuess : pre >= 0 ? n : 0;
  }
  const headEnd = [iMenimbang, iMengingat, iDiktum, bodyStart].find((x) => x >= 0) ?? 0;

  // The penutup opens with whichever signature block comes first (a Word table may give the
  // Diundangkan column before the Ditetapkan one).
  const iDitetapkan = find(lines, DITETAPKAN, bodyStart);
  const iDiundangkan = find(lines, DIUNDANGKAN, bodyStart);
  const signed = iDitetapkan < 0 ? iDiundangkan : iDiundangkan < 0 ? iDitetapkan : Math.min(iDitetapkan, iDiundangkan);
  const iPenutup = signed >= 0 ? signed : lembaranLine(lines, bodyStart);
  // Sections (Penjelasan, Lampiran) after the body.
  const afterBody = iPenutup >= 0 ? iPenutup : bodyStart;
  const sections: Segments['sections'] = [];
  for (let i = afterBody; i < n; i++) {
    const t = lines[i]!.text;
    const next = lines[i + 1]?.text ?? '';
    if (/^PENJELASAN$/.test(t) && /^ATAS\b/.test(next) || /^PENJELASAN\s+ATAS\b/.test(t)) {
      if (!sections.some((s) => s.kind === 'penjelasan')) sections.push({ kind: 'penjelasan', range: { start: i, end: n } });
    } else if (isLampiranHeading(t)) {
      const prev = sections[sections.length - 1];
      if (!prev || prev.kind === 'penjelasan' || prev.range.start !== i) sections.push({ kind: 'lampiran', range: { start: i, end: n } });
    }
  }
  for (let k = 0; k + 1 < sections.length; k++) sections[k]!.range.end = sections[k + 1]!.range.start;
  const sectionsStart = sections[0]?.range.start ?? n;
  let bodyEnd = iPenutup >= 0 ? iPenutup : sectionsStart;
  let penutupStart = bodyEnd;
  const penutupEnd = iPenutup >= 0 ? sectionsStart : bodyEnd;
  // The pengundangan formula closes the last Pasal; it belongs to the penutup.
  let iAgar = -1;
  for (let i = bodyEnd - 1; i >= bodyStart && i >= bodyEnd - 40; i--) {
    if (AGAR.test(withFollowingLines(lines, i))) { iAgar = i; break; }
  }
  if (iAgar >= 0) {
    penutupStart = bodyEnd;
    bodyEnd = iAgar;
  }
  return {
    head: { start: 0, end: headEnd },
    menimbang: iMenimbang >= 0 ? { start: iMenimbang, end: iMengingat >= 0 ? iMengingat : iDiktum >= 0 ? iDiktum : bodyStart } : { start: headEnd, end: headEnd },
    mengingat: iMengingat >= 0 ? { start: iMengingat, end: iDiktum >= 0 ? iDiktum : bodyStart } : { start: headEnd, end: headEnd },
    diktum: iDiktum >= 0 ? { start: iDiktum, end: bodyStart } : { start: bodyStart, end: bodyStart },
    body: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
    pengundangan: iAgar >= 0 ? { start: iAgar, end: penutupStart } : { start: bodyEnd, end: bodyEnd },
    penutup: { start: penutupStart, end: Math.max(penutupStart, penutupEnd) },
    sections,
  };
}
