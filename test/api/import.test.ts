/**
 * The import API (`import.start/status/cancel/commit`) in-process: a corpus text imported as a
 * background job gives the same outline as the importer; progress goes through the stages;
 * a job can be cancelled; other calls are answered while a PDF is being read in the worker;
 * commits as base (once) and as draft (the previous draft kept as the version "Draf sebelum
 * impor"); and the sample project is the real Surabaya replacement pair.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeContext, createContext, dispatch, type ApiContext } from '../../src/api/dispatch';
import type { DraftState, ImportCommitResult, ImportJobStatus, ProjectInfo, VersionInfo } from '../../src/api/contract';
import { importOffThread, workerAvailable } from '../../src/api/import-thread';
import { waitForJob, watchJob } from '../../src/api/jobs';
import { importFile, outlineOf, outlineOfDoc } from '../../src/parse/index';
import type { Node } from 'prosemirror-model';
import { numberDocument } from '../../src/model/numbering';
import { parseDocJson } from '../../src/model/validate';
import { writePdf } from '../unit/parse/helpers/pdf-writer';
import { corpusDir, fixturesDir } from '../helpers/paths';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';

const OLD = path.join(corpusDir, 'perda-kota-surabaya-2009-01-perparkiran-retribusi-parkir.txt');
const NEW = path.join(corpusDir, 'perda-kota-surabaya-2018-03-penyelenggaraan-perparkiran.txt');

let tmp: TmpDir;
let ctx: ApiContext;
let bigPdf: Uint8Array;

async function ok<T>(method: string, args: unknown): Promise<T> {
  const res = await dispatch(ctx, method, args);
  if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message}`);
  return res.value as T;
}

async function fail(method: string, args: unknown): Promise<{ code: string; message: string }> {
  const res = await dispatch(ctx, method, args);
  if (res.ok) throw new Error(`${method} should have failed`);
  return res.error;
}

/** Poll until the job has finished (no timing: every poll yields to the event loop). */
async function finished(jobId: string): Promise<ImportJobStatus> {
  await waitForJob(ctx, jobId);
  return ok<ImportJobStatus>('import.status', { jobId });
}

beforeAll(() => {
  tmp = makeTmpDir('import-api');
  ctx = createContext({ userDataDir: path.join(tmp.path, 'user'), author: 'Penguji' });
  // A PDF of the whole 2018 text, 30 lines a page.
  const lines = fs.readFileSync(NEW, 'utf8').split('\n').filter((l) => !l.startsWith('#'));
  const pages: string[][] = [];
  for (let i = 0; i < lines.length; i += 30) pages.push(lines.slice(i, i + 30));
  bigPdf = writePdf({ pages });
});

afterAll(() => {
  closeContext(ctx);
  tmp.cleanup();
});

