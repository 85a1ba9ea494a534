/**
 * DOCX reader. Reads: DOCX bytes (through mammoth's document model). Writes: `SourceLine`s, one
 * per Word paragraph (`hard`: a paragraph boundary), in reading order, table cells included.
 * mammoth drops automatic numbering labels ("(1)", "a.", "1."), so they are rebuilt here from the
 * list structure (level and run of each numbered paragraph) and the context the list stands in:
 * after a Pasal heading a level-0 list is ayat, under Menimbang huruf, under Mengingat and after
 * "yang dimaksud dengan:" or "sebagai berikut:" angka; deeper levels follow a. -> 1. -> a) -> 1).
 * Where Word's numbering part says what a level prints ("%1)", lower letter ...), that style wins
 * over the context, and a paragraph counts on in its own Word list (docx-numbering.ts). A file
 * with one paragraph per printed line (a PDF or a text converted to Word, see `isLineLayout`) has
 * its paragraph breaks read as line breaks.
 */
import mammoth from 'mammoth';
import { CoreError } from '../core-error';
import { isLampiranHeading, readHeading, readMarker, type MarkerStyle } from './patterns';
import { collapseSpaces, expandTabs, leadingColumns } from './normalize-lines';
import { wordNumbering, type WordHeading, type WordListParagraph, type WordNumbering } from './docx-numbering';
import { toRoman } from '../model/roman';
import type { SourceLine } from './types';

interface MammothElement {
  type: string;
  children?: MammothElement[];
  value?: string;
  breakType?: string;
  numbering?: { level: string; isOrdered: boolean } | null;
  styleId?: string | null;
}

/**
 * One Word paragraph: its text lines (line breaks split them), its numbering level if any, and
 * the style Word prints for it when numbering.xml says (null: rebuild from context).
 */
interface DocxParagraph {
  lines: string[];
  level: number | null;
  numbered?: boolean;
  style?: MarkerStyle | null;
  /** The Word list (numId) the paragraph belongs to, when numbering.xml says. */
  numId?: string;
  /** The heading Word numbers in this paragraph ("Pasal %1"), when numbering.xml says. */
  heading?: WordHeading | null;
  /** The paragraph's Word style. */
  styleId?: string | null;
}

/** Collect the paragraphs of a mammoth document in reading order. */
function collect(root: MammothElement): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const walk = (el: MammothElement) => {
    if (el.type === 'paragraph') {
      const lines: string[] = [''];
      const text = (e: MammothElement) => {
        if (e.type === 'text') lines[lines.length - 1] += e.value ?? '';
        else if (e.type === 'tab') lines[lines.length - 1] += ' ';
        else if (e.type === 'break' && (e.breakType ?? 'line') === 'line') lines.push('');
        (e.children ?? []).forEach(text);
      };
      (el.children ?? []).forEach(text);
      const n = el.numbering;
      out.push({ lines, level: n && n.isOrdered ? Number(n.level) || 0 : null, numbered: !!n, styleId: el.styleId ?? null });
      return;
    }
    (el.children ?? []).forEach(walk);
  };
  walk(root);
  return out;
}

const SEQUENCES: Record<string, MarkerStyle[]> = {
  ayat: ['ayat', 'huruf', 'angka', 'hurufKurung', 'angkaKurung'],
  huruf: ['huruf', 'angka', 'hurufKurung', 'angkaKurung'],
  angka: ['angka', 'huruf', 'hurufKurung', 'angkaKurung'],
};

/** The printed label of item `n` (1-based) in a list of `style`. */
export function labelFor(style: MarkerStyle, n: number): string {
  const letter =
    n <= 26
      ? String.fromCharCode(96 + n)
      : `${String.fromCharCode(96 + Math.ceil(n / 26) - 1)}${String.fromCharCode(96 + ((n - 1) % 26) + 1)}`;
  switch (style) {
    case 'ayat':
      return `(${n})`;
    case 'huruf':
      return `${letter}.`;
    case 'angka':
      return `${n}.`;
    case 'hurufKurung':
      return `${letter})`;
    case 'angkaKurung':
      return `${n})`;
  }
}

