/**
 * Units run together on one line, as a web page's text gives them ("b. … ; dan c. pemerintah
 * negara …", "(1) … Menteri. (2) Surat …", "wajib: a. …; b. …; dan c. …"), set on lines of their
 * own before the structure is read. A printed text sets each item and ayat on a line of its own;
 * read from a PDF, an item run into the one before it came apart wherever a wrapped line happened
 * to start with its marker, so the same text read otherwise as a file and as a print.
 *
 * Only a marker that continues the sequence of a unit open before it is split off (after "b." only
 * "c.", after "z." only "aa.", after "(1)" only "(2)", after "7." only "8."; the units still open are carried from line
 * to line within a Pasal), and only after the end of a clause (".", ";" or ":", with "dan",
 * "atau", "dan/atau" or "serta" kept on the clause it ends: "e. pejabat bank lainnya; serta f. …"); a list run into the sentence that opens it is
 * split off where "a." (or "1.", "(1)") follows the colon and "b." (or "2.", "(2)") follows in
 * turn. So "ayat (1) dan (2)", "huruf a, b, dan c", "Rp. 5.000" and "a.n. Bupati" stay as
 * written. The Lampiran is left as it is.
 */
import { lineInPieces, trimmedPiece } from './line-pieces';
import { isLampiranHeading, nextLabel } from './patterns';
import type { SourceLine } from './types';

/**
 * A marker a unit opens with: a letter or number item ("c.", "c)", "aa.", "8.") or an ayat ("(2)"),
 * its words after it or on the next line; an ayat's words may follow with no space, as a web page
 * runs them ("(1)Pemakai jasa …", UU 3/1989 Pasal 30).
 */
const OPENING = /^(?:(([a-z])\2{0,2})[.)]|(\d{1,3})[.)]|\((\d{1,3})\))(?:\s|$)|^\((\d{1,3})\)(?=\p{Lu})/u;

/**
 * Where a clause ends before a run-in marker: its stop (also as a web page sets it in underscores,
 * "_._", PP 33/2005), a web page's underline mark ("… sama. __ (2) …", UU 12/2008), and "dan" /
 * "atau" / "dan/atau" that join the last item (also "dan atau", as laws of the 1990s write it:
 * "…; dan atau c. memberikan …", UU 20/1997 Pasal 14, and "dan / a tau" as text recognition may
 * read "dan/atau", UU 9/2018 Pasal 50).
 */
const CLAUSE_END = String.raw`(?:[.;:]|_\._)\s+(?:_{2,}\s+)?(?:(?:dan\s*\/\s*a\s?tau|dan\s+atau|dan|atau|serta)\s+)?`;

/** How many lines after a list's first item its second may stand (a change item's quoted Pasal between them). */
const LOOK_AHEAD = 80;

/** A list's first marker after the colon of the sentence that opens it (a web page's underline mark between them, "dalam: __ a. …", UU 52/2009), and its second marker. */
const LIST_OPENINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/:\s+(?:_{2,}\s+)?(a\.)\s+\S/d, 'b.'],
  [/:\s+(?:_{2,}\s+)?(a\))\s+\S/d, 'b)'],
  [/:\s+(?:_{2,}\s+)?(1\.)\s+\S/d, '2.'],
  [/:\s+(?:_{2,}\s+)?(1\))\s+\S/d, '2)'],
  [/:\s+(?:_{2,}\s+)?(\(1\))\s+\S/d, '(2)'],
];

/**
 * A line that opens another unit than an ayat's list: a Pasal (also an instrument's "Pasal I"),
 * BAB, Bagian or Paragraf heading, the Penjelasan, or a part of the pembukaan (the Menimbang's
 * last letter awaited no more in Pasal I's items).
 */
const UNIT_HEADING = /^(?:Pasal\s+(?:\d|[IVXLC]+\b)|PASAL\s+(?:\d|[IVXLC]+\b)|BAB\s|Bagian\s|Paragraf\s|PENJELASAN\b|Menimbang\b|Mengingat\b|MEMUTUSKAN\b|Menetapkan\b)/;

