/**
 * Export speed: a 1,000-Pasal draft to DOCX and to AKN, against the floor of the `docx` library
 * packing the same number of plain paragraphs. Target: <= 2 s and <= 3x the floor. Also the
 * redline (a revision of that draft against it, compared and written with Word revisions) against
 * the same floor.
 * Run: npx tsx test/bench/export.ts
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { exportAkn } from '../../src/export/export-akn';
import { exportDocx } from '../../src/export/export-docx';
import { buildPrint } from '../../src/export/build-print';
import { exportRedline } from '../../src/export/redline/index';
import { longPerda } from '../fixtures/export/sample-perda';
import { revise } from './compare';
import { formatTable, type BenchFigure } from './figure';


async function time(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** Measure the export figures. */
export async function run(): Promise<BenchFigure[]> {
  const doc = longPerda(1000);
  const nParas = buildPrint(doc).sections.reduce((n, s) => n + s.blocks.length, 0);
  const floor = await time(() => Packer.toBuffer(new Document({ sections: [{ children: Array.from({ length: nParas }, (_, i) => new Paragraph({ children: [new TextRun(`Paragraf polos nomor ${i} dengan teks yang kira-kira sepanjang satu ayat Peraturan Daerah.`)] })) }] })));
  const docx = await time(() => exportDocx(doc));
  const akn = await time(() => exportAkn(doc));
  const revised = revise(doc, 11);
  const redline = await time(() => exportRedline(doc, revised, 'docx', { oldLabel: 'lama', newLabel: 'baru' }));
  const base = { baseline: Math.round(floor), baselineName: `docx pack ${nParas} plain paragraphs` };
  return [
    { name: 'export DOCX, 1000 Pasal', value: Math.round(docx), unit: 'ms', ...base, ratio: +(docx / floor).toFixed(2), target: '<= 2000 ms and <= 3x' },
    { name: 'export AKN, 1000 Pasal', value: Math.round(akn), unit: 'ms', ...base, ratio: +(akn / floor).toFixed(2), target: '<= 2000 ms and <= 3x' },
    { name: 'export redline DOCX (compare + Word revisions), 1000 Pasal, 20% of words changed', value: Math.round(redline), unit: 'ms', ...base, ratio: +(redline / floor).toFixed(2) },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await run();
  console.log(formatTable(figures));
}
