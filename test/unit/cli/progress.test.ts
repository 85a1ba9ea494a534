/**
 * The CLI's progress lines for text recognition: one line a page, every page in order, even where
 * the progress it is given skips pages or comes again; other stages tell nothing.
 */
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../../src/cli/progress';
import type { CliIo } from '../../../src/cli/io';
import { OCR_STAGE } from '../../../src/parse/import-file';

function io(): CliIo & { lines: string[] } {
  const lines: string[] = [];
  return { lines, out: () => undefined, err: (t) => lines.push(t), untilStopped: () => new Promise(() => undefined), env: {} };
}

describe('progressReporter', () => {
  it('tells every page read by text recognition once, in order, when progress skips pages or repeats', () => {
    const sink = io();
    const report = progressReporter(sink, 'pindai.pdf');
    report({ stage: 'membaca', done: 0, total: 1 });
    for (const done of [0, 1, 1, 3, 3, 4]) report({ stage: OCR_STAGE, done, total: 4 });
    report({ stage: 'menyusun struktur', done: 1, total: 2 });
    expect(sink.lines).toEqual([1, 2, 3, 4].map((n) => `pindai.pdf: mengenali teks hasil pindai (OCR), halaman ${n} dari 4`));
  });
});