/** Characters that may stand in a regular expression only escaped. */
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** An ayat's marker whose ")" text recognition read as a 1 ("(21 Untuk …" for "(2) Untuk …"): the number, group 1. */
const MISREAD_AYAT = /^\((\d{1,2})1\s+\p{Lu}/u;

/** The marker that would follow the one `text` opens with, as it is written ("c.", "8)", "(3)"), or null. */
function nextMarker(text: string): string | null {
  const misread = MISREAD_AYAT.exec(text);
  if (misread) return `(${Number(misread[1]) + 1})`;
  const m = OPENING.exec(text);
  if (!m) return null;
  const close = (m[0] as string).trimEnd().slice(-1);
  if (m[1] !== undefined) return `${nextLabel(m[1])}${close}`;
  if (m[3] !== undefined) return `${Number(m[3]) + 1}${close}`;
  return `(${Number(m[4] ?? m[5]) + 1})`;
}

/**
 * Where in `text` (from `from` on) the marker `marker` opens a run-in unit after a clause's end
 * (the marker's index), or -1; the marker may end the line (a print wrapped right after it: its
 * words are on the next line, which the lone marker is joined to).
 */
function runInAt(text: string, marker: string, from = 0): number {
  let re = RUN_IN.get(marker);
  if (!re) {
    // An ayat's marker also as text recognition may misread it: "(21 Untuk …" for "(2) Untuk …".
    const ayat = /^\((\d{1,3})\)$/.exec(marker);
    const misread = ayat ? `|\\(${ayat[1]}1(?=\\s+\\p{Lu})` : '';
    re = new RegExp(`${CLAUSE_END}(${marker.replace(SPECIAL, '\\$&')}${misread})(?:\\s+\\S|$)`, 'dgu');
    RUN_IN.set(marker, re);
  }
  re.lastIndex = from;
  const m = re.exec(text);
  return m?.indices?.[1] ? m.indices[1][0] : -1;
}

/** The pattern of each marker run in (`runInAt`), made once. */
const RUN_IN = new Map<string, RegExp>();

/** Some marker after a clause's end: a line without one holds no unit run into it. */
const ANY_RUN_IN = new RegExp(`${CLAUSE_END}(?:[a-z]{1,3}|\\d{1,3})[.)]|${CLAUSE_END}\\(\\d{1,3}[)1]`);

/**
 * Where the first list run into the sentence that opens it starts ("wajib: a. …; b. …": the index
 * of "a."), or -1: its second marker follows, on the same line or on one of the `ahead` lines
 * after it (opening it or run into it).
 */
function listAfterColon(text: string, ahead: () => readonly string[]): number {
  let first = -1;
  for (const [opening, second] of LIST_OPENINGS) {
    const start = opening.exec(text)?.indices?.[1]?.[0] ?? -1;
    if (start < 0 || (first >= 0 && start >= first)) continue;
    if (runInAt(text, second, start) > 0 || ahead().some((line) => line.startsWith(`${second} `) || runInAt(line, second) > 0)) first = start;
  }
  return first;
}

/** The marker `text` opens with as it is written ("c.", "8)", "(2)"; a misread "(21 …" as "(2)"), or null. */
function openingMarker(text: string): string | null {
  const misread = MISREAD_AYAT.exec(text);
  if (misread) return `(${misread[1]})`;
  const m = OPENING.exec(text);
  return m ? (m[0] as string).trimEnd() : null;
}

/**
 * The pieces of one line's text: each unit run into it on a piece of its own. `awaited` holds
 * the next markers of the units enclosing the line (outermost first), carried from line to line
 * within a Pasal, so that an ayat or item run into the last item of a list is found whatever
 * line that list opened on ("(2) … : a. …; b. …; dan" / "c. … . (3) …"); it is updated here.
 */
function pieces(text: string, awaited: string[], ahead: () => readonly string[]): string[] {
  const out: string[] = [];
  let rest = text;
  for (;;) {
    // A piece that opens with an awaited marker closes the units inside that one.
    const opening = openingMarker(rest);
    const level = opening === null ? -1 : awaited.indexOf(opening);
    if (level >= 0) awaited.length = level;
    if (!ANY_RUN_IN.test(rest)) break;
    const own = nextMarker(rest);
    let cut = own ? runInAt(rest, own) : -1;
    for (const marker of awaited) {
      const at = runInAt(rest, marker);
      if (at > 0 && (cut <= 0 || at < cut)) cut = at;
    }
    const list = cut > 0 ? listAfterColon(rest.slice(0, cut), () => []) : listAfterColon(rest, ahead);
    // A list opening inside the piece: the piece's next marker is awaited after the list.
    if (list > 0 && own) awaited.push(own);
    if (list > 0) cut = list;
    if (cut <= 0) break;
    out.push(trimmedPiece(rest.slice(0, cut)));
    rest = rest.slice(cut);
  }
  out.push(rest);
  // The last piece's next marker is awaited on the lines after it.
  const own = nextMarker(rest);
  if (own) awaited.push(own);
  return out;
}

/** The lines with every unit run into another set on a line of its own (the Lampiran as it is). */
export function splitRunInUnits(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let beforeLampiran = true;
  // The next markers of the units open in the Pasal being read, outermost first.
  const awaited: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as SourceLine;
    if (isLampiranHeading(line.text)) beforeLampiran = false;
    if (UNIT_HEADING.test(line.text)) awaited.length = 0;
    const parts = beforeLampiran ? pieces(line.text, awaited, () => lines.slice(i + 1, i + 1 + LOOK_AHEAD).map((l) => l.text)) : [line.text];
    if (parts.length === 1) out.push(line);
    else out.push(...lineInPieces(line, parts));
  }
  return out;
}
