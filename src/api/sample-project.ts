/**
 * The sample project a first-time user opens from the start screen: a REAL replacement pair,
 * Perda Kota Surabaya 1/2009 (base) and 3/2018 (draft, penggantian mode), imported by the
 * importer (scripts/build-sample.ts) and committed as JSON in resources/samples/. The project
 * file is built from that JSON in the user data folder on first use. The two documents have
 * different uids: the comparison matches them by content, as it must for a replacement.
 */
import { ProjectStore } from '../store/index';
import type { ApiContext } from './context';
import { settingsSchema, type DocJson, type ProjectSettings } from './contract';
import { normalizeDoc } from './doc-input';

/** The committed sample (resources/samples/surabaya-parkir.json). */
export interface SampleData {
  format: 1;
  /** Project title; says that the texts are real and where they come from. */
  title: string;
  /** Where the two Perda come from (recorded as the base's source and in the project's meta). */
  source: { base: string; draft: string };
  settings: Omit<ProjectSettings, 'title' | 'author'>;
  base: DocJson;
  draft: DocJson;
}

/** File name of the sample project in the user data folder. */
export const SAMPLE_PROJECT_FILE = 'contoh-surabaya-perparkiran.rancang';

/** Load the committed sample (bundled with the app, so it works in the packaged build too). */
export async function loadSample(): Promise<SampleData> {
  const mod = (await import('../../resources/samples/surabaya-parkir.json', { with: { type: 'json' } })) as { default: unknown };
  return mod.default as SampleData;
}

/** Create the sample project file at `file` (FILE_EXISTS if there is one) and open it. */
export async function createSampleProject(ctx: ApiContext, file: string): Promise<ProjectStore> {
  const sample = await loadSample();
  const actor = ctx.author || 'Pengguna';
  const settings = settingsSchema.parse({ ...sample.settings, title: sample.title, author: ctx.author });
  const store = ProjectStore.create(file, {
    settings,
    doc: normalizeDoc(sample.draft),
    actor,
    appVersion: ctx.appVersion,
    meta: { sample: `Contoh nyata. Naskah dasar: ${sample.source.base}. Draf: ${sample.source.draft}.` },
    auditDetail: { sample: true, source: sample.source },
  });
  try {
    store.setBase(normalizeDoc(sample.base), sample.source.base, actor);
  } catch (e) {
    store.close();
    throw e;
  }
  return store;
}
