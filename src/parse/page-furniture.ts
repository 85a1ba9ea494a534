/**
 * Stage 2 — page furniture. Reads: normalised `SourceLine`s. Writes: the lines that are document
 * text, the `RemovedLine`s (page numbers, "SALINAN" stamps, e-signature footers, JDIH footers,
 * running headers/footers repeated at page breaks) and one summary diagnostic per kind removed.
 * When the source had no form feeds, page numbers found here also set each line's page.
 */
import { readDigits } from '../model/misread-digits';
import { brokenFooterLines, isEsignLine } from './esign-footer';
import { readHeading, REFERENCE_WORD } from './patterns';
import { catchwordLines } from './catchwords';
import { misreadRunningLines, serialLines } from './scanned-furniture';
import type { Diagnostic, RemovedLine, SourceLine } from './types';

/** Result of the furniture stage. */
export interface FurnitureResult {
  lines: SourceLine[];
  removed: RemovedLine[];
  diagnostics: Diagnostic[];
}

/** "- 5 -", also as text recognition reads it: the dashes as underscores, a 1 as l, I, L, t or a bar, a 0 as O ("-L4-", "_t2_"). */
const PAGE_DASHED = /^[-–—_]\s*(?=[0-9lIL|tO]*\d)[0-9lIL|tO]{1,4}\s*[-–—_]$/;
/** A bare number, its digits 1 and 0 perhaps misread as l, I and O ("1O", "2l"), one digit at least. */
const PAGE_BARE = /^(?=[lIO]*\d)[\dlIO]{1,4}$/;

