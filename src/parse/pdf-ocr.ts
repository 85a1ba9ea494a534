/**
 * Text recognition (OCR) of a scanned PDF's pages, with Tesseract (tesseract.js and its model for
 * Latin script from @tesseract.js-data/eng, both read from the installed packages: nothing is
 * downloaded, nothing cached on disk). Not the Indonesian model: its character set lacks the
 * semicolon that ends every item of a Perda's lists (it reads "Daerah;" as "Daerah:" or
 * "Daerah,"), and "%"; the English one reads Indonesian words as well and every mark. Each page's scan (`page-image.ts`) is read word by word and
 * the words are set out as a text layer's items would be (`itemsToLines`), so indentation, blank
 * lines and page ends come out as for a born-digital PDF, and the importer's rules for what text
 * recognition misreads in a scan (`patterns.ts`, `scanned-furniture.ts`, …) apply.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { CoreError } from '../core-error';
import { evenlyLit } from './even-light';
import { enlargedForReading, pageScan, pgm, turned, type ImageOps } from './page-image';
import { readRightWayUp, TurnPolicy } from './page-orientation';
import { despeckled } from './specks';
import { medianOf, wordsOf } from './recognised-words';
import { withoutStrayCapital } from './stray-capitals';
import { itemsToLines, type TextItem } from './pdf-lines';
import type { SourceLine } from './types';

/** One recognised line: its words with their boxes, in pixels from the image's top left. */
interface OcrLine {
  baseline: { y0: number; y1: number };
  bbox: { y0: number; y1: number };
  words: Array<{ text: string; confidence: number; bbox: { x0: number; x1: number; y0: number; y1: number } }>;
}

/** What `recognize` returns with `blocks` asked for. */
interface OcrPage {
  blocks: Array<{ paragraphs: Array<{ lines: OcrLine[] }> }> | null;
}

/** The part of a tesseract.js worker used here. */
interface OcrWorker {
  recognize(image: Buffer, options: object, output: { blocks: boolean; text: boolean }): Promise<{ data: OcrPage }>;
  terminate(): Promise<unknown>;
}

/**
 * Modules of the installed packages, loaded by `require` (resolved as CommonJS, from the folder
 * node_modules stands in beside the bundle in the desktop package, or from NODE_PATH).
 */
const load = createRequire(import.meta.url);

