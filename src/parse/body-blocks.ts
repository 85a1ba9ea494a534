/**
 * Stage 4b — unit bodies. Reads: the source lines of one unit body (after its heading).
 * Writes: JSON content of that body — ayat, the four list levels (a. -> 1. -> a) -> 1)) and
 * paragraphs — with each item's and ayat's literal number as `baseNum`.
 *
 * A line that begins like a marker is only taken as one when the structure agrees: the label
 * continues an open list or run of ayat, or opens a new one ("1", "a"), and the previous line
 * does not end in a word that the marker would complete ("... pada ayat" + "(2) ..." is one
 * sentence wrapped, not a new ayat). A marker as text recognition may have misread it ("b,",
 * "l.", "(2}", `markerReadings`) is taken only where its list agrees, and its printed reading
 * wins wherever that fits. Continuation lines that move back to or before the marker column of
 * the open item close the list (text after the list).
 */
import { appendLine } from './join-lines';
import { endsStrict, followsLabel, isFirstLabel, markerReadings, nextLabel, REFERENCE_WORD, type Marker, type MarkerStyle } from './patterns';
import { para, unit, type PMJson } from './pm-json';
import type { Diagnostic, SourceLine } from './types';

interface ParaBuf { kind: 'para'; text: string }
interface ListBuf { kind: 'list'; style: MarkerStyle; items: ItemBuf[] }
type Content = Array<ParaBuf | ListBuf>;
interface ItemBuf { label: string; content: Content; list: ListBuf; markerIndent: number; contIndent?: number; textIndent?: number; page: number; lineNo: number }
interface AyatBuf { label: string; content: Content; line: SourceLine }

/** Options of `buildBody`. */
export interface BodyOptions {
  /** Whether "(1)" starts an ayat here (Pasal bodies) or is text (items, Menimbang). */
  allowAyat: boolean;
  /** Name of the unit for messages ("Pasal 5"). */
  where: string;
  diagnostics: Diagnostic[];
  /**
   * The lines restate a few units out of their Pasal (a change item's "4. …" and "5. …"): their
   * numbers need not start at 1 or follow each other, so no numbering warning is given.
   */
  quoted?: boolean;
  /**
   * Free text whose paragraphs are set apart by the indentation of their first line, not by a
   * blank line (a Penjelasan Umum): a sentence's end, then a line set further in, opens one.
   */
  indentedParagraphs?: boolean;
}

/** The built body: content before any ayat, and the ayat (null when there are none). */
export interface BuiltBody {
  intro: PMJson[];
  ayat: PMJson[] | null;
}

/** The end of the item before a list's last item: "…; dan", "…; atau", "…; dan/atau", "…; serta". */
const LAST_ITEM_NEXT = /[;,]\s*(dan|atau|dan\/atau|serta)\s*$/i;

/** The text a unit's content ends with (its last paragraph, or its last list's last item's); null when it has none. */
function lastText(content: Content): string | null {
  const last = content[content.length - 1];
  if (!last) return null;
  if (last.kind === 'para') return last.text;
  const item = last.items[last.items.length - 1];
  return item ? lastText(item.content) : null;
}

/** The end of an item after which its list goes on: "…;", "…; dan", "…; dan/atau". */
const LIST_GOES_ON = /;\s*(?:dan|atau|dan\/atau|serta)?\s*$/i;

/** The end of an item after which its list may go on, as a scan reads it: "…;" or "…:" (its semicolon misread), perhaps with the conjunction. */
const ITEM_ENDED = /[;:]\s*(?:dan|atau|dan\/atau|serta)?\s*$/i;

/** A line opening with a 1 and no stop (or a colon or semicolon for it) before a word: "1 mempekerjakan …", "1 Hari, tanggal …". */
const BARE_ONE = /^1[:;]?\s+(\p{L}.*)$/u;

/** A line that is only the conjunction before a list's last item ("; dan" wrapped): it goes on with the item. */
const CONJUNCTION_LINE = /^(dan|atau|dan\/atau|serta)$/i;

/** How many lines ahead a list's first item looks for its second (past the lists nested in it). */
const ITEM_LOOKAHEAD = 40;

/** How many lines ahead `lostMarker` looks for the item after the one whose marker was lost. */
const LOST_MARKER_LOOKAHEAD = 6;

