/**
 * Progress of a long import told on standard error: text recognition of a scanned PDF, a few
 * seconds a page, page by page (other stages pass too quickly to be worth a line).
 */
import { OCR_STAGE } from '../parse/import-file';
import type { ImportProgress } from '../parse/index';
import type { CliIo } from './io';

/** A progress callback that writes one line to standard error for each page `name` has read by text recognition. */
export function progressReporter(io: CliIo, name: string): (p: ImportProgress) => void {
  let last = '';
  return (p) => {
    if (p.stage !== OCR_STAGE || p.done === 0) return;
    const line = `${name}: mengenali teks hasil pindai (OCR), halaman ${p.done} dari ${p.total}`;
    if (line !== last) io.err(line);
    last = line;
  };
}
