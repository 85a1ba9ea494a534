/**
 * PDF export inside Electron: the print HTML of src/export rendered by `webContents.printToPDF`
 * in a hidden, sandboxed window without preload or scripts, one job at a time. The main process
 * computes it; the renderer only ever receives the bytes.
 */
import type { PrintToPDFOptions } from 'electron';
import { PAGE_MM } from '../src/export/layout';
import type { PrintPages } from './print-pages';

/** The part of a BrowserWindow the printer uses. */
export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Buffer> };
  destroy(): void;
}

/** Millimetres to inches (printToPDF's unit). */
const inches = (mm: number) => mm / 25.4;

/** The printToPDF options: F4 paper unless the page's CSS says otherwise, no extra margins. */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: { width: inches(PAGE_MM.width), height: inches(PAGE_MM.height) },
  preferCSSPageSize: true,
  printBackground: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
};

/** Turns print HTML into PDF bytes with windows made by `openWindow`; jobs run one by one. */
export function createPdfPrinter(
  openWindow: () => PdfWindow,
  pages: PrintPages,
): (html: string) => Promise<Uint8Array> {
  let queue: Promise<unknown> = Promise.resolve();
  const printOne = async (html: string): Promise<Uint8Array> => {
    const url = pages.put(html);
    const win = openWindow();
    try {
      await win.loadURL(url);
      const pdf = await win.webContents.printToPDF(PDF_OPTIONS);
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      pages.delete(url);
      win.destroy();
    }
  };
  return (html) => {
    const job = queue.then(() => printOne(html));
    queue = job.catch(() => undefined);
    return job;
  };
}
