/**
 * Headings broken over two lines by the source's layout: "Pasal" on one line and its number on
 * the next ("Pasal" / "5"), or "BAB" and its Roman number. Joined back into one line before the
 * page furniture is removed, so the number alone is not taken for a page number.
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
