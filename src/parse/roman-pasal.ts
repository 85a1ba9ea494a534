/**
 * Roman Pasal headings: which are an amending instrument's own (Pasal I, Pasal II), and which are
 * Arabic numbers misread.
 *
 * Text recognition reads the digit 1 as a capital I: "Pasal 1" comes out as "Pasal I", "Pasal 11"
 * as "Pasal II" or "Pasal 1I", "Pasal 21" as "Pasal 2I" (read as written, an insertion letter).
 * A Roman Pasal number is what an amending instrument uses (Pasal I, Pasal II), so one misread
 * heading read as written turns a whole Perda into an "amendment". In a text whose judul does not
 * name an amendment, such a heading is read as the Arabic number when that number fits its
 * neighbours: the Pasal heading before it is one less, or the one after it one more (in the body
 * and, the same way, in the Penjelasan's "Pasal demi Pasal").
 */
import { readDigits } from '../model/misread-digits';
import { readHeading } from './patterns';
import type { Diagnostic, SourceLine } from './types';

/** The judul of an amending instrument: "PERUBAHAN [KEDUA] ATAS PERATURAN DAERAH …". */
const AMENDMENT_TITLE = /\bPERUBAHAN\b(?:\s+\S+)?\s+ATAS\b/i;

/** A Pasal number with a 1 misread as I ("I", "II", "1I", "2I"), perhaps 0 as O and 1 as l too. */
const MISREAD_NUMBER = /^Pasal\s*([0-9IlO]{1,4})\.?$/;

/** The lines before the Menimbang: where the judul stands. */
function headLines(lines: readonly SourceLine[]): readonly SourceLine[] {
  const end = lines.findIndex((l) => /^Menimbang\b/i.test(l.text));
  return lines.slice(0, end >= 0 ? end : Math.min(lines.length, 30));
}

/**
 * `lines` with every Pasal heading with a 1 misread as I read as its Arabic number where it fits
 * (see the file comment); each heading so read is reported. Unchanged when the judul names an
 * amendment or nothing fits.
 */
export function readMisreadRomanPasal(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  const out = [...lines];
  if (!lines.some((l) => MISREAD_NUMBER.exec(l.text)?.[1]!.includes('I'))) return out;
  if (AMENDMENT_TITLE.test(headLines(lines).map((l) => l.text).join(' '))) return out;
  const pasalAt: number[] = [];
  for (let i = 0; i < lines.length; i++) if (readHeading(lines[i]!.text)?.type === 'pasal') pasalAt.push(i);
  const arabic = (i: number): number | null => {
    const h = readHeading(out[i]!.text);
    return h && !h.roman && /^\d+$/.test(h.num) ? h.value : null;
  };
  for (let k = 0; k < pasalAt.length; k++) {
    const at = pasalAt[k]!;
    const m = MISREAD_NUMBER.exec(lines[at]!.text);
    if (!m || !m[1]!.includes('I')) continue;
    const value = Number(readDigits(m[1]!));
    const before = k > 0 ? arabic(pasalAt[k - 1]!) : null;
    const after = k + 1 < pasalAt.length ? arabic(pasalAt[k + 1]!) : null;
    if (before !== value - 1 && after !== value + 1) continue;
    const line = lines[at]!;
    out[at] = { ...line, text: `Pasal ${value}` };
    diagnostics.push({ line: line.no, page: line.page, severity: 'info', code: 'OCR_PASAL_READ', message: `"${line.text}" dibaca sebagai Pasal ${value}: nomor sebelum dan sesudahnya berurutan, dan judulnya bukan Perda perubahan (pengenalan teks sering membaca angka 1 sebagai huruf I).` });
  }
  return out;
}

/**
 * Where an amending instrument's own Pasal stand in its body lines: the first "Pasal I", then for
 * each next number the last heading of it before the next number's last heading. A Pasal quoted
 * inside Pasal I whose number was misread ("Pasal 11" as "Pasal II") comes before the
 * instrument's own Pasal II, which closes the body. Empty when no line reads "Pasal I".
 */
export function instrumentPasalAt(body: readonly SourceLine[]): Array<{ idx: number; num: string }> {
  const roman: Array<{ idx: number; num: string; value: number }> = [];
  for (let i = 0; i < body.length; i++) {
    const h = readHeading(body[i]!.text);
    if (h?.type === 'pasal' && h.roman && h.value !== null) roman.push({ idx: i, num: h.num, value: h.value });
  }
  const first = roman.find((r) => r.value === 1);
  if (!first) return [];
  const out = [first];
  for (let value = 2; ; value++) {
    const after = out[out.length - 1]!.idx;
    const lastOf = (v: number) => roman.filter((r) => r.value === v && r.idx > after).pop();
    const bound = lastOf(value + 1)?.idx ?? Infinity;
    const pick = roman.filter((r) => r.value === value && r.idx > after && r.idx < bound).pop();
    if (!pick) break;
    out.push(pick);
  }
  return out.map(({ idx, num }) => ({ idx, num }));
}

/**
 * The lines a change item restates, with a Pasal heading misread as Roman ("Pasal I" for the
 * "Pasal 1" the instruction names) read as the Arabic number the instruction names. An
 * instrument never restates a Roman Pasal of its own, so only the instruction can say which.
 */
export function readQuotedMisreadPasal(lines: readonly SourceLine[], instruction: string): SourceLine[] {
  return lines.map((line) => {
    const m = MISREAD_NUMBER.exec(line.text);
    if (!m || !m[1]!.includes('I')) return line;
    const value = Number(readDigits(m[1]!));
    return new RegExp(`\\bPasal\\s+${value}(?![0-9A-Z])`, 'i').test(instruction) ? { ...line, text: `Pasal ${value}` } : line;
  });
}
