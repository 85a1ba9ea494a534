/**
 * PDF reader. Reads: PDF bytes, through the pdfjs-dist text layer (legacy build, for Node).
 * Writes: `SourceLine`s per page — text items grouped into lines by their baseline, joined in
 * reading order with layout gaps turned into spaces, indentation in average character widths,
 * `pageEnd` on each page's last line. A scanned PDF (at least half its pages without a text
 * layer) has those pages read by text recognition (`pdf-ocr.ts`); one where that finds no text
 * either is refused. An encrypted or damaged PDF gives IMPORT_FAILED.
 */
import { CoreError } from '../core-error';
import { recognisePages } from './pdf-ocr';
import type { SourceLine } from './types';

/** A text-layer item as pdfjs gives it (and as `pdf-ocr.ts` sets out recognised words). */
export interface TextItem { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean }

/** Options of `pdfLines`. */
export interface PdfLinesOptions {
  signal?: AbortSignal;
  /** Called after each page's text layer is read. */
  onPage?: (done: number, total: number) => void;
  /** Called after each scanned page is read by text recognition. */
  onRecognisedPage?: (done: number, total: number) => void;
}

/** A PDF's lines, and how many of its pages were read by text recognition. */
export interface PdfText {
  lines: SourceLine[];
  recognisedPages: number;
  /** Scanned pages read turned (fed upside down or sideways), with the degrees turned. */
  turnedPages: Array<{ page: number; turn: number }>;
  /** Scanned pages text recognition could not read with confidence. */
  illegiblePages: number[];
}

/** Fewer non-space characters than this on a page: it has no text layer worth the name (a scan, perhaps with a site's address stamped on it). */
const SCANNED_PAGE_CHARS = 20;

/** Turn the text items of one page into lines. */
export function itemsToLines(items: readonly TextItem[], page: number, firstNo: number): SourceLine[] {
  const usable = items.filter((it) => typeof it.str === 'string' && it.str.length > 0 && Array.isArray(it.transform));
  if (usable.length === 0) return [];
  const widths = usable.filter((it) => it.str.trim().length > 0 && it.width > 0).map((it) => it.width / it.str.length).sort((a, b) => a - b);
  const charW = widths[Math.floor(widths.length / 2)] || 5;
  const heights = usable.map((it) => Math.abs(it.height) || Math.abs(it.transform[3] ?? 10)).sort((a, b) => a - b);
  const lineH = heights[Math.floor(heights.length / 2)] || 10;
  // Group by baseline (y), top to bottom.
  const rows: Array<{ y: number; items: TextItem[] }> = [];
  for (const it of usable) {
    const y = it.transform[5] ?? 0;
    let row = rows.find((r) => Math.abs(r.y - y) <= lineH * 0.45);
    if (!row) { row = { y, items: [] }; rows.push(row); }
    row.items.push(it);
  }
  rows.sort((a, b) => b.y - a.y);
  const minX = Math.min(...usable.map((it) => it.transform[4] ?? 0));
  const out: SourceLine[] = [];
  let prevY: number | null = null;
  for (const row of rows) {
    row.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    let raw = '';
    let end: number | null = null;
    for (const it of row.items) {
      const x = it.transform[4] ?? 0;
      if (end !== null) {
        const gap = (x - end) / charW;
        if (gap > 0.25 && !raw.endsWith(' ') && !it.str.startsWith(' ')) raw += ' '.repeat(Math.max(1, Math.min(40, Math.round(gap))));
      } else raw = ' '.repeat(Math.max(0, Math.round((x - minX) / charW)));
      raw += it.str;
      end = x + it.width;
    }
    raw = raw.replace(/\s+$/, '');
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const indent = raw.length - raw.trimStart().length;
    const blankBefore = prevY !== null && prevY - row.y > lineH * 1.9;
    out.push({ no: firstNo + out.length, page, indent, text, raw, hard: false, blankBefore });
    prevY = row.y;
  }
  const last = out[out.length - 1];
  if (last) last.pageEnd = true;
  return out;
}

/** Extract the text layer of a PDF as source lines; a scanned PDF's pages read by text recognition. */
export async function pdfLines(bytes: Uint8Array, opts: PdfLinesOptions = {}): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Images decoded by pdfjs itself into plain pixel arrays (no canvas in Node), for text recognition.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false, isOffscreenCanvasSupported: false, isImageDecoderSupported: false });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new CoreError('IMPORT_FAILED', 'PDF ini terkunci dengan kata sandi (terenkripsi) dan tidak dapat dibaca. Buka kuncinya terlebih dahulu, lalu impor kembali.');
    throw new CoreError('IMPORT_FAILED', `Berkas PDF rusak atau tidak dapat dibaca: ${(e as Error).message}`);
  }
  try {
    const pages: SourceLine[][] = [];
    const scanned: number[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      if (opts.signal?.aborted) throw new CoreError('CANCELLED', 'Impor dibatalkan.');
      const page = await pdf.getPage(p);
      const tc = await page.getTextContent();
      const items = (tc.items as unknown[]).filter((i): i is TextItem => typeof (i as TextItem).str === 'string');
      if (items.reduce((n, it) => n + it.str.replace(/\s+/g, '').length, 0) < SCANNED_PAGE_CHARS) scanned.push(p);
      pages.push(itemsToLines(items, p, 1));
      page.cleanup();
      opts.onPage?.(p, pdf.numPages);
    }
    // A born-digital text with a few pages of images (a stamped signature page) keeps its text layer as it is.
    const recognise = scanned.length * 2 >= pdf.numPages ? scanned : [];
    const read = await recognisePages(pdf, pdfjs.OPS, recognise, { signal: opts.signal, onPage: opts.onRecognisedPage });
    const out: SourceLine[] = [];
    pages.forEach((lines, i) => {
      for (const l of read.lines.get(i + 1) ?? lines) out.push({ ...l, no: out.length + 1 });
    });
    if (out.length === 0) {
      throw new CoreError('IMPORT_FAILED', recognise.length > 0
        ? `PDF ini tidak memiliki lapisan teks (${pdf.numPages} halaman berupa gambar/hasil pindai) dan pengenal teks (OCR) tidak menemukan tulisan di dalamnya. Pindai ulang naskah dengan resolusi yang lebih baik (300 dpi), atau impor naskahnya dalam bentuk DOCX atau teks.`
        : `PDF ini tidak memiliki lapisan teks maupun gambar hasil pindai yang dapat dibaca OCR (${pdf.numPages} halaman). Impor naskahnya dalam bentuk DOCX atau teks.`);
    }
    return { lines: out, recognisedPages: read.lines.size, turnedPages: read.turned, illegiblePages: read.illegible };
  } finally {
    await pdf.destroy();
  }
}
