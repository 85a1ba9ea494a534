/**
 * PDF export: the print HTML rendered by Chromium (playwright-core driving the system
 * Chromium) on F4 pages. Chromium is looked for at RANCANG_CHROMIUM or /usr/bin/chromium; when it
 * is missing the export fails with a CoreError in Indonesian.
 */
import fs from 'node:fs';
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import { exportHtml } from './export-html';
import { PAGE_MM } from './layout';
import type { ExportOptions } from './options';

/** Where the Chromium executable is expected. */
export function chromiumPath(): string {
  return process.env.RANCANG_CHROMIUM || '/usr/bin/chromium';
}

/** Render a self-contained HTML page to PDF with Chromium. */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const exe = chromiumPath();
  if (!fs.existsSync(exe)) {
    throw new CoreError('EXPORT_UNAVAILABLE', `Ekspor PDF memerlukan Chromium, tetapi Chromium tidak ditemukan di ${exe}. Pasang Chromium (apt-get install chromium) atau ekspor ke DOCX.`);
  }
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox'] });
  } catch (e) {
    throw new CoreError('EXPORT_UNAVAILABLE', `Chromium tidak dapat dijalankan untuk ekspor PDF: ${(e as Error).message.split('\n')[0]}`);
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ width: `${PAGE_MM.width}mm`, height: `${PAGE_MM.height}mm`, preferCSSPageSize: true, printBackground: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await browser.close();
  }
}

/** The PDF of `doc` (print HTML through Chromium). */
export async function exportPdf(doc: Node, opts: ExportOptions = {}): Promise<Uint8Array> {
  return htmlToPdf(exportHtml(doc, opts));
}