/** The marker sequence a list starting after the line `context` uses (ayat after a Pasal heading, …). */
function baseFor(context: string): MarkerStyle[] {
  const h = readHeading(context);
  if (/^Menimbang\b/i.test(context)) return SEQUENCES.huruf!;
  if (/^Mengingat\b/i.test(context)) return SEQUENCES.angka!;
  if (h?.type === 'pasal') return SEQUENCES.ayat!;
  if (/(dimaksud\s+dengan|sebagai\s+berikut|berikut)\s*:?\s*$/i.test(context)) return SEQUENCES.angka!;
  return SEQUENCES.huruf!;
}

/** The count of a list at each level, and the marker sequence it started with. */
interface ListCount {
  counters: number[];
  base: MarkerStyle[];
}

/** Count one more paragraph at `level` of `list` (deeper levels start again); the new count. */
function countAt(list: ListCount, level: number): number {
  const counters = list.counters.slice(0, level + 1);
  while (counters.length <= level) counters.push(0);
  counters[level] = (counters[level] ?? 0) + 1;
  list.counters = counters;
  return counters[level];
}

/**
 * Rebuild the numbering labels of list paragraphs from their structure and context. A paragraph
 * whose Word list is known (`numId`) counts on in that list, as Word numbers it, whatever stands
 * between (the change items "1.", "2." of an instrument around the Pasal they restate); without
 * it, one count restarts at each heading, Menimbang/Mengingat and line ending in ":".
 */
export function labelParagraphs(
  paras: readonly DocxParagraph[],
): Array<{ text: string[]; level: number }> {
  const out: Array<{ text: string[]; level: number }> = [];
  let loose: ListCount = { counters: [], base: SEQUENCES.huruf! };
  const lists = new Map<string, ListCount>();
  let context = '';
  /** The Word list `numId` (created with the context's sequence on first use). */
  const listOf = (numId: string): ListCount => {
    let list = lists.get(numId);
    if (!list) {
      list = { counters: [], base: baseFor(context) };
      lists.set(numId, list);
    }
    return list;
  };
  for (const p of paras) {
    const first = collapseSpaces(p.lines[0] ?? '');
    if (p.heading) {
      // A heading Word numbers ("Pasal %1"): written out, counting on in its own Word list (whose
      // deeper levels, the ayat of a template's multilevel list, start again under it).
      const n = countAt(listOf(p.numId ?? ''), p.level ?? 0);
      const label = `${p.heading.word} ${p.heading.roman ? toRoman(n) : n}`;
      context = label;
      loose = { counters: [], base: loose.base };
      out.push({ text: [first ? `${label} ${p.lines[0]}` : label, ...p.lines.slice(1)], level: 0 });
      continue;
    }
    if (p.level === null) {
      if (first) {
        context = first;
        const h = readHeading(first);
        if (h || /^(Menimbang|Mengingat)\b/i.test(first) || /:\s*$/.test(first)) loose = { counters: [], base: loose.base };
      }
      out.push({ text: p.lines, level: 0 });
      continue;
    }
    const known = p.numId !== undefined ? lists.get(p.numId) : loose;
    const list = known ?? listOf(p.numId as string);
    if (known && (list.counters.length === 0 || list.counters.every((c) => c === 0))) list.base = baseFor(context);
    const level = Math.min(p.level, 8);
    const n = countAt(list, level);
    const base = list.base;
    const style = p.style ?? base[Math.min(level, base.length - 1)]!;
    const lines = [...p.lines];
    if (!readMarker(first)) lines[0] = `${labelFor(style, n)} ${lines[0] ?? ''}`;
    out.push({ text: lines, level: level + 1 });
  }
  return out;
}

/**
 * Give each numbered paragraph the style Word prints for it and its Word list. Only when
 * mammoth's numbered paragraphs and the directly numbered paragraphs of document.xml pair up one
 * to one, at the same levels (numbering through paragraph styles, for instance, breaks that):
 * otherwise nothing is assumed and the labels come from context alone.
 */