describe('import jobs', () => {
  it('runs in a worker thread here (tsx sources present)', () => {
    expect(workerAvailable()).toBe(true);
  });

  it('imports a corpus text by path: the outline is exactly the importer\'s', async () => {
    const { jobId } = await ok<{ jobId: string }>('import.start', { path: OLD });
    const s = await finished(jobId);
    expect(s).toMatchObject({ finished: true, cancelled: false, stage: 'selesai' });
    expect(s.error).toBeUndefined();
    const expected = outlineOf(await importFile(OLD));
    expect(s.result!.outline).toEqual(expected);
    expect(s.result!.fileName).toBe(path.basename(OLD));
    expect(s.result!.removed.length).toBeGreaterThan(0);
    // The source lines are the text as read: the removed furniture and the Pasal headings are among them.
    const byNo = new Map(s.result!.sourceLines.map((l) => [l.no, l.text]));
    for (const r of s.result!.removed) expect(byNo.get(r.line)?.trim()).toBe(r.text.trim());
    expect(s.result!.sourceLines.some((l) => l.text.trim() === 'Pasal 44')).toBe(true);
    // Status without the (large) result while polling.
    const light = await ok<ImportJobStatus>('import.status', { jobId, withResult: false });
    expect(light.result).toBeUndefined();
    expect(light.finished).toBe(true);
  });

  it('imports bytes sent as base64 (the renderer\'s file picker)', async () => {
    const bytes = fs.readFileSync(NEW);
    const { jobId } = await ok<{ jobId: string }>('import.start', { bytesBase64: bytes.toString('base64'), fileName: 'perda-2018.txt' });
    const s = await finished(jobId);
    expect(s.result!.outline.pasal).toHaveLength(41);
    expect(s.result!.fileName).toBe('perda-2018.txt');
  });

  it('imports an old Word file (.doc, made from the Sulut 4/2014 text) with the importer\'s outline and its note', async () => {
    const doc = path.join(fixturesDir, 'parse/sulut-2014-minuman-beralkohol.doc');
    const { jobId } = await ok<{ jobId: string }>('import.start', { bytesBase64: fs.readFileSync(doc).toString('base64'), fileName: 'lama.doc' });
    const s = await finished(jobId);
    expect(s.error).toBeUndefined();
    expect(s.result!.outline).toEqual(outlineOf(await importFile(doc)));
    expect(s.result!.outline.pasal).toHaveLength(37);
    expect(s.result!.diagnostics.map((d) => d.code)).toContain('DOC_LEGACY');
  });

  it('reports the stages of a PDF import page by page', async () => {
    const seen: string[] = [];
    let pages = 0;
    const r = await importOffThread(bigPdf, 'perda.pdf', {
      onProgress: (p) => {
        if (seen[seen.length - 1] !== p.stage) seen.push(p.stage);
        if (p.stage === 'mengekstrak teks PDF') pages = Math.max(pages, p.done);
      },
    });
    expect(seen).toEqual(['membaca', 'mengekstrak teks PDF', 'menyusun struktur', 'selesai']);
    expect(pages).toBeGreaterThan(40);
    expect(r.outline.pasal).toHaveLength(41);
  });

  it('tells a watcher every page of a PDF import started as a job, in order, and nothing once it stops watching', async () => {
    const { jobId } = await ok<{ jobId: string }>('import.start', { bytesBase64: Buffer.from(bigPdf).toString('base64'), fileName: 'perda.pdf' });
    const pages: number[] = [];
    let total = 0;
    const unwatch = watchJob(ctx, jobId, (p) => {
      if (p.stage !== 'mengekstrak teks PDF') return;
      pages.push(p.done);
      total = p.total;
    });
    await waitForJob(ctx, jobId);
    unwatch();
    expect(total).toBeGreaterThan(40);
    expect(pages.filter((d) => d > 0)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    const { jobId: next } = await ok<{ jobId: string }>('import.start', { bytesBase64: Buffer.from(bigPdf).toString('base64'), fileName: 'lagi.pdf' });
    const stopped: number[] = [];
    watchJob(ctx, next, (p) => stopped.push(p.done))();
    await waitForJob(ctx, next);
    expect(stopped).toEqual([]);
  });

  it('gives the same result in this thread where no worker can start (the bundled app)', async () => {
    const bytes = fs.readFileSync(OLD);
    const inThread = await importOffThread(bytes, 'lama.txt', { inThread: true });
    const worker = await importOffThread(bytes, 'lama.txt');
    expect(inThread.outline).toEqual(worker.outline);
    expect(inThread.sourceLines).toEqual(worker.sourceLines);
  });

  it('answers other calls while a PDF is read in the worker', async () => {
    const { jobId } = await ok<{ jobId: string }>('import.start', { bytesBase64: Buffer.from(bigPdf).toString('base64'), fileName: 'besar.pdf' });
    const order: string[] = [];
    const job = waitForJob(ctx, jobId).then(() => order.push('import'));
    await ok('app.info', {}).then(() => order.push('app.info'));
    const mid = await ok<ImportJobStatus>('import.status', { jobId });
    order.push(mid.finished ? 'status:finished' : 'status:running');
    await job;
    expect(order).toEqual(['app.info', 'status:running', 'import']);
  });

  it('cancels a running job: status says cancelled, no result', async () => {
    const { jobId } = await ok<{ jobId: string }>('import.start', { bytesBase64: Buffer.from(bigPdf).toString('base64'), fileName: 'besar.pdf' });
    const c = await ok<ImportJobStatus>('import.cancel', { jobId });
    expect(c).toMatchObject({ finished: true, cancelled: true, error: { code: 'CANCELLED' } });
    await waitForJob(ctx, jobId);
    const s = await ok<ImportJobStatus>('import.status', { jobId });
    expect(s.cancelled).toBe(true);
    expect(s.result).toBeUndefined();
    expect((await fail('import.status', { jobId: 'tidakada' })).code).toBe('NOT_FOUND');
  });

  it('reports bad input as a finished job with a typed error', async () => {
    const { jobId } = await ok<{ jobId: string }>('import.start', { bytesBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]).toString('base64'), fileName: 'lama.doc' });
    const s = await finished(jobId);
    expect(s.error?.code).toBe('IMPORT_FAILED');
    expect(s.error?.message).toMatch(/\.doc\).*\.docx/);
    expect((await fail('import.start', { path: OLD, bytesBase64: 'AA==' })).code).toBe('INVALID_ARGS');
  });
});