/** The value of a bare page number (`PAGE_BARE`), misread letters read as the digits they stand for. */
function bareValue(text: string): number {
  return Number(readDigits(text));
}
const PAGE_WORD = /^(halaman|hal\.?)\s*\d{1,4}(\s*(dari|\/)\s*\d{1,4})?$/i;
const DATE_STAMP = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;
/** The stamp "SALINAN" (or "Salinan", its letters maybe spaced); "salinan" alone on a line is a word of a torn sentence. */
const STAMP = /^(?:S\s?A\s?L\s?I\s?N\s?A\s?N|Salinan)$/;
const ESIGN_REASON = 'catatan tanda tangan elektronik';
const URL_LINE = /^(https?:\/\/|www\.)\S+$|\bjdih\.[a-z0-9-]+\.(go\.id|id)\b/i;
/** Lines never treated as running headers even when repeated (structure and formulas). */
const STRUCTURAL_WORDS = /^(pasal|bab|bagian|paragraf|ayat|huruf|angka)\b|cukup\s+jelas|^ttd\.?$|^dihapus\.?$|^(dan|atau|tentang|nomor)$/i;
const STRUCTURAL_MARKER = /^\(?([0-9]{1,3}|[a-z])[.)]\s/;
/** Quotation marks that open a unit an amending instrument quotes ("“Pasal 5"). */
const OPENING_QUOTES = /^[“”"‘’'«]+\s*/;
/**
 * A line the structure needs: a heading ("Pasa| 6" too, as text recognition misreads it) or a
 * marker, also behind the quotation mark that opens a quoted unit (an instrument's "“Pasal 32",
 * set near page breaks with numbers that go up as page numbers do).
 */
const structural = (line: string) => {
  const t = line.replace(OPENING_QUOTES, '');
  return STRUCTURAL_WORDS.test(t) || STRUCTURAL_MARKER.test(t) || (/^P\s?a\s?s\s?a|^B\s?A\s?B/i.test(t) && readHeading(t) !== null);
};

/**
 * True when a line is a page number in one of the usual forms. A bare number is one only when it
 * stands apart (blank line around, or page end) or counts the pages with others (`counting`).
 */
export function isPageNumberLine(l: SourceLine, next: SourceLine | undefined, counting = false): boolean {
  if (PAGE_DASHED.test(l.text) || PAGE_WORD.test(l.text)) return true;
  if (!PAGE_BARE.test(l.text)) return false;
  return counting || l.blankBefore || l.pageEnd === true || next === undefined || next.blankBefore || next.page !== l.page;
}

/**
 * The bare number at `i` is a number of the text that a line break set apart: its words follow
 * ("1" / "(satu)", as the text spells every number out) or the word that takes it stands before
 * ("Nomor" / "28", "ayat" / "2").
 */
function numberInSentence(input: readonly SourceLine[], i: number): boolean {
  const next = input[i + 1];
  const prev = input[i - 1];
  return (next !== undefined && SPELLED_OUT.test(next.text)) || (prev !== undefined && REFERENCE_WORD.test(prev.text));
}

/** The spelled-out number after a figure: "(satu)", "(dua puluh)". */
const SPELLED_OUT = /^\(\p{Ll}/u;

/**
 * Whether `text`, a page number, may be the number of the page after the one numbered `before`
 * (a page number directly after another: the next page's number set at its head). A bare number
 * right after a page number that it does not follow is text ("-6-" / "2" / "Pasal 3 diubah …":
 * a change item's "2" without its full stop): a page has one number.
 */
function nextPageNumber(before: string, text: string): boolean {
  if (!PAGE_BARE.test(text)) return true;
  const digits = /\d+/.exec(readDigits(before))?.[0];
  return digits !== undefined && bareValue(text) === Number(digits) + 1;
}

/** How many lines at least stand between two page numbers. */
const MIN_PAGE_LINES = 10;

/**
 * Indices of the bare-number lines that count pages: chains of numbers that go up by one, each a
 * page (`MIN_PAGE_LINES`) after the one before (3 -> 4 -> 5), at least three long; the longest
 * chain first, then the next after it, two long at least (a Penjelasan may count its pages
 * afresh, "2", "3"). A text copied without its blank lines sets no page number apart, but its
 * page numbers still count up; a number wrapped onto a line of its own ("Tahun" / "2009") does
 * not, nor a table's "No" column, whose numbers stand a line or two apart.
 */
function countingPageNumbers(input: readonly SourceLine[]): Set<number> {
  const cand: Array<{ i: number; v: number }> = [];
  input.forEach((l, i) => {
    // Not a year ("Tahun" / "2014" wrapped): no Perda runs to a thousand pages.
    if (PAGE_BARE.test(l.text) && bareValue(l.text) < 1000 && !numberInSentence(input, i)) cand.push({ i, v: bareValue(l.text) });
  });
  const byValue = new Map<number, number[]>();
  cand.forEach((c, k) => {
    const same = byValue.get(c.v);
    if (same) same.push(k);
    else byValue.set(c.v, [k]);
  });
  const out = new Set<number>();
  let last = -1;
  for (;;) {
    // Longest chain ending at each candidate after the chains taken; a tie goes to the earlier predecessor.
    const len: number[] = new Array<number>(cand.length).fill(0);
    const from: number[] = new Array<number>(cand.length).fill(-1);
    let end = -1;
    for (let k = 0; k < cand.length; k++) {
      const c = cand[k] as { i: number; v: number };
      if (c.i <= last) continue;
      len[k] = 1;
      for (const j of byValue.get(c.v - 1) ?? []) {
        const p = cand[j] as { i: number; v: number };
        if (j < k && len[j]! > 0 && c.i - p.i >= MIN_PAGE_LINES && len[j]! + 1 > len[k]!) {
          len[k] = len[j]! + 1;
          from[k] = j;
        }
      }
      if (end < 0 || len[k]! > len[end]!) end = k;
    }
    if (end < 0 || len[end]! < (out.size === 0 ? 3 : 2)) return out;
    for (let k = end; k >= 0; k = from[k]!) out.add((cand[k] as { i: number }).i);
    last = (cand[end] as { i: number }).i;
  }
}

/**
 * Remove page furniture (stage 2). `fromText`: the lines are a text layer as printed (a .txt),
 * whose page numbers may count up without blank lines around them; not a Word file (whose
 * tables may hold a "No" column a page long per row) nor a PDF read page by page.
 */
export function removeFurniture(input: SourceLine[], fromText = false): FurnitureResult {
  const hasFormFeeds = input.some((l) => l.page > 1);
  const reasons: Array<string | null> = new Array(input.length).fill(null);
  const pageMarker: boolean[] = new Array(input.length).fill(false);

  const counting = fromText && !hasFormFeeds ? countingPageNumbers(input) : new Set<number>();
  for (let i = 0; i < input.length; i++) {
    const l = input[i]!;
    if (isPageNumberLine(l, input[i + 1], counting.has(i)) && !(reasons[i - 1] === 'nomor halaman' && !nextPageNumber(input[i - 1]!.text, l.text))) {
      reasons[i] = 'nomor halaman';
      pageMarker[i] = true;
    } else if (STAMP.test(l.text)) reasons[i] = 'cap SALINAN';
    else if (isEsignLine(l.text)) reasons[i] = ESIGN_REASON;
    else if (URL_LINE.test(l.text) && l.text.length < 100) reasons[i] = 'alamat situs (kaki halaman)';
    if (l.pageEnd) pageMarker[i] = true;
  }
  for (const i of brokenFooterLines(input, reasons.map((r) => r === ESIGN_REASON), reasons.map((r) => r === null))) reasons[i] = ESIGN_REASON;
  // A bare date printed next to a page number is a print stamp.
  for (let i = 0; i < input.length; i++) {
    if (reasons[i] === null && DATE_STAMP.test(input[i]!.text) && (pageMarker[i - 1] || pageMarker[i + 1] || pageMarker[i + 2])) reasons[i] = 'tanggal cetak';
  }

  // Running headers/footers: the same short line repeated next to page breaks.
  const near: boolean[] = new Array(input.length).fill(false);
  for (let i = 0; i < input.length; i++) {
    if (!pageMarker[i]) continue;
    for (let d = -3; d <= 3; d++) {
      const j = i + d;
      if (j >= 0 && j < input.length) near[j] = true;
    }
    if (input[i]!.pageEnd && i + 1 < input.length) for (let d = 1; d <= 3; d++) if (i + d < input.length) near[i + d] = true;
  }
  // The end of the text ends the last page, page number or not: its footer is near a break too.
  for (let j = Math.max(0, input.length - 3); j < input.length; j++) near[j] = true;
  const counts = new Map<string, number>();
  for (let i = 0; i < input.length; i++) {
    const t = input[i]!.text;
    if (near[i] && reasons[i] === null && t.length <= 80 && !structural(t) && !(PAGE_BARE.test(t) && numberInSentence(input, i))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  // A running line is repeated on a good share of the pages, not just a few times.
  const pages = pageMarker.filter(Boolean).length;
  const minRepeats = Math.max(3, Math.ceil(pages * 0.3));
  for (let i = 0; i < input.length; i++) {
    const t = input[i]!.text;
    if (near[i] && reasons[i] === null && (counts.get(t) ?? 0) >= minRepeats) reasons[i] = 'kepala/kaki halaman berulang';
  }
  for (const i of numberedRunningLines(input, near, reasons, minRepeats)) reasons[i] = 'kepala/kaki halaman berulang';
  for (const i of serialLines(input, pageMarker, reasons, minRepeats, structural)) reasons[i] = 'kepala/kaki halaman berulang';
  const running = [...counts].filter(([, n]) => n >= minRepeats).map(([t]) => t);
  for (const i of misreadRunningLines(input, near, reasons, running, structural)) reasons[i] = 'kepala/kaki halaman berulang';
  for (const i of catchwordLines(input, reasons, pageMarker)) reasons[i] = 'kata sambung halaman';

  const lines: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  let page = 1;
  let blankPending = false;
  for (let i = 0; i < input.length; i++) {
    const l = input[i]!;
    // A page number before any text is the first page's own (a text that opens at a page numbered at its head).
    if (!hasFormFeeds && pageMarker[i] && reasons[i] === 'nomor halaman' && lines.length > 0) page++;
    const p = hasFormFeeds ? l.page : page;
    const reason = reasons[i];
    if (reason) {
      removed.push({ line: l.no, page: p, text: l.text, reason });
      blankPending = true;
      const prev = lines[lines.length - 1];
      if (prev && reason === 'nomor halaman') prev.pageEnd = true;
      continue;
    }
    l.page = p;
    if (blankPending) l.blankBefore = true;
    lines.push(l);
    blankPending = false;
  }

  return { lines, removed, diagnostics: summarizeRemoved(removed) };
}

/** A short line with a page number at its start or end ("2018, No.3   -5-"): the rest, and the number. */
const NUMBERED_LINE_END = /^(.*\S)\s+[-–—]?\s*(\d{1,4})\s*[-–—]?$/;
const NUMBERED_LINE_START = /^[-–—]?\s*(\d{1,4})\s*[-–—]?\s+(\S.*)$/;

/**
 * Running headers that carry the page number ("2018, No.3   -5-", "PERATURAN DAERAH ... 7"):
 * lines near page breaks whose text, apart from the number, repeats on a good share of the pages
 * while the number goes up from one to the next, as page numbers do.
 */
function numberedRunningLines(input: readonly SourceLine[], near: readonly boolean[], reasons: ReadonlyArray<string | null>, minRepeats: number): number[] {
  const groups = new Map<string, Array<{ i: number; n: number }>>();
  for (let i = 0; i < input.length; i++) {
    const t = input[i]!.text;
    if (!near[i] || reasons[i] !== null || t.length > 100 || structural(t)) continue;
    const end = NUMBERED_LINE_END.exec(t);
    const start = end ? null : NUMBERED_LINE_START.exec(t);
    const rest = end ? end[1] : start?.[2];
    const n = Number(end ? end[2] : start?.[1]);
    if (rest === undefined || !/\p{L}/u.test(rest)) continue;
    const key = rest.replace(/\d+/g, '#');
    const g = groups.get(key);
    if (g) g.push({ i, n });
    else groups.set(key, [{ i, n }]);
  }
  const out: number[] = [];
  for (const g of groups.values()) {
    if (g.length < minRepeats) continue;
    if (g.every((x, k) => k === 0 || x.n > g[k - 1]!.n)) out.push(...g.map((x) => x.i));
  }
  return out;
}

/** One info diagnostic per kind of removed line, naming the first one. */
export function summarizeRemoved(removed: readonly RemovedLine[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byReason = new Map<string, RemovedLine[]>();
  for (const r of removed) {
    const list = byReason.get(r.reason);
    if (list) list.push(r);
    else byReason.set(r.reason, [r]);
  }
  for (const [reason, list] of byReason) {
    const first = list[0]!;
    diagnostics.push({
      line: first.line,
      page: first.page,
      severity: 'info',
      code: 'FURNITURE_REMOVED',
      message: `${list.length} baris dihapus sebagai ${reason} (mis. baris ${first.line}: "${first.text.slice(0, 60)}"); lihat daftar baris yang dihapus.`,
    });
  }
  return diagnostics;
}