/** How many lines ahead `listResumes` looks for the list's next item. */
const RESUME_LOOKAHEAD = 12;

const DEFAULT_BY_DEPTH: MarkerStyle[] = ['huruf', 'angka', 'hurufKurung', 'angkaKurung'];

/** Build the body of one unit from its lines. */
export function buildBody(lines: readonly SourceLine[], opts: BodyOptions): BuiltBody {
  const root: Content = [];
  const ayats: AyatBuf[] = [];
  // Laid out flat (every line at one indentation, as a text copied out of a PDF or a Word file
  // with a paragraph per line): a line back at a label's column says nothing about the list.
  const flat = lines.length > 2 && lines.every((l) => l.indent === (lines[0] as SourceLine).indent);
  /**
   * Laid out flat, the width of the text, its longest line; 0 unless the text keeps its layout
   * (its justified lines padded with runs of spaces): where a copy closed them up, a line's length
   * says nothing about where it ended. Only a flat text's lists read it (`closesFlatList`).
   */
  const width = flat && lines.some((l) => / {2,}/.test(l.raw.trim())) ? lines.reduce((w, l) => Math.max(w, l.raw.trimEnd().length), 0) : 0;
  let stack: ItemBuf[] = [];
  let prev: SourceLine | null = null;
  let next: SourceLine | null = null;
  /** Index of the line being read. */
  let at = 0;
  const diag = (line: SourceLine, severity: Diagnostic['severity'], code: string, message: string) =>
    opts.diagnostics.push({ line: line.no, page: line.page, severity, code, message });

  const container = (): Content => stack[stack.length - 1]?.content ?? ayats[ayats.length - 1]?.content ?? root;

  const findList = (style: MarkerStyle, label: string, sequential: boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const it = stack[k]!;
      if (it.list.style !== style) continue;
      if (!sequential || followsLabel(it.label, label)) return k;
    }
    return -1;
  };

  const accept = (mk: Marker, line: SourceLine): boolean => {
    if (line.hard) return true;
    if (prev && REFERENCE_WORD.test(prev.text)) return false;
    const strictPrev = !prev || endsStrict(prev.text);
    if (mk.style === 'ayat') {
      if (!opts.allowAyat) return false;
      const last = ayats[ayats.length - 1];
      if (last ? followsLabel(last.label, mk.label) : mk.label === '1') return true;
      return !mk.misread && strictPrev && /^\d+[a-z]?$/.test(mk.label);
    }
    if (findList(mk.style, mk.label, true) >= 0) return true;
    if (mk.misread) return fits(mk);
    if (isFirstLabel(mk.label)) return true;
    return strictPrev;
  };

  /**
   * `mk` goes on with an open list, or opens a list whose next item follows it a few lines on
   * ("b." after "a,"), past the lists nested in its item and whatever their markers may read as.
   */
  const fits = (mk: Marker): boolean => {
    if (mk.style === 'ayat') {
      const last = ayats[ayats.length - 1];
      return opts.allowAyat && (last ? followsLabel(last.label, mk.label) : mk.label === '1');
    }
    if (findList(mk.style, mk.label, true) >= 0) return true;
    if (!isFirstLabel(mk.label)) return false;
    for (let k = at + 1; k < Math.min(lines.length, at + 1 + ITEM_LOOKAHEAD); k++) {
      if (markerReadings((lines[k] as SourceLine).text).some((m) => m.style === mk.style && followsLabel(mk.label, m.label))) return true;
    }
    return false;
  };

  /**
   * The reading of the line's marker: as printed where it goes on with an open list or may open
   * one ("a.", "1."), else a misread reading that fits its list or run of ayat ("b." in a list
   * lettered "a)", "l." opening a numbered list, "(2}" after ayat (1)), else as printed; none
   * where only misread readings stand and none fits (a Word paragraph that opens "a, b, dan c").
   */
  const markerAt = (line: SourceLine): Marker | null => {
    const readings = markerReadings(line.text);
    const first = readings[0];
    // "1." after an item that ends "…; dan/atau" opens no list of its own: the list goes on, its
    // letter l read as a 1 ("k. …;" then "1. …" in a scan).
    const goesOn = first && !first.misread && isFirstLabel(first.label) && prev !== null && LIST_GOES_ON.test(prev.text) ? readings.find((r) => r.misread && findList(r.style, r.label, true) >= 0) : undefined;
    if (goesOn) return goesOn;
    if (!first && prev !== null && ITEM_ENDED.test(prev.text)) {
      // "1 mempekerjakan …", "1: menarik …" after an item's end: huruf i, j or l whose stop a
      // blurred scan lost, where the list goes on to one of them.
      const bare = BARE_ONE.exec(line.text);
      const lost = bare ? (['i', 'j', 'l'] as const).find((label) => findList('huruf', label, true) >= 0) : undefined;
      if (bare && lost) return { style: 'huruf', label: lost, rest: bare[1] as string, misread: true };
    }
    if (!first || (!first.misread && (isFirstLabel(first.label) || findList(first.style, first.label, true) >= 0))) return first ?? null;
    return readings.find((r) => r.misread && fits(r)) ?? (first.misread ? null : first);
  };

  const place = (mk: Marker, line: SourceLine) => {
    if (mk.style === 'ayat') {
      const last = ayats[ayats.length - 1];
      if (!opts.quoted && (last ? !followsLabel(last.label, mk.label) : mk.label !== '1')) {
        diag(line, 'warning', last && last.label === mk.label ? 'NUMBERING_DUPLICATE' : 'NUMBERING_GAP',
          last ? `${opts.where}: ayat (${mk.label}) sesudah ayat (${last.label}); penomoran ayat tidak berurutan.` : `${opts.where}: ayat pertama bernomor (${mk.label}).`);
      }
      stack = [];
      ayats.push({ label: mk.label, content: mk.rest ? [{ kind: 'para', text: mk.rest }] : [], line });
      return;
    }
    let k = findList(mk.style, mk.label, true);
    if (k < 0 && !isFirstLabel(mk.label)) {
      k = findList(mk.style, mk.label, false);
      const lastLabel = k >= 0 ? stack[k]!.label : null;
      if (!opts.quoted) diag(line, 'warning', lastLabel === mk.label ? 'NUMBERING_DUPLICATE' : 'NUMBERING_GAP',
        lastLabel ? `${opts.where}: rincian ${mk.label} sesudah ${lastLabel}; penomoran tidak berurutan.` : `${opts.where}: rincian dimulai dengan ${mk.label}.`);
    }
    let list: ListBuf;
    if (k >= 0) {
      list = stack[k]!.list;
      stack = stack.slice(0, k);
    } else {
      list = { kind: 'list', style: mk.style, items: [] };
      container().push(list);
    }
    // The column of the item's text: where its first word stands (the raw line may space its words
    // with runs of spaces or no-break spaces, as the text does not).
    const restAt = mk.rest ? line.raw.indexOf(mk.rest.split(' ')[0]!, line.indent + 1) : -1;
    const item: ItemBuf = { label: mk.label, content: mk.rest ? [{ kind: 'para', text: mk.rest }] : [], list, markerIndent: line.indent, textIndent: restAt > line.indent ? restAt : undefined, page: line.page, lineNo: line.no };
    list.items.push(item);
    stack.push(item);
  };

  /**
   * In a list laid out flat (text at the labels' indentation), a lower-case line after an item
   * that ended with ";" finishes the sentence the list interrupted ("... maka: a. ...; b. ...;
   * dicabut dan dinyatakan tidak berlaku."): an item ends with ";", it does not go on after it.
   */
  const closesFlatList = (top: ItemBuf, line: SourceLine): boolean =>
    prev !== null && line.indent <= top.markerIndent && /^[a-z]/.test(line.text) && (/;\s*$/.test(prev.text) || (flat && /,\s*$/.test(prev.text) && isLastItem(top) && endedShort(prev, line)));

  /**
   * Line `before` ended short of the text's width (`width`): the first word of `line` would have
   * fitted after it, so the break was the writer's, not the page's.
   */
  const endedShort = (before: SourceLine, line: SourceLine): boolean => before.raw.trimEnd().length + 1 + (line.text.split(' ', 1)[0] as string).length <= width;

  /**
   * `top` is the last item of its list: the item before it ended with the conjunction that comes
   * before a list's last item ("b. kerja sama pemanfaatan; atau" / "c. …"). Laid out flat, a
   * lower-case line after such an item's "," is the sentence the list interrupted going on ("d.
   * kerja sama penyediaan infrastruktur," / "tata cara perhitungan tarifnya diatur …"): a last
   * item ends with "." where the sentence ends with it, with "," where words follow the list.
   */
  const isLastItem = (top: ItemBuf): boolean => {
    const items = top.list.items;
    const before = items[items.indexOf(top) - 1];
    const text = lastText(before?.content ?? []);
    return text !== null && LAST_ITEM_NEXT.test(text);
  };

  /**
   * The next line is the next item of `top`'s list ("3." after "2."): the list goes on, so the
   * line between still belongs to `top`, whatever its indentation (a line that text recognition
   * or a tab set back to the margin).
   */
  const listGoesOn = (top: ItemBuf): boolean => {
    return next !== null && markerReadings(next.text).some((mk) => mk.style === top.list.style && followsLabel(top.label, mk.label));
  };

  /**
   * A word or two that a narrow page wrapped out of an item to the left margin ("... sejenis," /
   * "lembaga," / the item's text again at its own column): it goes on with the item.
   */
  const orphanWrap = (top: ItemBuf, line: SourceLine): boolean => {
    const inner = top.contIndent ?? top.textIndent;
    return inner !== undefined && next !== null && prev !== null && next.page === line.page && line.indent < top.markerIndent && next.indent >= inner && prev.indent >= top.markerIndent && line.text.split(' ').length <= 2 && markerReadings(next.text).length === 0;
  };

  /**
   * The list of `top` resumes after the line being read: the next marker line, a few lines on, is
   * `top`'s next item ("1. kendaraan bus, ... sejenis," / "dikenakan retribusi ...;" / "2. ..."). A
   * line set back to the marker column after a comma is then the item's text wrapped to that
   * column, not the sentence going on after the list.
   */
  const listResumes = (top: ItemBuf): boolean => {
    for (let k = at + 1; k < Math.min(lines.length, at + 1 + RESUME_LOOKAHEAD); k++) {
      const readings = markerReadings((lines[k] as SourceLine).text);
      if (readings.length) return readings.some((mk) => mk.style === top.list.style && followsLabel(top.label, mk.label));
    }
    return false;
  };

  /**
   * The line after is back at the item's text column ("1. kendaraan bus, ... sejenis," /
   * "dikenakan" / "retribusi sebesar ..."): the line set back to the marker column between them
   * is the item's text wrapped there.
   */
  const backInItem = (top: ItemBuf, line: SourceLine): boolean => {
    const inner = top.contIndent ?? top.textIndent;
    return inner !== undefined && next !== null && next.page === line.page && next.indent >= inner && markerReadings(next.text).length === 0;
  };

  /**
   * A sentence that ends in ":" with no list after it, then a line that opens a sentence (a capital
   * word, no marker): the paragraph the colon closed ended there (UU 28/1997 Pasal 15: "Dalam rangka
   * … Pasal 14:" / "Kepolisian Negara … berwenang :", as its print sets the two paragraphs).
   */
  const afterColon = (last: ParaBuf, line: SourceLine): boolean => /:\s*$/.test(last.text) && /^\p{Lu}\p{Ll}/u.test(line.text) && markerReadings(line.text).length === 0;

  /** With `indentedParagraphs`: the line is set further in than the one before it (a first line). */
  const indentedAfter = (line: SourceLine): boolean => opts.indentedParagraphs === true && prev !== null && line.indent >= prev.indent + 2;

  const continuation = (line: SourceLine) => {
    if (line.hard) stack = [];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const inner = top.contIndent ?? top.textIndent;
      // Across a page break the previous line's indentation says nothing (another page's layout):
      // only the item's own columns count, and only after an item that ended (";" or ".").
      const samePage = prev !== null && line.page === prev.page;
      const dedented = inner !== undefined && prev !== null && (!samePage || line.indent < prev.indent || (prev.no === top.lineNo && line.indent <= prev.indent)) && line.indent <= top.markerIndent && line.indent < inner;
      if (CONJUNCTION_LINE.test(line.text) || orphanWrap(top, line) || listGoesOn(top)) break;
      if (dedented && prev && (endsStrict(prev.text) || (samePage && !flat && /,\s*$/.test(prev.text) && !backInItem(top, line) && !listResumes(top)))) stack.pop();
      else if (closesFlatList(top, line)) stack.pop();
      else break;
    }
    const c = container();
    const last = c[c.length - 1];
    const top = stack[stack.length - 1];
    // The item's continuation column; a line set back to its marker column does not set it.
    if (top && top.contIndent === undefined && line.page === top.page && line.indent > top.markerIndent) top.contIndent = line.indent;
    const newPara = line.hard || !last || last.kind === 'list' || ((line.blankBefore || indentedAfter(line) || afterColon(last, line)) && endsStrict(last.text) && /^[A-Z"“(]/.test(line.text) && prev !== null && prev.page === line.page && !prev.pageEnd);
    if (newPara || !last || last.kind !== 'para') c.push({ kind: 'para', text: line.text });
    else last.text = appendLine(last.text, line.text);
  };

  /**
   * The item whose marker a blurred scan dropped: a line at the open item's text column, after an
   * item's end, where the next marker a few lines on skips exactly the label this line would
   * take ("b. Parkir TJU Zona;" / "Parkir TJU Insidentil;" / "d. Parkir TJU Petak Khusus"): it is
   * that item. A printed text whose list skips a letter there reads the same way. So is such a
   * line where no later item of the list follows and the item before ends announcing the last
   * one ("d. Parkir TJU Petak Khusus; dan/atau" / "Parkir TKP Progresif.").
   */
  const lostMarker = (line: SourceLine): Marker | null => {
    const top = stack[stack.length - 1];
    if (!top || prev === null || !ITEM_ENDED.test(prev.text) || line.indent <= top.markerIndent) return null;
    const missing = nextLabel(top.label);
    if (!missing) return null;
    const lost: Marker = { style: top.list.style, label: missing, rest: line.text, misread: true };
    for (let k = at + 1; k < Math.min(lines.length, at + 1 + LOST_MARKER_LOOKAHEAD); k++) {
      const found = markerReadings((lines[k] as SourceLine).text)[0];
      if (!found) continue;
      if (found.style === top.list.style) return found.label === nextLabel(missing) && !found.misread ? lost : null;
      break;
    }
    // No later item of the list: the item before announced its last one ("…; dan/atau"), and this is it.
    return LAST_ITEM_NEXT.test(prev.text) ? lost : null;
  };

  lines.forEach((line, i) => {
    at = i;
    next = lines[i + 1] ?? null;
    const mk = markerAt(line) ?? lostMarker(line);
    if (mk && accept(mk, line)) place(mk, line);
    else continuation(line);
    prev = line;
  });

  const toJson = (content: Content, depth: number): PMJson[] => {
    const out: PMJson[] = [];
    for (const b of content) {
      if (b.kind === 'para') out.push(para(b.text));
      else {
        const style = DEFAULT_BY_DEPTH[Math.min(depth, 3)] === b.style ? null : b.style;
        out.push({
          type: 'list',
          attrs: { style },
          content: b.items.map((it) => unit('item', it.label, leadPara(toJson(it.content, depth + 1)))),
        });
      }
    }
    return out;
  };
  return {
    intro: toJson(root, 0),
    ayat: ayats.length ? ayats.map((a) => unit('ayat', a.label, leadPara(toJson(a.content, 0)))) : null,
  };
}

/** Make content start with a paragraph (body content is `para (list | para)*`). */
export function leadPara(content: PMJson[]): PMJson[] {
  return content[0]?.type === 'para' ? content : [para(''), ...content];
}

/** Content of a Pasal from its built body (intro text goes into the first ayat, reported). */
export function pasalContent(b: BuiltBody, where: string, line: SourceLine | undefined, diagnostics: Diagnostic[]): PMJson[] {
  if (b.ayat) {
    if (b.intro.length > 0) {
      const first = b.ayat[0]!;
      first.content = [...b.intro, ...(first.content ?? [])];
      diagnostics.push({ line: line?.no, page: line?.page, severity: 'warning', code: 'TEXT_BEFORE_AYAT', message: `${where}: teks sebelum ayat pertama dimasukkan ke ayat pertama.` });
    }
    return b.ayat;
  }
  if (b.intro.length === 0) {
    diagnostics.push({ line: line?.no, page: line?.page, severity: 'warning', code: 'EMPTY_UNIT', message: `${where} tidak berisi teks.` });
  }
  return leadPara(b.intro);
}
