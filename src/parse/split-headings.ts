/**
 * Headings the source's layout set otherwise than on a line of their own: broken over two lines
 * ("Pasal" / "5", "BAB" and its Roman number, "Bagian" / "Ketiga"), joined back into one line
 * before the page furniture is removed, so the number alone is not taken for a page number; and a
 * Pasal heading run together with the Pasal's first words ("Pasal 3 (1) Setiap …"), and a BAB
 * heading run together with its first Bagian's, set apart.
 */
import { lineInPieces } from './line-pieces';
import { isLampiranHeading, readHeading } from './patterns';
import type { SourceLine } from './types';

const WORD_ALONE = /^(Pasal|PASAL|BAB|Bagian)$/;
const NUMBER_OF: Record<string, RegExp> = {
  pasal: /^\d{1,4}\s*[A-Z]?$/,
  bab: /^[IVXLCDM]+[A-Z]?$/,
  // A Bagian's ordinal ("Kesatu", "Pertama", "Kedua"; "Kedua Belas" a word a line joins as "Kedua").
  bagian: /^(?:Ke[a-z]+|Pertama)$/,
};

/** A sentence torn a word a line ("sehingga" / "Pasal" / "22" / "berbunyi") goes on in lower case on the line `after`. */
function sentenceGoesOn(after: SourceLine | undefined): boolean {
  return after !== undefined && !after.blankBefore && /^\p{Ll}/u.test(after.text);
}

/**
 * A sentence torn a word a line ("… Pasal 20, dan" / "Pasal" / "30" / "Undang-Undang Dasar …")
 * comes to `line` from the line `before`, which ends in a word of lower case and no stop: a
 * heading follows the end of a sentence, a title ("Umum") or a blank line.
 */
function sentenceComesOn(before: SourceLine | undefined, line: SourceLine): boolean {
  return before !== undefined && !line.blankBefore && before.page === line.page && /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(before.text);
}

/** The lines with every heading split over two lines joined into one. */
export function joinSplitHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    const word = WORD_ALONE.exec(line.text)?.[1];
    const number = word ? NUMBER_OF[word.toLowerCase()] : undefined;
    if (word && number && next && !next.blankBefore && next.page === line.page && number.test(next.text) && !sentenceGoesOn(lines[i + 2]) && !sentenceComesOn(lines[i - 1], line)) {
      out.push({ ...line, text: `${line.text} ${next.text}`, raw: `${line.raw} ${next.text}`, pageEnd: next.pageEnd });
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * A Pasal heading with the Pasal's first words after it on the same line ("Pasal 3 (1) Setiap …",
 * "Pasal 12 A Setiap …"). A word after it, not a lone capital: a line that a sentence wrapped to
 * open with a reference ("Pasal 38 A, Pasal 38 B, dan …", "Pasal 38 B ayat (2), maka …") holds
 * no heading.
 */
const INLINE_PASAL = /^(Pasal\s+(\d{1,3})(?:\s?([A-Z]))?)\s+(?=\(1\)|\p{Lu}\p{L})(\S.*)$/u;
/** The end of a change item's instruction: what follows is the text it restates. */
const INSTRUCTION_END = /\bberikut\s*:$/i;
/** The first letters of the lines `splitInlinePasalHeadings` reads: "Pasal", "PENJELASAN", "LAMPIRAN". */
const STARTS = new Set(['P'.charCodeAt(0), 'L'.charCodeAt(0)]);

/** A Pasal heading alone on its line, or a Penjelasan entry's with its words after a colon ("Pasal 8 : Cukup jelas."). */
const PASAL_LINE = /^Pasal\s+(\d{1,3})[A-Z]?(?:\s*:.*)?$/;

/**
 * The lines with each Pasal heading that shares its line with the Pasal's first words ("Pasal 3
 * (1) Setiap orang …", as a text whose lines were run together gives it), or a Penjelasan entry's
 * heading with its first words ("Pasal 9 Standar teknis …"), set on a line of its own: where the
 * words after it open an ayat ("(1)": a reference says "Pasal 9 ayat (1)"); or, in a text that
 * sets a good share of its Pasal headings so (`runTogether`), where the number is the next
 * Pasal's and the words after it open a sentence. A sentence of a Pasal that starts with
 * a Pasal of another law ("Pasal 18 Undang-Undang Dasar …") stays text in a text set as printed.
 * Whether such a line is a heading is then decided as for any heading line (`unit-scan.ts`).
 */
