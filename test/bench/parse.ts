/**
 * Importer benchmark. Figures:
 * - parseText on a 100-Pasal Perda text (built from real Perda sentences of the corpus), against
 *   a baseline measured in the same run: only splitting and normalising its lines (stage 1);
 *   target under 50 ms.
 * - parseText on the largest corpus text (127 pages with Lampiran tables).
 * - PDF import of a committed fixture, split into text extraction (pdfjs) and structuring
 *   (stages 2-6); target: structuring adds at most 20% to extraction.
 * Run directly: `npx tsx test/bench/parse.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeLines } from '../../src/parse/normalize-lines';
import { parseLines, parseText } from '../../src/parse/parse-text';
import { pdfLines } from '../../src/parse/pdf-lines';
import { newUid } from '../../src/model/uid';
import type { BenchFigure } from './figure';


const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const fixtures = path.resolve(repoRoot, 'test/fixtures/parse');

/** A Perda text with `n` Pasal in BABs of five, made from real sentence shapes. */
export function syntheticPerda(n: number): string {
  const out = [
    'PERATURAN DAERAH KOTA BATAM', 'NOMOR 1 TAHUN 2026', 'TENTANG', 'UJI KECEPATAN', '',
    'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'WALI KOTA BATAM,', '',
    'Menimbang : a. bahwa untuk keperluan pengujian perlu ada pertimbangan;',
    '            b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu',
    '               menetapkan Peraturan Daerah tentang Uji Kecepatan;',
    'Mengingat : 1. Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;',
    '            2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;', '',
    'MEMUTUSKAN:', 'Menetapkan : PERATURAN DAERAH TENTANG UJI KECEPATAN.', '',
  ];
  for (let p = 1; p <= n; p++) {
    if ((p - 1) % 5 === 0) out.push('', `BAB ${toRoman((p - 1) / 5 + 1)}`, 'KETENTUAN PENGUJIAN', '');
    out.push(`Pasal ${p}`, '');
    out.push('(1) Setiap orang atau badan yang menyelenggarakan tempat parkir wajib', '    memiliki izin dari Wali Kota.');
    out.push(`(2) Izin sebagaimana dimaksud pada ayat (1) diberikan setelah memenuhi`, '    persyaratan sebagai berikut:');
    out.push('    a. memiliki rekomendasi dari perangkat daerah yang membidangi', '       urusan perhubungan;');
    out.push('    b. menyediakan petugas parkir; dan', '    c. memenuhi standar teknis.');
    out.push(`(3) Ketentuan sebagaimana dimaksud dalam Pasal ${Math.max(1, p - 1)} ayat (1) berlaku juga`, '    untuk penyelenggaraan parkir insidentil.', '');
  }
  out.push('Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini', 'dengan penempatannya dalam Lembaran Daerah Kota Batam.', '', 'Ditetapkan di Batam', 'pada tanggal 1 Januari 2026', 'WALI KOTA BATAM,');
  return out.join('\n');
}

function toRoman(n: number): string {
  const t: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let s = '';
  for (const [v, r] of t) while (n >= v) { s += r; n -= v; }
  return s;
}

/** Median time in ms of `runs` calls after `warm` warm-up calls. */
async function median(f: () => unknown, runs = 15, warm = 3): Promise<number> {
  for (let i = 0; i < warm; i++) await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Run the importer benchmark. */
export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const text100 = syntheticPerda(100);
  const base = await median(() => normalizeLines(text100));
  const full = await median(() => parseText(text100));
  figures.push({ name: 'parseText, 100 Pasal', value: full, unit: 'ms', baseline: base, baselineName: 'line normalisation only', ratio: full / base, target: '< 50 ms' });

  const big = readFileSync(path.join(corpus, 'perda-kab-banjarnegara-2025-08-perubahan-pajak-retribusi-daerah.txt'), 'utf8');
  const bigBase = await median(() => normalizeLines(big), 5, 1);
  const bigFull = await median(() => parseText(big), 5, 1);
  figures.push({ name: 'parseText, Banjarnegara 8/2025 (7019 lines)', value: bigFull, unit: 'ms', baseline: bigBase, baselineName: 'line normalisation only', ratio: bigFull / bigBase });

  for (const f of ['sulut-2014-minuman-beralkohol.pdf', 'sulut-2018-perubahan-rpjmd.pdf']) {
    const bytes = readFileSync(path.join(fixtures, f));
    const extract = await median(() => pdfLines(bytes), 5, 1);
    const { lines } = await pdfLines(bytes);
    const structure = await median(() => parseLines(lines.map((l) => ({ ...l }))), 9, 2);
    figures.push({ name: `PDF ${f}: text extraction (pdfjs)`, value: extract, unit: 'ms' });
    figures.push({ name: `PDF ${f}: structuring`, value: structure, unit: 'ms', baseline: extract, baselineName: 'text extraction', ratio: structure / extract, target: 'ratio <= 0.20' });
    // Share of the structuring spent generating unit uids (model/uid.ts, one crypto call per uid).
    let uids = 0;
    parseLines(lines.map((l) => ({ ...l }))).doc.descendants((n) => { if (n.attrs.uid) uids++; return true; });
    const uidTime = await median(() => { for (let i = 0; i < uids; i++) newUid(); }, 9, 2);
    figures.push({ name: `PDF ${f}: structuring without ${uids} newUid() calls`, value: structure - uidTime, unit: 'ms', baseline: extract, baselineName: 'text extraction', ratio: (structure - uidTime) / extract, target: 'ratio <= 0.20' });
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const figures = await run();
  console.table(figures.map((f) => ({ ...f, value: Number(f.value.toFixed(2)), baseline: f.baseline === undefined ? undefined : Number(f.baseline.toFixed(2)), ratio: f.ratio === undefined ? undefined : Number(f.ratio.toFixed(3)) })));
}
