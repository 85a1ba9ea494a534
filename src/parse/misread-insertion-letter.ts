/**
 * A Pasal's insertion letter B as text recognition misreads it: the B as an 8 ("Pasal 58" for
 * Pasal 5B, Perpres 76/2024; "Pasal 1958" for Pasal 195B, PP 25/2024). Where the Pasal heading
 * before reads the same number with the letter A ("Pasal 5A"), an 8 cannot follow it and a B
 * must: the heading is read as that Pasal, and reported.
 */
import { readHeading } from './patterns';
import type { Diagnostic, SourceLine } from './types';

/** `lines` with each Pasal heading "N8" right after a heading "NA" read as "Pasal NB"; each so read is reported. */
export function readMisreadInsertionLetter(lines: readonly SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  const out = [...lines];
  let before: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const h = readHeading(line.text);
    if (h?.type !== 'pasal') continue;
    const stem: string | undefined = /^(\d+)A$/.exec(before ?? '')?.[1];
    before = h.num;
    if (stem === undefined || h.num !== `${stem}8`) continue;
    out[i] = { ...line, text: `Pasal ${stem}B` };
    before = `${stem}B`;
    diagnostics.push({ line: line.no, page: line.page, severity: 'info', code: 'OCR_PASAL_READ', message: `"${line.text}" dibaca sebagai Pasal ${stem}B: Pasal sebelumnya ${stem}A (pengenalan teks sering membaca huruf B sebagai angka 8).` });
  }
  return out;
}
