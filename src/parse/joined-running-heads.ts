/**
 * A page's running head in a text that lost the page breaks around it: text recognition of a
 * printed regulation, as a web page gives it, runs the letterhead of every page into the line
 * ("… Undang-Undang Dasar Negara Republik Indonesia Tahun 1945. PRES I DEN 3. Badan adalah …",
 * 26 times in UU 9/2018). Read as text, the letterhead is words of the unit before and hides the
 * unit after it ("3.", "(2)", "Paragraf 5"), which is then no unit of its own.
 *
 * A running head is a run of words in capitals that stands, the same each time and at least
 * `MIN_REPEATS` times, between a clause's end and the opening of a unit (an ayat's "(2)", an
 * item's "3." or "c.", a Pasal, Paragraf, Bagian or BAB heading). It is cut out and listed like
 * a running head on a line of its own, and so is the same run where it ends a line. An
 * abbreviation opens no such place ("… ayat (1). DPRD menetapkan …" is a sentence), nor does a
 * heading ("BAB V"); the Lampiran is left as it is.
 */
import { isLampiranHeading } from './patterns';
import type { RemovedLine, SourceLine } from './types';

/** How often the same run must stand in such places to be a running head. */
const MIN_REPEATS = 3;

/**
 * A run of words in capitals after a clause's end (group 1: the run, its spaces after it), right
 * before a unit's opening. Single capitals may stand among its words: a letterhead's letters set
 * apart read as "PRES I DEN".
 */
const JOINED_HEAD = /(?<=[.;:]\s+)((?:[A-Z]{1,12}\s+){1,6}?)(?=(?:\(\d{1,3}\)|\d{1,3}\.|[a-z]\.|Pasal\s+\d|Paragraf\s+\d|Bagian\s+K|BAB\s+[IVXLC]+\b)\s)/g;

/** The same at a line's end, where the unit opens the next line ("… Wajib Bayar. PRES I DEN"). */
const HEAD_AT_END = /(?<=[.;:]\s+)(?:[A-Z]{1,12}\s+){0,5}[A-Z]{1,12}\s*$/;

/** Words that open a heading or a Roman-numbered unit, never a running head. */
const NOT_A_HEAD = /^(?:BAB|PASAL|BAGIAN|PARAGRAF|[IVXLC]+)\b/;

/** The run as counted: its words, one space apart. */
function runKey(run: string): string {
  return run.trim().replace(/\s+/g, ' ');
}

/** True for a run that may be a running head: a word of two letters at least, no heading word first. */
function headLike(key: string): boolean {
  return /[A-Z]{2}/.test(key) && !NOT_A_HEAD.test(key);
}

/**
 * `lines` without the running heads run into them (what was cut out goes to `removed`, as
 * "kepala/kaki halaman berulang"); the array itself when there are none.
 */
export function removeJoinedRunningHeads(lines: readonly SourceLine[], removed: RemovedLine[]): readonly SourceLine[] {
  const lampiranAt = lines.findIndex((l) => isLampiranHeading(l.text));
  const end = lampiranAt >= 0 ? lampiranAt : lines.length;
  const counts = new Map<string, number>();
  for (let i = 0; i < end; i++) {
    for (const m of lines[i]!.text.matchAll(JOINED_HEAD)) {
      const key = runKey(m[1]!);
      if (headLike(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const heads = new Set([...counts].filter(([, n]) => n >= MIN_REPEATS).map(([key]) => key));
  if (heads.size === 0) return lines;
  return lines.map((line, i) => {
    if (i >= end) return line;
    const cut = (run: string) => {
      if (!heads.has(runKey(run))) return run;
      removed.push({ line: line.no, page: line.page, text: runKey(run), reason: 'kepala/kaki halaman berulang' });
      return '';
    };
    const text = line.text.replace(JOINED_HEAD, cut).replace(HEAD_AT_END, cut).trimEnd();
    return text === line.text ? line : { ...line, text, raw: line.raw.slice(0, line.indent) + text };
  });
}
