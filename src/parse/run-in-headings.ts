/**
 * Headings a source ran into the middle of a line, as some legal-information web pages give a
 * whole chapter as one paragraph ("… antarbangsa. Pasal 3 Penyelenggaraan telekomunikasi …
 * kepercayaan pada diri sendiri. BAB III PEMBINAAN TELEKOMUNIKASI Pasal 4 (1) Telekomunikasi …",
 * UU 3/1989): each heading is set at the start of a line of its own, so the later stages read it
 * as they read a heading a printed text sets apart.
 *
 * A heading is cut off only where the text cannot be a reference. A Pasal's heading carries the
 * next number of the text's own sequence (after Pasal 2 only "Pasal 3", or "Pasal 2A"), follows
 * the end of a sentence or clause (". ", "; ", ": ", a web page's emphasis closing after it:
 * "_valorem._") or a heading's title, and is followed by a capital ("Penyelenggaraan", "Ayat
 * (1)") or an ayat's number ("(1)"; "(3)" where the source slipped); its words go on a line of
 * their own. A BAB's carries the next Roman number (text recognition may have lost the space:
 * "BABV PENGELOLAAN PNBP", UU 9/2018) and follows the end of a sentence or the words in capitals
 * of the diktum ("Menetapkan : UNDANG-UNDANG TENTANG TELEKOMUNIKASI BAB I KETENTUAN UMUM"). A
 * Bagian or Paragraf heading follows the end of a sentence or the title of the heading that holds
 * it; a "Mengingat", the end of the Menimbang's last item, before the batang tubuh. "dimaksud
 * dalam Pasal 12 ayat (2)" and "Pasal 5 ayat (1), Pasal 20 ayat (1), dan Pasal 33 Undang-Undang
 * Dasar 1945" stay as they are. And only in a text that runs its headings together so, two at
 * least (UU 26/2007 as a web page gives it sets its Pasal apart but runs its Bagian and Paragraf
 * headings on: "… perundang-undangan. Bagian Keempat Wewenang …"): a text set as printed keeps
 * every line.
 *
 * Only the batang tubuh: the Penjelasan and the Lampiran are left as they are (a Penjelasan run
 * into the signature block, its "UMUM" and its entries with it, is read as it was; set apart, its
 * heading line would carry the whole Penjelasan umum).
 */
import { lineInPieces, trimmedPiece } from './line-pieces';
import { isLampiranHeading, romanValue } from './patterns';
import type { SourceLine } from './types';

/**
 * A heading's opening words inside a line: a Pasal (group 1, its number group 2, its letter
 * group 3), a BAB (its Roman number group 4), a Bagian or Paragraf (group 5), or the dasar hukum
 * of the pembukaan (group 6: "…; Mengingat Pasal 5 ayat (1) …").
 */
const RUN_IN_HEADING = /(?<=\s)(?:(Pasal\s+(\d{1,3})(?:\s?([A-Z]))?)(?=\s+(?:\(\d{1,2}\)|\p{Lu}))|BAB\s*([IVXLCDM]+)(?=\s+\p{Lu}{2})|((?:Bagian\s+(?:Ke[a-z]+|Pertama)|Paragraf\s+\d{1,2})(?=\s+\p{Lu}))|(Mengingat|Memperhatikan)(?=\s*:|\s+\p{Lu}))/gu;

/** Where the Penjelasan starts: at the start of a line or run into one. */
const PENJELASAN = /(?:^|\s)PENJELASAN\b/;

/**
 * A Pasal heading (or a Penjelasan entry's) at the start of a line, alone or before its first
 * words: its number, group 1 ("Pasal 5 ayat (1), …" opening a Mengingat item is a reference).
 */
const PASAL_AT_START = /^Pasal\s+(\d{1,3})(?:\s?[A-Z])?(?=\s+(?:\(1\)|\p{Lu})|\s*$)/u;
/** A BAB heading at the start of a line: its Roman number, group 1. */
const BAB_AT_START = /^BAB\s*([IVXLCDM]+)\b/;

/** A BAB, Bagian or Paragraf heading line, on which a heading may follow its title ("BAB II TUJUAN … Pasal 2"). */
const HEADING_PIECE = /^(?:BAB\s*[IVXLCDM]+|Bagian\s+(?:Ke[a-z]+|Pertama)|Paragraf\s+\d)/;
/** A piece that opens with a heading: a BAB, Bagian or Paragraf, or a Pasal as `PASAL_AT_START` reads one. */
const HEADING_START = new RegExp(`${PASAL_AT_START.source}|${HEADING_PIECE.source}`, 'u');

