/**
 * Builds resources/samples/surabaya-parkir.json, the sample project offered on the start screen:
 * the two real Surabaya texts of the corpus (../shared/corpus, next to the repository) imported
 * by the importer. Perda Kota Surabaya 1/2009 is the base, 3/2018 (which revokes it) the draft,
 * in penggantian mode. Run: npx tsx scripts/build-sample.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SampleData } from '../src/api/sample-project';
import type { DocJson } from '../src/api/contract';
import { importFile, outlineOf } from '../src/parse/index';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');
const OUT = path.join(repoRoot, 'resources/samples/surabaya-parkir.json');

const BASE_FILE = 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt';
const DRAFT_FILE = 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt';

/** "Perda Kota Surabaya Nomor 1 Tahun 2009 …, dari JDIH DPRD Kota Surabaya (…pdf)" from the corpus header. */
function sourceOf(file: string): string {
  const header = fs.readFileSync(path.join(corpus, file), 'utf8').split('\n').filter((l) => l.startsWith('# '));
  const field = (name: string) => header.find((l) => l.startsWith(`# ${name}:`))?.slice(name.length + 3).trim() ?? '';
  const title = field('Title');
  const pdf = /^(\S+\.pdf)/.exec(field('Source path'))?.[1] ?? '';
  const repo = /GitHub (\S+)/.exec(field('Source'))?.[1] ?? '';
  return `${title}; teks resmi dari situs JDIH DPRD Kota Surabaya (arsip GitHub ${repo}, berkas ${pdf})`;
}

async function load(file: string): Promise<DocJson> {
  const result = await importFile(path.join(corpus, file));
  const o = outlineOf(result);
  const problems = result.diagnostics.filter((d) => d.severity === 'error');
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} galat impor, mis. ${problems[0]!.message}`);
  console.log(`${file}: ${o.babs.length} BAB, ${o.pasal.length} Pasal, ${o.penjelasan_pasal_entries} penjelasan Pasal`);
  return result.doc.toJSON() as DocJson;
}

const base = await load(BASE_FILE);
const draft = { ...(await load(DRAFT_FILE)) };
draft.attrs = { ...draft.attrs, mode: 'penggantian' };

const sample: SampleData = {
  format: 1,
  title: 'Contoh nyata (JDIH Kota Surabaya): Penyelenggaraan Perparkiran — Perda Kota Surabaya 3/2018 mengganti Perda 1/2009',
  source: { base: sourceOf(BASE_FILE), draft: sourceOf(DRAFT_FILE) },
  settings: {
    mode: 'penggantian',
    region: {
      name: 'KOTA SURABAYA',
      place: 'Surabaya',
      // As both Surabaya texts print it.
      head: 'WALIKOTA SURABAYA',
      province: 'PROVINSI JAWA TIMUR',
      gazette: 'Lembaran Daerah Kota Surabaya',
      secretary: 'SEKRETARIS DAERAH KOTA SURABAYA',
      considerationVerb: 'perlu menetapkan',
    },
    amendmentCount: 0,
    baseCitation: {
      nomor: '1',
      tahun: '2009',
      title: 'Penyelenggaraan Perparkiran dan Retribusi Parkir',
      gazetteYear: '2009',
      gazetteNo: '1',
      supplementNo: '1',
    },
  },
  base,
  draft,
};

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const text = `${JSON.stringify(sample)}\n`;
fs.writeFileSync(OUT, text);
console.log(`Ditulis: ${path.relative(repoRoot, OUT)} (${Math.round(text.length / 1024)} KB)`);
