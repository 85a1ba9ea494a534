/**
 * The e-signature footer that certified regional texts carry on every page ("Dokumen ini telah
 * ditandatangani secara elektronik … (BSrE), Badan Siber dan Sandi Negara (BSSN)."): a line of
 * it, and the lines of one whose sentence a page or a converter broke.
 */
import type { SourceLine } from './types';

const ESIGN = /ditandatangani\s+secara\s+elektronik|Sertifikasi\s+Elektronik|\(BSrE\)|Badan\s+Siber\s+dan\s+Sandi\s+Negara/i;

/** The line holds a phrase of the e-signature footer. */
export function isEsignLine(text: string): boolean {
  return ESIGN.test(text);
}

/** The e-signature footer's sentence, or either of its two halves as a page sets them. */
const ESIGN_SENTENCE = /Dokumen\s+ini\s+(?:sah\s+dan\s+)?telah\s+ditandatangani\s+secara\s+elektronik(?:\s+menggunakan\s+sertifikat\s+elektronik(?:\s+yang)?)?|(?:diterbitkan\s+oleh\s+)?Balai\s+(?:Besar\s+)?Sertifikasi\s+Elektronik(?:\s*\(BSrE\))?,?(?:\s*Badan\s+Siber\s+dan\s+Sandi\s+Negara(?:\s*\(BSSN\))?\.?)?/gi;

/** How far around a footer line `brokenFooterLines` looks for the rest of its sentence, in characters. */
const ESIGN_REACH = 240;

/**
 * The lines of an e-signature footer whose sentence a narrow page wrapped ("… menggunakan
 * sertifikat" / "elektronik yang") or a converter tore a word a line ("Dokumen" / "ini" / …):
 * around each line found to be footer (`footer`), the lines on either side (no blank line
 * between, and `free`: not other furniture) that the footer's sentence covers whole. The text's
 * own words that run on beside it stay.
 */
export function brokenFooterLines(input: readonly SourceLine[], footer: readonly boolean[], free: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let seed = 0; seed < input.length; seed++) {
    if (!footer[seed]) continue;
    let from = seed;
    for (let chars = 0; from > 0 && !input[from]!.blankBefore && chars < ESIGN_REACH; ) chars += input[--from]!.text.length + 1;
    let to = seed + 1;
    for (let chars = 0; to < input.length && !input[to]!.blankBefore && chars < ESIGN_REACH; to++) chars += input[to]!.text.length + 1;
    const starts: number[] = [];
    let text = '';
    for (let i = from; i < to; i++) {
      if (text) text += ' ';
      starts.push(text.length);
      text += input[i]!.text;
    }
    for (const match of text.matchAll(ESIGN_SENTENCE)) {
      const end = match.index + match[0].length;
      for (let i = from; i < to; i++) {
        const at = starts[i - from]!;
        if (free[i] && at >= match.index && at + input[i]!.text.length <= end) out.push(i);
      }
    }
  }
  return out;
}
