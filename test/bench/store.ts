/**
 * Storage benchmark of the project file on a generated 1,000-Pasal Perda (src/model/doc-builders
 * `generatePerda`): time to save a version that changes one Pasal, bytes it adds (exact blob bytes
 * and average file growth in pages) against a full snapshot and the 2 x Pasal + 4 KB target, and
 * time to load the draft. Baseline, measured in the same run: the whole document JSON as one row
 * of a table in a file with the same pragmas.
 *
 * Run: `npx tsx test/bench/store.ts`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { DocJson } from '../../src/api/contract';
import { normalizeDoc } from '../../src/api/doc-input';
import { BATAM_REGION, EMPTY_BASE_CITATION } from '../../src/api/region-defaults';
import { generatePerda } from '../../src/model/doc-builders';
import { applyPragmas } from '../../src/store/pragmas';
import { ProjectStore } from '../../src/store/index';
import { changeOnePasal, jsonBytes, pasalsOf } from '../unit/store/generated-perda';
import { formatTable, median, type BenchFigure } from './figure';

const N_PASAL = 1000;
const RUNS = 9;

/** Milliseconds of one call. */
function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Run the benchmark and return its figures. */
export async function run(): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-store-'));
  try {
    const doc0 = normalizeDoc(generatePerda(N_PASAL).toJSON());
    const snapshot = jsonBytes(doc0);
    const store = ProjectStore.create(path.join(dir, 'bench.rancang'), {
      settings: { title: 'Bench', mode: 'penggantian', region: BATAM_REGION, amendmentCount: 0, baseCitation: EMPTY_BASE_CITATION, author: 'bench' },
      doc: doc0,
      actor: 'bench',
      appVersion: 'bench',
    });
    store.saveVersion({ label: 'awal', stage: '', author: 'bench' });

    // Baseline: the whole document as one JSON row per version.
    const base = new Database(path.join(dir, 'baseline.db'));
    applyPragmas(base, false);
    base.exec('CREATE TABLE versions (id INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT');
    const baseInsert = base.prepare('INSERT INTO versions (json) VALUES (?)');

    const saveDraft: number[] = [];
    const saveDraftApi: number[] = [];
    const saveVersion: number[] = [];
    const baseSave: number[] = [];
    const added: number[] = [];
    const targets: number[] = [];
    let doc = doc0;
    const pagesBefore = store.stats().usedBytes;
    const baseBefore = fileBytesOf(base);
    for (let i = 0; i < RUNS; i++) {
      const k = (i * 97 + 13) % N_PASAL;
      const raw = changeOnePasal(doc, k, `ubah${i}`);
      const before = store.stats().blobBytes;
      let next: DocJson = doc;
      saveDraftApi.push(time(() => (next = normalizeDoc(raw))));
      saveDraft.push(time(() => store.saveDraft(next, undefined, 'bench')));
      saveVersion.push(time(() => store.saveVersion({ label: `v${i}`, stage: '', author: 'bench' })));
      added.push(store.stats().blobBytes - before);
      targets.push(2 * jsonBytes(pasalsOf(next)[k]) + 4096);
      baseSave.push(time(() => baseInsert.run(JSON.stringify(next))));
      doc = next;
    }
    const growth = (store.stats().usedBytes - pagesBefore) / RUNS;
    const baseGrowth = (fileBytesOf(base) - baseBefore) / RUNS;

    const load: number[] = [];
    const cold: number[] = [];
    const baseLoad: number[] = [];
    const baseGet = base.prepare('SELECT json FROM versions ORDER BY id DESC LIMIT 1').pluck();
    for (let i = 0; i < RUNS; i++) {
      load.push(time(() => store.getDraft()));
      cold.push(time(() => store.loadDoc(store.draftRoot())));
      baseLoad.push(time(() => JSON.parse(baseGet.get() as string)));
    }
    const gc = time(() => store.gc());
    store.close();
    base.close();

    const versionTotal = saveDraft.map((t, i) => t + (saveVersion[i] ?? 0));
    const target = median(targets);
    return [
      { name: 'version of a one-Pasal change: draft save + version save (store)', value: median(versionTotal), unit: 'ms', baseline: median(baseSave), baselineName: 'whole JSON row', target: '<= 50 ms' },
      { name: 'version.save alone (draft already stored)', value: median(saveVersion), unit: 'ms', target: '<= 50 ms' },
      { name: 'schema check + normalise of the 1,000-Pasal doc (API)', value: median(saveDraftApi), unit: 'ms' },
      { name: 'blob bytes added by a one-Pasal version', value: median(added), unit: 'B', baseline: snapshot, baselineName: 'full JSON snapshot', target: `<= ${target} B (2 x Pasal + 4 KB)` },
      { name: 'file growth per one-Pasal version (pages, avg)', value: growth, unit: 'B', baseline: baseGrowth, baselineName: 'whole JSON row', target: `<= ${target} B` },
      { name: 'load draft, cold (from blobs)', value: median(cold), unit: 'ms', baseline: median(baseLoad), baselineName: 'one row + JSON.parse' },
      { name: 'load draft, after save in this session (cached text)', value: median(load), unit: 'ms', baseline: median(baseLoad), baselineName: 'one row + JSON.parse' },
      { name: 'garbage collection', value: gc, unit: 'ms' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Pages in use of a database after a checkpoint. */
function fileBytesOf(db: Database.Database): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const p = db.pragma('page_size', { simple: true }) as number;
  return ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) * p;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(formatTable(await run()) + '\n');
}