describe('import.commit', () => {
  let jobOld: string;
  let jobNew: string;

  beforeAll(async () => {
    jobOld = (await ok<{ jobId: string }>('import.start', { path: OLD })).jobId;
    jobNew = (await ok<{ jobId: string }>('import.start', { path: NEW })).jobId;
    await finished(jobOld);
    await finished(jobNew);
  });

  it('needs an open project', async () => {
    await ok('project.close', {});
    expect((await fail('import.commit', { jobId: jobOld, as: 'base' })).code).toBe('NO_PROJECT');
  });

  it('as base: sets the base text once, with the file as its source and the project\'s mode', async () => {
    await ok<ProjectInfo>('project.create', { path: path.join(tmp.path, 'dasar.rancang'), title: 'Perparkiran', mode: 'perubahan' });
    const draftBefore = await ok<DraftState>('draft.get', {});
    const r = await ok<ImportCommitResult>('import.commit', { jobId: jobOld, as: 'base' });
    expect(r).toMatchObject({ as: 'base', source: path.basename(OLD), savedCurrentAs: null, draftRevision: null });
    expect(r.project.hasBase).toBe(true);
    const base = await ok<{ doc: unknown; source: string }>('base.get', {});
    expect(base.source).toBe(path.basename(OLD));
    const baseDoc = parseDocJson(base.doc);
    expect(baseDoc.attrs.mode).toBe('perubahan');
    expect(outlineOfDoc(baseDoc).pasal).toHaveLength(44);
    expect((await ok<DraftState>('draft.get', {})).revision).toBe(draftBefore.revision);
    const again = await fail('import.commit', { jobId: jobNew, as: 'base' });
    expect(again.code).toBe('BASE_ALREADY_SET');
    expect(outlineOfDoc(parseDocJson((await ok<{ doc: unknown }>('base.get', {})).doc)).pasal).toHaveLength(44);
  });

  it('as draft: the previous draft is kept as the version "Draf sebelum impor"', async () => {
    const before = await ok<DraftState>('draft.get', {});
    const r = await ok<ImportCommitResult>('import.commit', { jobId: jobNew, as: 'draft' });
    expect(r.savedCurrentAs?.label).toBe('Draf sebelum impor');
    expect(r.draftRevision).toBe(before.revision + 1);
    const versions = await ok<VersionInfo[]>('version.list', {});
    const kept = await ok<{ doc: unknown }>('version.get', { id: versions.at(-1)!.id });
    expect(kept.doc).toEqual(before.doc);
    const draft = await ok<DraftState>('draft.get', {});
    expect(outlineOfDoc(parseDocJson(draft.doc)).pasal).toHaveLength(41);
    expect(r.project.counts.pasal).toBe(41);
  });

  it('as draft with a document corrected in the review screen', async () => {
    const s = await ok<ImportJobStatus>('import.status', { jobId: jobNew });
    const doc = structuredClone(s.result!.doc) as { content: Array<{ type: string; content?: unknown[] }> };
    const tubuh = doc.content.find((c) => c.type === 'batangTubuh')!;
    tubuh.content = tubuh.content!.slice(0, 3);
    const r = await ok<ImportCommitResult>('import.commit', { doc, jobId: jobNew, as: 'draft' });
    expect(r.project.counts.bab).toBe(3);
    expect((await fail('import.commit', { doc: { type: 'doc', content: [] }, as: 'draft' })).code).toBe('INVALID_DOCUMENT');
  });
});

