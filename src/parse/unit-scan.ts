/**
 * Stage 4a — unit headings. Reads: the source lines of the batang tubuh (or of the units restated
 * inside a change item). Writes: a flat list of headings (BAB, Bagian, Paragraf, Pasal) with
 * their titles and body lines, and diagnostics for numbering gaps and duplicates.
 *
 * A heading line is taken as a heading only when the structure agrees: "Pasal 5" alone on a line
 * after "... sebagaimana dimaksud dalam" is a wrapped reference, not a heading, unless it is the
 * next number expected and the following line starts a body.
 */
import { endsStrict, isUpperTitle, readHeading, readMarker, type Heading } from './patterns';
import type { Diagnostic, SourceLine } from './types';

/** One heading with its title and body lines. */
export interface ScannedUnit {
  h: Heading;
  line: SourceLine;
  title: string;
  body: SourceLine[];
}

/** Result of scanning: lines before the first heading, and the headings in order. */
export interface ScanResult {
  pre: SourceLine[];
  units: ScannedUnit[];
}

/** Options of `scanUnits`. */
export interface ScanOptions {
  /** Restated units inside a change item: numbers are not checked for sequence. */
  loose: boolean;
  diagnostics: Diagnostic[];
}

const CONTINUES = /^(ayat|huruf|angka|dan|atau|sampai\s+dengan|jo\.?|sebagaimana)\b/i;

/** True when `next` can be the first line of a unit body or title (not the rest of a sentence). */
function startsBody(next: SourceLine | undefined): boolean {
  if (!next) return true;
  if (readHeading(next.text)) return true;
  if (CONTINUES.test(next.text)) return false;
  return !/^[a-z]/.test(next.text) || readMarker(next.text) !== null;
}

/**
 * A BAB title in mixed case ("BAB I" / "Ketentuan Umum"): up to three short lines without sentence
 * punctuation followed by a Bagian/Paragraf/Pasal heading. Returns the index of that heading, or 0.
 */
function mixedCaseTitleEnd(lines: readonly SourceLine[], i: number): number {
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
    const t = lines[k]!.text;
    const h = readHeading(t);
    if (h) return k > i + 1 && h.type !== 'bab' ? k : 0;
    if (t.length > 100 || /[.;:,]$/.test(t) || readMarker(t)) return 0;
  }
  return 0;
}

const LABEL: Record<Heading['type'], string> = { bab: 'BAB', bagian: 'Bagian', paragraf: 'Paragraf', pasal: 'Pasal' };