function withWordStyles(
  input: DocxParagraph[],
  numbering: WordNumbering | null,
): DocxParagraph[] {
  // A paragraph numbered through its style ("Judul Pasal" printing "Pasal %1", "Ayat" printing
  // "(%2)"): mammoth reports no numbering for it, so it never pairs with the direct ones.
  const byStyle = numbering?.byStyle;
  const viaStyle = (p: DocxParagraph): DocxParagraph => {
    const w = p.styleId && !p.numbered ? byStyle?.get(p.styleId) : undefined;
    return w ? { ...p, heading: w.heading, style: w.style, numId: w.numId, level: w.level, numbered: true } : p;
  };
  const word: readonly WordListParagraph[] | undefined = numbering?.paragraphs;
  const numbered = input.filter((p) => p.numbered);
  if (!word || word.length !== numbered.length || numbered.some((p, i) => p.level !== null && p.level !== word[i]!.level)) return input.map(viaStyle);
  const lists = new Map(numbered.map((p, i) => [p, word[i]!] as const));
  return input.map((p) => {
    const w = lists.get(p);
    return w ? { ...p, style: w.style, numId: w.numId, heading: w.heading } : viaStyle(p);
  });
}

/** Read a DOCX into source lines (one hard line per paragraph; numbering labels rebuilt). */
export async function docxLines(bytes: Uint8Array): Promise<SourceLine[]> {
  let paras: DocxParagraph[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        transformDocument: (doc: MammothElement) => {
          paras = collect(doc);
          return doc;
        },
      },
    );
  } catch (e) {
    throw new CoreError(
      'IMPORT_FAILED',
      `Berkas DOCX tidak dapat dibaca (rusak atau bukan dokumen Word): ${(e as Error).message}`,
    );
  }
  const out: SourceLine[] = [];
  let no = 0;
  let blank = false;
  const labelled = labelParagraphs(withWordStyles(paras, await wordNumbering(bytes)));
  const lineLayout = isLineLayout(labelled);
  for (const p of labelled) {
    p.text.forEach((raw, k) => {
      no++;
      const text = collapseSpaces(raw);
      if (!text) {
        blank = true;
        return;
      }
      // A line-per-paragraph file (a text or a PDF set in Word) keeps its layout in leading
      // spaces, as the text file it came from: the indentation that tells a list's closing
      // text from its last item's.
      const lead = lineLayout ? leadingColumns(raw) : 0;
      const indent = p.level * 4 + lead;
      out.push({
        no,
        page: 1,
        indent,
        text,
        raw: lead > 0 ? ' '.repeat(p.level * 4) + expandTabs(raw).trimEnd() : ' '.repeat(indent) + text,
        // In a line-per-paragraph file only Word's own numbering marks a known paragraph start.
        hard: k === 0 && (!lineLayout || p.level > 0),
        blankBefore: blank,
      });
      blank = false;
    });
  }
  return out;
}

/** Share of paragraph breaks that fall mid-sentence above which a file is read as one paragraph per line. */
const LINE_LAYOUT_SHARE = 0.15;

/**
 * True when the file holds one Word paragraph per printed line (a PDF or a text file converted to
 * Word): many paragraphs end mid-sentence and the next one goes on in lower case. Such paragraph
 * breaks are line breaks, to be joined as in a text file.
 */
export function isLineLayout(paras: ReadonlyArray<{ text: string[]; level: number }>): boolean {
  const all = paras.filter((p) => p.level === 0).map((p) => collapseSpaces(p.text.join(' '))).filter((t) => t !== '');
  // Read up to the Lampiran: its tables (Banjarnegara's run to 6,000 lines of tariffs) break
  // lines that are no sentences.
  const lampiran = all.findIndex(isLampiranHeading);
  const firsts = lampiran >= 20 ? all.slice(0, lampiran) : all;
  if (firsts.length < 20) return false;
  let wrapped = 0;
  for (let i = 0; i + 1 < firsts.length; i++) {
    const next = firsts[i + 1]!;
    if (!/[.;:!?]$/.test(firsts[i]!) && /^[a-z]/.test(next) && !readMarker(next)) wrapped++;
  }
  return wrapped >= LINE_LAYOUT_SHARE * firsts.length;
}