/** The folder of the model (LSTM, integer "best": tesseract.js's own default kind). */
function modelFolder(): string {
  return path.join(path.dirname(load.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * Start a recognition worker. A page is read as one block of text (tesseract.js's default):
 * Tesseract's automatic segmentation, tried on an exported Perda's scan, set a list's markers
 * apart from their items and lost them ("a." read as "CTa0").
 */
async function startWorker(): Promise<OcrWorker> {
  const { createWorker, OEM } = load('tesseract.js') as typeof import('tesseract.js');
  return (await createWorker('eng', OEM.LSTM_ONLY, { langPath: modelFolder(), gzip: true, cacheMethod: 'none' })) as unknown as OcrWorker;
}

/** Below this confidence (0-100) a word of marks alone ("~~" in the gap after a list's marker) is a speck, not text. */
const SPECK_CONFIDENCE = 50;

/** A "word" of at most this many characters... */
const BLOT_CHARS = 3;
/** ...at least this many times as tall as the page's words is a blot, not text (`ocrItems`). */
const BLOT_HEIGHT = 2;

/** The median height (pixels) of the words of a recognised page. */
function wordHeight(page: OcrPage): number {
  return medianOf(wordsOf(page).map((w) => w.bbox.y1 - w.bbox.y0)) ?? 0;
}

/**
 * The words of a recognised page as text-layer items in PDF points (origin at the page's foot),
 * each word on its line's baseline, so that a line is never split by its words' descenders;
 * specks left out, and blots: a "word" of a few characters twice as tall as the page's words is a
 * punch hole in the margin, a staple or a stain read as "O" or "OO" (a filed copy's two holes,
 * read into the lines beside them: "O Pasal 3" lost its heading's place; a Perda prints no letter
 * that large).
 */
export function ocrItems(page: OcrPage, imageHeight: number, ptPerPixel: number): TextItem[] {
  const items: TextItem[] = [];
  const blot = wordHeight(page) * BLOT_HEIGHT;
  for (const block of page.blocks ?? [])
    for (const para of block.paragraphs)
      for (const line of para.lines) {
        const y = (imageHeight - (line.baseline.y0 + line.baseline.y1) / 2) * ptPerPixel;
        const height = (line.bbox.y1 - line.bbox.y0) * ptPerPixel * 0.8;
        for (const w of line.words) {
          const text = withoutStrayCapital(w.text.trim());
          if (!text || (w.confidence < SPECK_CONFIDENCE && !/[\p{L}\d]/u.test(text))) continue;
          if (text.length <= BLOT_CHARS && blot > 0 && w.bbox.y1 - w.bbox.y0 >= blot) continue;
          items.push({ str: text, transform: [1, 0, 0, 1, w.bbox.x0 * ptPerPixel, y], width: (w.bbox.x1 - w.bbox.x0) * ptPerPixel, height });
        }
      }
  return items;
}

/** A line of a number and marks only ("= 14 =", "11 -", "-3-"): a page number as text recognition reads its dashes. */
const MARKED_NUMBER = /^[^\p{L}\d]*(\d{1,3})[^\p{L}\d]*$/u;

/** How far (in characters) a line at a page's head or foot stands in from the text's left edge to be centred. */
const CENTRED = 15;

/**
 * A recognised page's lines with a page number at its head or foot written as printed, "- 14 -",
 * whatever text recognition made of its dashes ("= 14 =", "11 -"), or of the whole of a short
 * centred number ("9s" for "- 7 -" in a coarse scan: its digits kept), so the importer removes it
 * as a page number.
 */
export function withPageNumbers(lines: SourceLine[]): SourceLine[] {
  for (const at of new Set([0, lines.length - 1])) {
    const line = lines[at];
    if (!line) continue;
    const marked = MARKED_NUMBER.exec(line.text)?.[1];
    const centred = line.indent >= CENTRED && line.text.replace(/\s+/g, '').length <= 5 ? /\d+/.exec(line.text)?.[0] : undefined;
    const num = marked ?? centred;
    if (num === undefined || line.text === num) continue;
    const text = `- ${num} -`;
    lines[at] = { ...line, text, raw: `${' '.repeat(line.indent)}${text}` };
  }
  return lines;
}

/** Options of `recognisePages`. */
export interface RecogniseOptions {
  signal?: AbortSignal;
  /** Called after each page is read: how many of `total` are done. */
  onPage?: (done: number, total: number) => void;
}

/**
 * How many pages are read at once: a worker a core, at most four (each holds its own copy of the
 * model and core and the page it reads: 120 to 140 MB measured on a 300 dpi page). The import
 * runs off the window's thread, so the window stays responsive; on two cores two workers read a
 * 19-page scan in 27 s where one took 50 s.
 */
export function readersFor(pages: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores, pages));
}

/**
 * How each page is read. `rotateAuto`: Tesseract finds the slant of the page's lines and reads the
 * page turned straight, since a page laid askew on the glass is the rule, not the exception (pages
 * 5 to 7 of the Surabaya 2018 scan turned 3 degrees read no Pasal word for word without it, 7 of 9
 * with it, as laid straight; the 17-page Surabaya 2009 scan turned 2.5 degrees: 0 of 44 Pasal
 * before, 40 after, 41 laid straight; it takes 15% more time on a straight scan, 25% on a turned
 * one, for the second reading of the page). `debug_file`: Tesseract's own
 * notes ("Estimating resolution as 451", written while it finds the slant) go nowhere, not to the
 * user's console.
 */
const READING = { rotateAuto: true, debug_file: '/dev/null' };

/** One page read by text recognition: its lines, how far it was turned to read the right way up, and whether it read well. */
interface ReadPage {
  lines: SourceLine[];
  /** Degrees the scan was turned (beyond the PDF's /Rotate) to read the right way up: 0, 90, 180 or 270. */
  turn: number;
  /** The recogniser was sure enough of its words (`page-orientation.ts`). */
  legible: boolean;
}

/** Page `p` of `pdf` read from its scan by `worker`; null when it paints no image. */
async function readPage(pdf: PDFDocumentProxy, ops: ImageOps, p: number, worker: OcrWorker, policy: TurnPolicy): Promise<ReadPage | null> {
  const page = await pdf.getPage(p);
  const scan = await pageScan(page, ops);
  // The page as the PDF shows it: turned by its /Rotate, its width then the side shown across.
  const across = page.rotate % 180 === 0 ? [page.view[0], page.view[2]] : [page.view[1], page.view[3]];
  const widthPt = Math.abs((across[1] ?? 0) - (across[0] ?? 0)) || 595;
  page.cleanup();
  if (!scan) return null;
  const enlarged = enlargedForReading(evenlyLit(turned(scan, page.rotate)), widthPt);
  const image = despeckled(enlarged, enlarged.width / (widthPt / 72));
  // A pixel keeps its size when a page fed sideways is turned a quarter.
  const ptPerPixel = widthPt / image.width;
  const read = await readRightWayUp(image, async (img) => (await worker.recognize(pgm(img), READING, { blocks: true, text: false })).data, policy.turns);
  policy.record(read);
  return { lines: withPageNumbers(itemsToLines(ocrItems(read.page, read.image.height, ptPerPixel), p, 1)), turn: read.turn, legible: read.legible };
}

/** A scan's pages read by text recognition (`recognisePages`). */
export interface RecognisedPages {
  /** The lines of each page read, by page number. */
  lines: Map<number, SourceLine[]>;
  /** Pages read turned (fed upside down or sideways), with the degrees turned. */
  turned: Array<{ page: number; turn: number }>;
  /** Pages the recogniser was not sure of whichever way they were turned. */
  illegible: number[];
}

/**
 * The lines of `pages` (page numbers of `pdf`) read from their scans, by page number, by as many
 * workers as `readersFor` gives, each taking the next page left; a page without an image reads
 * no lines. Cancelled between pages.
 */
export async function recognisePages(pdf: PDFDocumentProxy, ops: ImageOps, pages: readonly number[], opts: RecogniseOptions = {}): Promise<RecognisedPages> {
  const out: RecognisedPages = { lines: new Map(), turned: [], illegible: [] };
  if (pages.length === 0) return out;
  const started = await Promise.allSettled(Array.from({ length: readersFor(pages.length) }, startWorker));
  const workers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  try {
    const failed = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw new CoreError('IMPORT_FAILED', `PDF ini berupa gambar/hasil pindai, tetapi pengenal teks (OCR) tidak dapat dijalankan: ${(failed.reason as Error).message}`);
    let next = 0;
    let done = 0;
    const policy = new TurnPolicy();
    const lane = async (worker: OcrWorker): Promise<void> => {
      while (next < pages.length) {
        if (opts.signal?.aborted) throw new CoreError('CANCELLED', 'Impor dibatalkan.');
        const p = pages[next++] as number;
        const read = await readPage(pdf, ops, p, worker, policy);
        if (read) {
          out.lines.set(p, read.lines);
          if (read.turn !== 0) out.turned.push({ page: p, turn: read.turn });
          if (!read.legible) out.illegible.push(p);
        }
        opts.onPage?.(++done, pages.length);
      }
    };
    // Every lane settles before the workers stop, so none is left reading a stopped worker.
    const lanes = await Promise.allSettled(workers.map(lane));
    const error = lanes.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (error) throw error.reason;
    out.turned.sort((a, b) => a.page - b.page);
    out.illegible.sort((a, b) => a - b);
    return out;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
