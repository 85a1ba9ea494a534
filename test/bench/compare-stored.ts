/**
 * Benchmark of a comparison as the app runs it (the `compare.run` handler): both documents read
 * from the project file, then compared. 1,000 Pasal, the draft against its base (shared uids, 5%
 * of Pasal edited), compared again after each save of a one-keystroke edit of the draft, as the
 * Perbandingan tab does after an edit.
 * - ours: the documents built from the file's blobs sharing their unchanged nodes with earlier
 *   loads (`storedDoc`), so the comparison's work kept per node holds;
 * - baseline, in the same run: each document parsed afresh from its JSON (every node new).
 * Run: npx tsx test/bench/compare-stored.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocJson } from '../../src/api/contract';
import { normalizeDoc } from '../../src/api/doc-input';
import { BATAM_REGION, EMPTY_BASE_CITATION } from '../../src/api/region-defaults';
import { storedDoc } from '../../src/api/stored-docs';
import { compareDocs } from '../../src/diff/compare';
import { generatePerda } from '../../src/model/doc-builders';
import { parseDocJson } from '../../src/model/validate';
import { ProjectStore } from '../../src/store/index';
import { changeOnePasal } from '../unit/store/generated-perda';
import { reviseWithTruth } from './compare';
import { formatTable, median, type BenchFigure } from './figure';
import { settledTime } from './settle';

/** Run the benchmark and return its figures. */
export async function run(): Promise<BenchFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-bench-compare-stored-'));
  try {
    const base = generatePerda(1000, { seed: 5 });
    let draft = normalizeDoc(reviseWithTruth(base, 13, 0.2, 0, { keepUids: true, editedShare: 0.05 }).doc.toJSON()) as DocJson;
    const store = ProjectStore.create(path.join(dir, 'bench.rancang'), {
      settings: { title: 'Bench', mode: 'penggantian', region: BATAM_REGION, amendmentCount: 0, baseCitation: EMPTY_BASE_CITATION, author: 'bench' },
      doc: draft,
      actor: 'bench',
      appVersion: 'bench',
    });
    store.setBase(normalizeDoc(base.toJSON()), 'bench', 'bench');
    const fresh = () => compareDocs(parseDocJson(store.getBase().doc), parseDocJson(store.getDraft().doc));
    const shared = () => compareDocs(storedDoc(store, store.baseRoot() as string), storedDoc(store, store.draftRoot()));
    shared();
    fresh();
    const ours: number[] = [];
    const baseline: number[] = [];
    let changed = 0;
    for (let i = 0; i < 9; i++) {
      draft = changeOnePasal(draft, 50 + i * 37, 'x');
      store.saveDraft(draft, undefined, 'bench');
      baseline.push(settledTime(fresh));
      ours.push(settledTime(shared));
      changed = shared().summary.changed;
    }
    // The first compare after opening the project: no node made yet, every blob read.
    const reopened = ProjectStore.open(path.join(dir, 'bench.rancang'), { appVersion: 'bench' });
    const first = settledTime(() => compareDocs(storedDoc(reopened, reopened.baseRoot() as string), storedDoc(reopened, reopened.draftRoot())));
    const firstBaseline = settledTime(fresh);
    reopened.close();
    store.close();
    const value = median(ours);
    const base0 = median(baseline);
    const r = (x: number) => Math.round(x * 100) / 100;
    return [
      { name: 'draft vs base 1,000 Pasal read from the project file, after a one-keystroke save', value: r(value), unit: 'ms', baseline: r(base0), baselineName: 'documents parsed afresh', ratio: r(value / base0), target: '<= 0.5x baseline' },
      { name: 'the same, first compare after opening the project', value: r(first), unit: 'ms', baseline: r(firstBaseline), baselineName: 'documents parsed afresh', ratio: r(first / firstBaseline) },
      { name: 'draft vs base read from the file: changed Pasal', value: changed, unit: 'Pasal (50 edited, then one keystroke in 9 more)' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatTable(await run()));
}