export function splitInlinePasalHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  const sentencesFollow = runTogether(lines);
  let last = 0;
  let beforeLampiran = true;
  let inPenjelasan = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    // Only lines that open with "Pasal", "PENJELASAN" or "LAMPIRAN" concern this pass.
    if (!STARTS.has(line.text.charCodeAt(0))) {
      out.push(line);
      continue;
    }
    // The Penjelasan numbers its entries afresh; a Lampiran holds no Pasal.
    if (/^PENJELASAN\b/.test(line.text)) {
      last = 0;
      inPenjelasan = true;
    }
    if (isLampiranHeading(line.text)) beforeLampiran = false;
    // A line a sentence comes on to holds no heading: "Pasal 14:" after "… dalam Pasal 13 dan",
    // "Pasal 264 Ayat (1) …" after "… untuk melaksanakan ketentuan".
    const comesOn = sentenceComesOn(lines[i - 1], line);
    const alone = comesOn ? null : PASAL_LINE.exec(line.text);
    if (alone) last = Number(alone[1]);
    const m = beforeLampiran && !alone && !comesOn ? INLINE_PASAL.exec(line.text) : null;
    const n = m ? Number(m[2]) : 0;
    // "Pasal 9 (1) …" is never a reference ("Pasal 9 ayat (1)"), whatever its number (an amending
    // instrument quotes the Pasal it changes), nor is a Penjelasan entry's "Pasal 3 Ayat (1) …" (its
    // ayat heading in capitals; an instrument's Penjelasan names only the Pasal it changes); a
    // capital after the number may be one.
    const ayatFollows = m !== null && ((m[4] as string).startsWith('(1)') || (inPenjelasan && /^Ayat\s*\(\d/.test(m[4] as string)));
    // Nor is the Pasal a change item restates right after its instruction ("… sebagai berikut:" /
    // "Pasal 71A Dalam hal …"), whatever its number.
    const restated = m !== null && INSTRUCTION_END.test(lines[i - 1]?.text ?? '');
    if (!m || (!ayatFollows && !restated && (!sentencesFollow || (n !== last + 1 && !(n === last && m[3]))))) {
      out.push(line);
      continue;
    }
    last = n;
    const heading = m[1] as string;
    const rest = m[4] as string;
    // The words after the heading start the Pasal at the line's own column, as the lines after them do.
    out.push(...lineInPieces(line, [heading, rest]));
  }
  return out;
}

/**
 * Whether the batang tubuh sets a good share of its Pasal headings run together with their first
 * words (two at least, and more than a fifth of them), not alone on a line as a printed text does:
 * a text as printed has none, save a sentence that starts a line with a Pasal of another law.
 */
function runTogether(lines: readonly SourceLine[]): boolean {
  let alone = 0;
  let inline = 0;
  for (const line of lines) {
    if (!STARTS.has(line.text.charCodeAt(0))) continue;
    if (/^PENJELASAN\b/.test(line.text) || isLampiranHeading(line.text)) break;
    if (PASAL_LINE.test(line.text)) alone++;
    else if (INLINE_PASAL.test(line.text)) inline++;
  }
  return inline >= 2 && inline * 4 > alone;
}

/** A BAB heading and its title, then a Bagian heading, on one line (groups: the BAB's part, the Bagian's). */
const BAB_THEN_BAGIAN = /^(BAB\s+[IVXLCDM]+[A-Z]?\s+\S.*?)\s+(Bagian\s+(?:Ke[a-z]+|Pertama)\b.*)$/u;

/**
 * The lines with a BAB heading that shares its line with the heading of its first Bagian ("BAB IX
 * PENGUNDANGAN DAN PENYEBARLUASAN Bagian Kesatu Pengundangan", as a text whose lines were run
 * together gives it) set as two lines, or with its first Pasal (`BAB_THEN_PASAL`) as three: read
 * as one, the BAB's title is not in capitals throughout, so neither heading was read and both went
 * into the last Pasal's words. Only where each part reads as its heading (the BAB's title in
 * capitals).
 */
export function splitBabAndBagian(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const pieces = line.text.startsWith('BAB') ? babLinePieces(line.text) : null;
    if (pieces) out.push(...lineInPieces(line, pieces));
    else out.push(line);
  }
  return out;
}

/** The headings (and a Pasal's words) a BAB heading's line runs together, or null. */
function babLinePieces(text: string): string[] | null {
  const m = BAB_THEN_BAGIAN.exec(text);
  if (m) return isTitledBab(m[1] as string) && readHeading(m[2] as string)?.type === 'bagian' ? [m[1] as string, m[2] as string] : null;
  const p = BAB_THEN_PASAL.exec(text);
  return p && isTitledBab(p[1] as string) ? [p[1] as string, p[2] as string, p[3] as string] : null;
}

/**
 * A BAB heading and its title, then its first Pasal's heading and words, on one line ("BAB I
 * KETENTUAN UMUM Pasal 1 Pajak Penghasilan dikenakan …", UU 7/1983 as a web page gives it; its
 * "Pasa1" misread too; "BAB XIII KETENTUAN PENUTUP Pasal 78 (1) Peraturan …", UU 26/2007): groups
 * the BAB's part, the Pasal's heading, its words.
 */
const BAB_THEN_PASAL = /^(BAB\s+[IVXLCDM]+[A-Z]?\s+[^a-z]*?\p{Lu}{2,})\s+(Pasa[l1]\s+\d{1,3}[A-Z]?)\s+((?:\(1\)\s*)?\p{Lu}.*)$/u;

/** A BAB heading with a title in capitals, as `readHeading` reads one. */
function isTitledBab(text: string): boolean {
  const bab = readHeading(text);
  return bab?.type === 'bab' && bab.title !== '';
}
