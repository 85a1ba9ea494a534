/**
 * Progress of a long import told on standard error: text recognition of a scanned PDF, a few
 * seconds a page, page by page (other stages pass too quickly to be worth a line).
 */
import { OCR_STAGE } from '../parse/import-file';
import type { ImportProgress } from '../parse/index';
import type { CliIo } from './io';

/**
 * A progress callback that writes one line to standard error for each page `name` has read by
 * text recognition. Every page gets its line, in order, even where the progress it is given skips
 * pages (a caller that polls a job's status sees only its latest page).
 */
export function progressReporter(io: CliIo, name: string): (p: ImportProgress) => void {
  let told = 0;
  return (p) => {
    if (p.stage !== OCR_STAGE) return;
    for (let page = told + 1; page <= p.done; page++) io.err(`${name}: mengenali teks hasil pindai (OCR), halaman ${page} dari ${p.total}`);
    told = Math.max(told, p.done);
  };
}