/** The Pasal markers of a document as the numbering gives them. */
function pasalMarkers(doc: Node): string[] {
  const numbering = numberDocument(doc);
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'pasal') out.push(numbering.get(String(n.attrs.uid))?.marker ?? '?');
    return n.type.name !== 'pasal';
  });
  return out;
}

describe('import.commit of an amended text (printed with Pasal 20A)', () => {
  it('keeps its printed numbers as the base, while the draft takes the project\'s mode', async () => {
    const lines = fs.readFileSync(NEW, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.trim() === 'BAB VII');
    const amended = [...lines.slice(0, at), 'Pasal 20A', '', 'Petugas parkir wajib menggunakan seragam.', '', ...lines.slice(at)].join('\n');
    const file = path.join(tmp.path, 'perparkiran-diubah.txt');
    fs.writeFileSync(file, amended);
    const job = (await ok<{ jobId: string }>('import.start', { path: file })).jobId;
    await finished(job);
    await ok<ProjectInfo>('project.create', { path: path.join(tmp.path, 'diubah.rancang'), title: 'Perparkiran', mode: 'penggantian' });
    await ok<ImportCommitResult>('import.commit', { jobId: job, as: 'base', draftFromBase: true });
    const base = parseDocJson((await ok<{ doc: unknown }>('base.get', {})).doc);
    expect(base.attrs.mode).toBe('perubahan');
    expect(pasalMarkers(base).slice(19, 22)).toEqual(['Pasal 20', 'Pasal 20A', 'Pasal 21']);
    const draft = parseDocJson((await ok<DraftState>('draft.get', {})).doc);
    expect(draft.attrs.mode).toBe('penggantian');
    expect(pasalMarkers(draft).slice(19, 22)).toEqual(['Pasal 20', 'Pasal 21', 'Pasal 22']);
  });
});

describe('project.sample', () => {
  it('is the real Surabaya replacement pair, matched by content, and says where it comes from', async () => {
    const info = await ok<ProjectInfo>('project.sample', {});
    expect(info.title).toMatch(/Surabaya/);
    expect(info.title).toMatch(/JDIH/);
    expect(info).toMatchObject({ mode: 'penggantian', hasBase: true, counts: { bab: 17, pasal: 41 } });
    const base = await ok<{ doc: unknown; source: string }>('base.get', {});
    expect(base.source).toMatch(/Nomor 1 Tahun 2009/);
    expect(base.source).toMatch(/JDIH/);
    expect(outlineOfDoc(parseDocJson(base.doc)).pasal).toHaveLength(44);
    const settings = await ok<{ region: { name: string; head: string } }>('settings.get', {});
    expect(settings.region).toMatchObject({ name: 'KOTA SURABAYA', head: 'WALIKOTA SURABAYA' });
    const cmp = await ok<{ matchedBy: string; summary: Record<string, number> }>('compare.run', { old: { kind: 'base' }, new: { kind: 'draft' } });
    expect(cmp.matchedBy).toBe('content');
    expect(cmp.summary.changed).toBeGreaterThan(5);
    const again = await ok<ProjectInfo>('project.sample', {});
    expect(again.path).toBe(info.path);
  });

  it('the committed sample JSON is small', () => {
    const file = path.resolve(corpusDir, '../../main/resources/samples/surabaya-parkir.json');
    const local = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../resources/samples/surabaya-parkir.json');
    expect(fs.statSync(fs.existsSync(local) ? local : file).size).toBeLessThan(1024 * 1024);
  });
});