/** Scan unit headings (stage 4a). */
export function scanUnits(lines: readonly SourceLine[], opts: ScanOptions): ScanResult {
  const pre: SourceLine[] = [];
  const units: ScannedUnit[] = [];
  let lastPasal: Heading | null = null;
  let lastBab: Heading | null = null;
  let lastBagian: Heading | null = null;
  let lastParagraf: Heading | null = null;
  const seq = (h: Heading, last: Heading | null, line: SourceLine) => {
    if (opts.loose || h.value === null) return;
    const expected = last?.value === null || last === null ? 1 : last.value + 1;
    const sameWithSuffix = last !== null && last.value === h.value && h.num !== last.num && /[A-Z]$/.test(h.num.replace(/^[IVXLCDM]+$/, ''));
    if (h.value === expected || sameWithSuffix) return;
    const dup = last !== null && last.num === h.num;
    opts.diagnostics.push({
      line: line.no,
      page: line.page,
      severity: 'warning',
      code: dup ? 'NUMBERING_DUPLICATE' : 'NUMBERING_GAP',
      message: dup
        ? `${LABEL[h.type]} ${h.num} muncul dua kali.`
        : `Nomor ${LABEL[h.type]} tidak berurutan: ${LABEL[h.type]} ${h.num}${last ? ` sesudah ${LABEL[h.type]} ${last.num}` : ''}.`,
    });
  };

  let i = 0;
  /** The line after the title of the last BAB / Bagian / Paragraf heading. */
  let titleEnd = -1;
  while (i < lines.length) {
    const line = lines[i]!;
    const prev = i > 0 ? lines[i - 1] : undefined;
    const next = lines[i + 1];
    const h = readHeading(line.text);
    let accepted = false;
    if (h) {
      // A line ending "dalam", "dan" or "," before a heading makes it read as a wrapped
      // reference ("... dalam\nPasal 5"), unless the heading stands apart and carries the next
      // number: after a blank line, indented past the line before (centred), or followed by "(1)"
      // (a draft whose last list item still ends "; dan").
      const apart = line.blankBefore || (prev !== undefined && line.indent > prev.indent + 8) || (next !== undefined && /^\(1\)\s/.test(next.text));
      const last = h.type === 'pasal' ? lastPasal : h.type === 'bagian' ? lastBagian : h.type === 'paragraf' ? lastParagraf : null;
      const expected = last?.value != null ? last.value + 1 : 1;
      const standsApart = apart && h.value === expected;
      if (h.type === 'bab') {
        accepted = h.title !== '' || (next !== undefined && isUpperTitle(next.text) && !readHeading(next.text)) || (next !== undefined && readHeading(next.text)?.type === 'pasal') || mixedCaseTitleEnd(lines, i) > 0;
      } else if (h.type === 'pasal' && !h.roman) {
        const refTail = prev !== undefined && (/\b(dalam|pada|dan|atau|ketentuan|dengan|oleh|terhadap|tentang|jo\.?)$/i.test(prev.text) || /,$/.test(prev.text)) && !standsApart;
        if (opts.loose) accepted = startsBody(next) && !refTail;
        else if (h.value === expected || (lastPasal !== null && h.value === lastPasal.value)) accepted = startsBody(next) && !refTail;
        // Out of sequence (a draft that deleted a Pasal and did not renumber): a heading when the
        // line before closes a sentence, a page, or the title of a BAB / Bagian / Paragraf.
        else accepted = startsBody(next) && !refTail && (prev === undefined || i === titleEnd || endsStrict(prev.text) || prev.pageEnd === true || !/[a-z]$/.test(prev.text));
      } else {
        accepted = startsBody(next) && !(prev !== undefined && /\b(dalam|pada|dan|atau)$/i.test(prev.text) && !standsApart);
      }
    }
    if (!h || !accepted) {
      const cur = units[units.length - 1];
      if (cur) cur.body.push(line);
      else pre.push(line);
      i++;
      continue;
    }
    // Title lines of BAB / Bagian / Paragraf.
    let title = h.title;
    let j = i + 1;
    if (h.type === 'bab') {
      const mixedEnd = h.title === '' && !(next !== undefined && isUpperTitle(next.text)) ? mixedCaseTitleEnd(lines, i) : 0;
      while (j < lines.length && (j < mixedEnd || (j < i + 5 && isUpperTitle(lines[j]!.text) && !readHeading(lines[j]!.text) && !readMarker(lines[j]!.text)))) {
        title = title ? `${title} ${lines[j]!.text}` : lines[j]!.text;
        j++;
      }
    } else if (h.type === 'bagian' || h.type === 'paragraf') {
      let k = j;
      while (k < lines.length && k < j + 3 && !readHeading(lines[k]!.text)) k++;
      const end = k < lines.length && k < j + 3 && readHeading(lines[k]!.text) ? k : Math.min(j + 1, lines.length);
      for (; j < end; j++) title = title ? `${title} ${lines[j]!.text}` : lines[j]!.text;
    }
    if (h.type === 'bab') { seq(h, lastBab, line); lastBab = h; lastBagian = null; lastParagraf = null; }
    if (h.type === 'bagian') { seq(h, lastBagian, line); lastBagian = h; lastParagraf = null; }
    if (h.type === 'paragraf') { seq(h, lastParagraf, line); lastParagraf = h; }
    if (h.type === 'pasal') { seq(h, lastPasal, line); lastPasal = h; }
    units.push({ h, line, title, body: [] });
    if (h.type !== 'pasal') titleEnd = j;
    i = j;
  }
  return { pre, units };
}
