/**
 * Catchwords (`catchwords.ts`) in a text that lost the page breaks between them and the page they
 * announce: a web page's text of a printed regulation, or text copied out of a PDF viewer. The
 * catchword then stands right before the words it repeats, on the line before them ("(4)
 * Dengan..." above "(4) Dengan Peraturan Daerah …"), at the end of the line before them ("… tidak
 * dapat diborongkan. Pasal 27…" above "Pasal 27"), or run into them ("… sebagai berikut :
 * "Pasal 5A... "Pasal 5A (1) …"). Read as text, "(4) Dengan..." is an ayat (4) of its own and
 * "Pasal 27…" words of the Pasal before. A catchword is the words (with a letter among them)
 * before three dots or an ellipsis that the text right after the dots opens with (a quotation mark
 * aside); it is cut out and listed like a page number.
 */
import { isLampiranHeading } from './patterns';
import type { RemovedLine, SourceLine } from './types';

/** Three dots, spaced dots or an ellipsis. */
const DOTS = /(?:\.\s?){2}\.|…/g;

/** A line holding some (`DOTS`): only such a line may hold a catchword. */
const HAS_DOTS = new RegExp(DOTS.source);

/** Quotation marks that may stand before a catchword's words or the words it repeats. */
const QUOTES = /^["“”‘’']+/;

/** How many words a catchword may hold, at most. */
const MAX_WORDS = 8;

/** What is cut out of one line: from `start` to `end` of its text. */
interface Cut {
  start: number;
  end: number;
}

/** `text` without the quotation marks that open it, from its first word. */
function unquoted(text: string): string {
  return text.trimStart().replace(QUOTES, '').trimStart();
}

/**
 * Where the catchword ending at `before`'s end starts, or -1: the longest run of its last words
 * (with the quotation mark before them) that `after` opens with, up to a word's end.
 */
function catchwordStart(before: string, after: string): number {
  const next = unquoted(after);
  let best = -1;
  let words = 0;
  for (let s = before.length - 1; s >= 0 && words < MAX_WORDS; s--) {
    if (s > 0 && !/\s/.test(before.charAt(s - 1))) continue;
    words++;
    const said = unquoted(before.slice(s)).trimEnd();
    if (said.length < 2 || !/\p{L}/u.test(said) || !next.startsWith(said)) continue;
    // The words repeated go on (two blanks to fill, "pada tanggal …" twice, are no catchword).
    if ((next.length === said.length || /[\s.,;:)]/.test(next.charAt(said.length))) && !/^\s*(?:\.\s?\.|…)/.test(next.slice(said.length))) best = s;
  }
  return best;
}

/** A line's text and each unit run into it after a clause's end ("… ART. __ (2) Tata cara …": "(2) Tata cara …"). */
function unitsOf(text: string): string[] {
  return [text, ...[...text.matchAll(/[.;:]\s+(?:_{2,}\s+)?(?=\S)/g)].map((m) => text.slice(m.index + m[0].length))];
}

/** How many lines back a catchword set after the words it repeats may stand from them. */
const LOOK_BACK = 4;

/**
 * The catchwords of `line` (`following`: the next line's text; `earlier`: the lines before it,
 * nearest first), as cuts of its text. A line that is nothing but a catchword may follow the words
 * it repeats, where a web page set it after the page's first line ("(2) Tujuan khusus … adalah:" /
 * "a. …" / "(2) Tujuan...").
 */
function catchwordCuts(line: string, following: string | undefined, earlier: readonly string[]): Cut[] {
  const cuts: Cut[] = [];
  for (const m of line.matchAll(DOTS)) {
    const end = m.index + m[0].length;
    const rest = line.slice(end);
    if (rest !== '' && !/^\s|^["“‘’]/.test(rest)) continue;
    const atEnd = rest.trim() === '';
    const after = atEnd ? following : rest;
    if (after === undefined) continue;
    const before = line.slice(0, m.index).trimEnd();
    const start = catchwordStart(before, after);
    if (start >= 0) cuts.push({ start, end: atEnd ? line.length : end });
    else if (atEnd && earlier.some((e) => unitsOf(e).some((u) => catchwordStart(before, u) === 0))) cuts.push({ start: 0, end: line.length });
  }
  return cuts;
}

/** `left` and `right` joined where a catchword was cut out between them: one space, none at the ends. */
function joinAround(left: string, right: string): string {
  const l = left.trimEnd();
  const r = right.trimStart();
  return l && r ? `${l} ${r}` : l || r;
}

/**
 * `lines` without the catchwords that stand right before the words they repeat; what was cut out
 * goes to `removed`. The Lampiran is left as it is: a form's rows of dots ("NIP. ........") may
 * repeat.
 */
export function removeJoinedCatchwords(lines: readonly SourceLine[], removed: RemovedLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let beforeLampiran = true;
  lines.forEach((line, i) => {
    if (beforeLampiran && isLampiranHeading(line.text)) beforeLampiran = false;
    if (!beforeLampiran || !HAS_DOTS.test(line.text)) {
      out.push(line);
      return;
    }
    const cuts = catchwordCuts(line.text, lines[i + 1]?.text, lines.slice(Math.max(0, i - LOOK_BACK), i).map((l) => l.text).reverse());
    if (cuts.length === 0) {
      out.push(line);
      return;
    }
    let text = '';
    let from = 0;
    for (const c of cuts) {
      removed.push({ line: line.no, page: line.page, text: line.text.slice(c.start, c.end).trim(), reason: 'kata sambung halaman' });
      text = joinAround(text + line.text.slice(from, c.start), '');
      from = c.end;
    }
    text = joinAround(text, line.text.slice(from));
    if (text !== '') out.push({ ...line, text, raw: line.raw.slice(0, line.indent) + text });
  });
  return out;
}
