/**
 * Headings the source's layout set otherwise than on a line of their own: broken over two lines
 * ("Pasal" / "5", "BAB" and its Roman number), joined back into one line before the page
 * furniture is removed, so the number alone is not taken for a page number; and a Pasal heading
 * run together with the Pasal's first words ("Pasal 3 (1) Setiap …"), set apart.
 */
import type { SourceLine } from './types';

const WORD_ALONE = /^(Pasal|PASAL|BAB)$/;
const NUMBER_OF: Record<string, RegExp> = {
  pasal: /^\d{1,4}\s*[A-Z]?$/,
  bab: /^[IVXLCDM]+[A-Z]?$/,
};

/** The lines with every heading split over two lines joined into one. */
export function joinSplitHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    const word = WORD_ALONE.exec(line.text)?.[1];
    const number = word ? NUMBER_OF[word.toLowerCase()] : undefined;
    // A sentence torn a word a line ("sehingga" / "Pasal" / "22" / "berbunyi") goes on in lower case.
    const after = lines[i + 2];
    const sentenceGoesOn = after !== undefined && !after.blankBefore && /^\p{Ll}/u.test(after.text);
    if (word && number && next && !next.blankBefore && next.page === line.page && number.test(next.text) && !sentenceGoesOn) {
      out.push({ ...line, text: `${line.text} ${next.text}`, raw: `${line.raw} ${next.text}`, pageEnd: next.pageEnd });
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * A Pasal heading with the Pasal's first words after it on the same line: an ayat's "(1)", or a
 * sentence's capital ("Pasal 3 (1) Setiap …", "Pasal 4 Jenis atau produk …").
 */
const INLINE_PASAL = /^(Pasal\s+\d{1,3}[A-Z]?)\s+(?=\(1\)|\p{Lu})(\S.*)$/u;

/**
 * The lines with each Pasal heading that shares its line with the Pasal's first words ("Pasal 3
 * (1) Setiap orang …", as a text whose lines were run together gives it), or a Penjelasan entry's
 * heading with its first words ("Pasal 9 Standar teknis …"), set on a line of its own, up to the
 * Lampiran. Whether such a line is a heading is then decided as for any heading line
 * (`unit-scan.ts`): a reference a wrapped line starts with ("… dalam" / "Pasal 2 Undang-Undang
 * …") stays text, and so does a sentence of the Penjelasan Umum that starts so.
 */
export function splitInlinePasalHeadings(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let inBody = true;
  for (const line of lines) {
    if (/^LAMPIRAN\b/.test(line.text)) inBody = false;
    const m = inBody ? INLINE_PASAL.exec(line.text) : null;
    if (!m) {
      out.push(line);
      continue;
    }
    const heading = m[1] as string;
    const rest = m[2] as string;
    // The words after the heading start the Pasal at the line's own column, as the lines after them do.
    out.push({ ...line, text: heading, raw: line.raw.slice(0, line.indent) + heading, pageEnd: undefined });
    out.push({ ...line, text: rest, raw: line.raw.slice(0, line.indent) + rest, blankBefore: false });
  }
  return out;
}
