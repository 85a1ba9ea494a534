/**
 * Shared setup of the store tests: a temporary folder and a project created in it with a
 * normalised generated document as its draft.
 */
import path from 'node:path';
import { normalizeDoc } from '../../../src/api/doc-input';
import type { DocJson, ProjectSettings } from '../../../src/api/contract';
import { BATAM_REGION, EMPTY_BASE_CITATION } from '../../../src/api/region-defaults';
import { ProjectStore } from '../../../src/store/index';
import { makeTmpDir, type TmpDir } from '../../helpers/tmp-dir';
import { generatePerda } from './generated-perda';

/** Settings of a test project. */
export const TEST_SETTINGS: ProjectSettings = {
  title: 'Uji',
  mode: 'penggantian',
  region: BATAM_REGION,
  amendmentCount: 0,
  baseCitation: EMPTY_BASE_CITATION,
  author: 'Penguji',
};

/** A temporary folder with one new project in it. */
export interface StoreFixture {
  dir: TmpDir;
  file: string;
  store: ProjectStore;
  doc: DocJson;
  done(): void;
}

/** Create a project whose draft is a generated Perda of `nPasal` Pasal. */
export function makeStore(nPasal = 20, opts: { pasalPerBab?: number } = {}): StoreFixture {
  const dir = makeTmpDir('store');
  const file = path.join(dir.path, 'uji.rancang');
  const doc = normalizeDoc(generatePerda(nPasal, opts));
  const store = ProjectStore.create(file, { settings: TEST_SETTINGS, doc, actor: 'Penguji', appVersion: 'test' });
  return {
    dir,
    file,
    store,
    doc,
    done() {
      store.close();
      dir.cleanup();
    },
  };
}