describe('import.commit of an amending instrument applied to the base (real Sulawesi Utara pair)', () => {
  const SULUT_BASE = path.join(corpusDir, 'perda-prov-sulut-2016-03-rpjmd-2016-2021.txt');
  const SULUT_INSTRUMENT = path.join(corpusDir, 'perda-prov-sulut-2018-02-perubahan-rpjmd.txt');
  const OTHER = path.join(corpusDir, 'perda-prov-sulut-2014-04-minuman-beralkohol.txt');

  async function imported(file: string): Promise<string> {
    const job = (await ok<{ jobId: string }>('import.start', { path: file })).jobId;
    await finished(job);
    return job;
  }

  it('stores the base with the instrument applied as the draft, and reports each item', async () => {
    await ok<ProjectInfo>('project.create', { path: path.join(tmp.path, 'rpjmd.rancang'), title: 'RPJMD', mode: 'perubahan' });
    await ok('import.commit', { jobId: await imported(SULUT_BASE), as: 'base', draftFromBase: true });
    const before = await ok<DraftState>('draft.get', {});
    const r = await ok<ImportCommitResult>('import.commit', { jobId: await imported(SULUT_INSTRUMENT), as: 'draft', applyToBase: true });
    expect(r.appliedInstrument).toMatchObject({ applied: 3, total: 3 });
    expect(r.appliedInstrument!.report.map((x) => [x.item, x.status, x.units])).toEqual([[1, 'applied', ['Pasal 1']], [2, 'applied', ['Pasal 3']], [3, 'applied', ['Pasal 4']]]);
    expect(r.savedCurrentAs?.label).toBe('Draf sebelum impor');
    expect(r.draftRevision).toBe(before.revision + 1);
    // The draft is a whole Perda again (9 Pasal), and the comparison with the base lists the three Pasal changed.
    const cmp = await ok<{ summary: Record<string, number>; rows: Array<{ kind: string; status: string; old: { label: string } | null }> }>('compare.run', { old: { kind: 'base' }, new: { kind: 'draft' } });
    expect(cmp.rows.filter((x) => x.kind === 'pasal' && x.status !== 'unchanged').map((x) => [x.old?.label, x.status])).toEqual([['Pasal 1', 'changed'], ['Pasal 3', 'changed'], ['Pasal 4', 'changed']]);
    expect(cmp.summary).toMatchObject({ changed: 3, unchanged: 6 });
  });

  it('refuses, storing nothing, a file that is no instrument, or one that names another Perda', async () => {
    const before = await ok<DraftState>('draft.get', {});
    const versions = (await ok<VersionInfo[]>('version.list', {})).length;
    const notInstrument = await fail('import.commit', { jobId: await imported(OTHER), as: 'draft', applyToBase: true });
    expect(notInstrument).toMatchObject({ code: 'INVALID_ARGS' });
    expect(notInstrument.message).toMatch(/bukan Perda perubahan/);
    expect((await ok<DraftState>('draft.get', {})).revision).toBe(before.revision);
    expect((await ok<VersionInfo[]>('version.list', {})).length).toBe(versions);
    expect((await fail('import.commit', { jobId: await imported(SULUT_INSTRUMENT), as: 'base', applyToBase: true })).code).toBe('INVALID_ARGS');
    await ok<ProjectInfo>('project.create', { path: path.join(tmp.path, 'lain.rancang'), title: 'Minuman Beralkohol', mode: 'perubahan' });
    await ok('import.commit', { jobId: await imported(OTHER), as: 'base', draftFromBase: true });
    const otherBefore = await ok<DraftState>('draft.get', {});
    const otherVersions = (await ok<VersionInfo[]>('version.list', {})).length;
    const wrongBase = await fail('import.commit', { jobId: await imported(SULUT_INSTRUMENT), as: 'draft', applyToBase: true });
    expect(wrongBase.message).toMatch(/tidak menyebut naskah dasar proyek/);
    expect((await ok<DraftState>('draft.get', {})).revision).toBe(otherBefore.revision);
    expect((await ok<VersionInfo[]>('version.list', {})).length).toBe(otherVersions);
  });
});