/** The end of a sentence or clause right before a run-in heading (a web page's emphasis may close after it: "_valorem._"). */
const CLAUSE_BEFORE = /[.;:]["”)_]?\s+$/;
/** Words in capitals right before a run-in BAB (the diktum's "… TENTANG TELEKOMUNIKASI"). */
const CAPITALS_BEFORE = /\b\p{Lu}{2,}[,.:]?\s+$/u;

/** Where the walk stands in the text's own sequence of Pasal and BAB. */
interface Sequence {
  pasal: number;
  bab: number;
}

/** The line with each heading run into it cut off at its start (the pieces, in order), or null. */
function cutHeadings(text: string, seq: Sequence): string[] | null {
  const cuts: number[] = [];
  let pieceStart = 0;
  const penjelasan = text.search(PENJELASAN);
  const end = penjelasan < 0 ? text.length : penjelasan;
  RUN_IN_HEADING.lastIndex = 0;
  for (let m = RUN_IN_HEADING.exec(text); m !== null && m.index < end; m = RUN_IN_HEADING.exec(text)) {
    const before = text.slice(pieceStart, m.index);
    const afterClause = CLAUSE_BEFORE.test(before);
    let cut = false;
    if (m[1] !== undefined) {
      const n = Number(m[2]);
      const next = n === seq.pasal + 1 || (n === seq.pasal && m[3] !== undefined);
      // Right after a heading's title any later number opens its first Pasal (a source that lost a Pasal goes on).
      cut = (next && afterClause) || (n > seq.pasal && HEADING_PIECE.test(before));
      if (cut) seq.pasal = n;
    } else if (m[4] !== undefined) {
      cut = romanValue(m[4]) === seq.bab + 1 && (afterClause || CAPITALS_BEFORE.test(before));
      if (cut) seq.bab += 1;
    } else if (m[5] !== undefined) {
      // A Bagian or Paragraf after the end of a clause, or after the title of the heading that holds it ("Bagian Kedua Pemeriksaan Kasasi Paragraf 1 Umum").
      cut = afterClause || HEADING_PIECE.test(before);
    } else {
      // The dasar hukum after the Menimbang's last item, before the batang tubuh began.
      cut = afterClause && seq.pasal === 0 && seq.bab === 0;
    }
    if (!cut) continue;
    cuts.push(m.index);
    pieceStart = m.index;
    // A Pasal's heading goes on a line of its own, its words on the next (whatever they open with: "(3)" where the source slipped).
    if (m[1] !== undefined) {
      pieceStart += m[1].length;
      cuts.push(pieceStart);
    }
  }
  if (cuts.length === 0) return null;
  const pieces: string[] = [];
  let from = 0;
  for (const at of cuts) {
    const piece = trimmedPiece(text.slice(from, at));
    if (piece) pieces.push(piece);
    from = at;
  }
  pieces.push(text.slice(from).trim());
  return pieces;
}

/** Follow the sequence through a line that is left as it is (a heading at its start). */
function followLine(text: string, seq: Sequence): void {
  const pasal = PASAL_AT_START.exec(text);
  if (pasal) seq.pasal = Math.max(seq.pasal, Number(pasal[1]));
  const bab = BAB_AT_START.exec(text);
  const value = bab ? romanValue(bab[1] as string) : null;
  if (value !== null) seq.bab = Math.max(seq.bab, value);
}

/** The lines with every heading run into the middle of a line set at the start of a line of its own. */
export function splitRunInHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  const seq: Sequence = { pasal: 0, bab: 0 };
  let headings = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isLampiranHeading(line.text)) break;
    followLine(line.text, seq);
    const pieces = cutHeadings(line.text, seq);
    if (!pieces) {
      out.push(line);
    } else {
      headings += pieces.filter((p) => HEADING_START.test(p)).length - (HEADING_START.test(line.text) ? 1 : 0);
      out.push(...lineInPieces(line, pieces));
    }
    if (PENJELASAN.test(line.text)) {
      i++;
      break;
    }
  }
  if (headings < 2) return [...lines];
  for (; i < lines.length; i++) out.push(lines[i] as SourceLine);
  return out;
}
