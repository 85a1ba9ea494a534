/**
 * Stage 1 — normalise. Reads: raw text (TXT, or text rebuilt from DOCX/PDF). Writes: the
 * non-empty `SourceLine`s with their 1-based line number, page (form feeds start a new page),
 * indentation and layout-collapsed text. Skips the corpus header block (`#` lines up to `# ---`)
 * only when the text starts with one.
 */
import type { SourceLine } from './types';
import { endsInAbbreviation } from './patterns';

/** Characters that carry no text (zero-width spaces, BOM, soft hyphen). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const HAS_INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const NON_SPACE = /[^\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
const MULTI_SPACE = /\s\s|[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Layout spaces of every kind. */
const SPACES = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Collapse layout spaces inside a line and trim it. */
export function collapseSpaces(s: string): string {
  return s.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Columns between tab stops: eight, as text tools that write tabs for runs of spaces set them. */
const TAB_STOP = 8;

/** Expand tabs to the next tab stop (layout indentation). */
export function expandTabs(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch === '\t') out += ' '.repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += ch;
  }
  return out;
}

/** Number of raw lines taken by a corpus header block at the very start, or 0. */
export function corpusHeaderLength(rawLines: readonly string[]): number {
  let i = 0;
  while (i < rawLines.length && (rawLines[i] ?? '').trim() === '') i++;
  if (!(rawLines[i] ?? '').startsWith('#')) return 0;
  for (let j = i; j < Math.min(rawLines.length, i + 200); j++) {
    const l = (rawLines[j] ?? '').trim();
    if (/^#\s*-{3,}\s*$/.test(l)) return j + 1;
    if (!l.startsWith('#')) return 0;
  }
  return 0;
}

/** The columns of layout space before a line's first character (tabs to their stops). */
export function leadingColumns(s: string): number {
  const expanded = s.includes('\t') ? expandTabs(s) : s;
  const first = expanded.search(NON_SPACE);
  return first < 0 ? 0 : first;
}

/** Split text into normalised source lines (stage 1). */
export function normalizeLines(text: string, opts: { skipCorpusHeader?: boolean } = {}): SourceLine[] {
  const rawLines = text.split(/\r\n?|\n/);
  const start = opts.skipCorpusHeader === false ? 0 : corpusHeaderLength(rawLines);
  const out: SourceLine[] = [];
  let page = 1;
  let blank = false;
  const pushLine = (r: string, no: number): void => {
    let expanded = r;
    if (HAS_INVISIBLE.test(expanded)) expanded = expanded.replace(INVISIBLE, '');
    if (expanded.includes('\t')) expanded = expandTabs(expanded);
    const first = expanded.search(NON_SPACE);
    if (first < 0) {
      blank = true;
      return;
    }
    expanded = expanded.trimEnd();
    let textLine = expanded.slice(first);
    if (MULTI_SPACE.test(textLine)) textLine = textLine.replace(SPACES, ' ');
    out.push({ no, page, indent: first, text: textLine, raw: expanded, hard: false, blankBefore: blank });
    blank = false;
  };
  for (let i = start; i < rawLines.length; i++) {
    const raw = rawLines[i] ?? '';
    if (!raw.includes('\f')) {
      pushLine(raw, i + 1);
      continue;
    }
    const parts = raw.split('\f');
    // Text before a form feed belongs to the old page; after it to the new one.
    pushLine(parts[0] ?? '', i + 1);
    for (let k = 1; k < parts.length; k++) {
      const last = out[out.length - 1];
      if (last) last.pageEnd = true;
      page++;
      blank = true;
      pushLine(parts[k] ?? '', i + 1);
    }
  }
  if (paragraphALine(out)) out.forEach((l, i) => { l.hard = !amountGoesOn(out[i - 1], l); });
  return out;
}

/**
 * The line goes on with the amount the line before left open ("… paling banyak Rp." /
 * "1.000.000.000,- (satu milyar rupiah);", as a web page's text breaks it): not a paragraph of
 * its own, even in a text saved a paragraph a line.
 */
function amountGoesOn(before: SourceLine | undefined, line: SourceLine): boolean {
  return before !== undefined && endsInAbbreviation(before.text) && /^\d/.test(line.text);
}

/** Longer than a line a printed page holds (the corpus's PDF texts run to 96 characters). */
const UNWRAPPED_LINE = 150;

/** A run of layout spaces inside a line: a table's columns, or a justified line of a printed page. */
const LAYOUT_GAP = /\S {3,}\S/;

/**
 * True when the text was saved a paragraph a line (Word's plain text, a .doc's text, a text
 * copied from a web page): several lines are longer than a printed line can be, and they are a
 * good share of the lines of prose. Then every line starts a paragraph, as a Word paragraph does:
 * a Penjelasan Umum's alinea, set one after another, stay apart. Read before the Lampiran only,
 * and from lines without layout spaces: a landscape table's rows are long lines of a printed page.
 */
function paragraphALine(lines: readonly SourceLine[]): boolean {
  let long = 0;
  let prose = 0;
  for (const l of lines) {
    if (/^LAMPIRAN\b/.test(l.text)) break;
    if (l.text.length > 60) prose++;
    if (l.text.length > UNWRAPPED_LINE && !LAYOUT_GAP.test(l.raw.trim())) long++;
  }
  return long >= 3 && long >= 0.2 * prose;
}
