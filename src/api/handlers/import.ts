/**
 * Handlers of `import.*`: long imports as background jobs (start, status, cancel) and the
 * commit of an imported document into the open project as its base text or its working draft.
 * The parse runs in a worker thread (see import-thread.ts), so both doors stay responsive.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CoreError } from '../../core-error';
import { actorOf, requireProject, type ApiContext } from '../context';
import { IMPORT_MAX_BYTES, type DocJson, type ImportJobResult, type ImportJobStatus } from '../contract';
import { normalizeDoc } from '../doc-input';
import type { Handlers } from '../handler';
import { importOffThread } from '../import-thread';
import { applyToBase } from '../instrument-draft';
import { cancelJob, jobStatus, startJob, type JobSnapshot } from '../jobs';
import { projectInfo } from './project-info';
import { BEFORE_IMPORT_LABEL } from '../version-labels';

/** The job kind of imports. */
const KIND = 'import';

const tooLarge = (name: string, bytes: number) =>
  new CoreError('IMPORT_FAILED', `Berkas "${name}" terlalu besar (${Math.round(bytes / 1048576)} MB); batasnya ${IMPORT_MAX_BYTES / 1048576} MB.`);

/** Read a file from disk for an import (IMPORT_FAILED with the reason when it cannot be read). */
async function readInput(file: string): Promise<Uint8Array> {
  try {
    const bytes = await readFile(file);
    if (bytes.length > IMPORT_MAX_BYTES) throw tooLarge(path.basename(file), bytes.length);
    return bytes;
  } catch (e) {
    if (e instanceof CoreError) throw e;
    throw new CoreError('IMPORT_FAILED', `Berkas tidak dapat dibaca: ${(e as Error).message}`);
  }
}

/** The status as the contract returns it. */
function toStatus(s: JobSnapshot<ImportJobResult>, withResult: boolean): ImportJobStatus {
  const out: ImportJobStatus = { jobId: s.jobId, stage: s.stage, done: s.done, total: s.total, finished: s.finished, cancelled: s.cancelled };
  if (s.error) out.error = s.error;
  if (withResult && s.result) out.result = s.result;
  return out;
}

/** The imported document a commit names: `doc` (corrected in the review screen) or the job's result. */
function commitInput(ctx: ApiContext, a: { jobId?: string; doc?: unknown; source?: string }): { doc: unknown; source: string | null } {
  let fileName: string | null = null;
  let doc: unknown = a.doc;
  if (a.jobId !== undefined) {
    const s = jobStatus<ImportJobResult>(ctx, a.jobId, KIND);
    if (!s.finished) throw new CoreError('CONFLICT', 'Impor belum selesai; tunggu hingga selesai sebelum menyimpan hasilnya.');
    if (!s.result) throw new CoreError(s.error?.code ?? 'IMPORT_FAILED', s.error?.message ?? 'Impor tidak menghasilkan naskah.');
    fileName = s.result.fileName;
    doc ??= s.result.doc;
  }
  return { doc, source: a.source ?? fileName };
}

/** The document with the given numbering mode. */
function withMode(json: unknown, mode: string): DocJson {
  const doc = normalizeDoc(json);
  return { ...doc, attrs: { ...doc.attrs, mode } };
}

/**
 * The numbering mode of an imported base text: an enacted Perda keeps the numbers it is printed
 * with, so a text the importer read in perubahan mode (it carries insertion numbers such as
 * Pasal 20A) stays so; any other base takes the project's mode (its numbers are positional).
 */
function baseMode(json: unknown, projectMode: string): string {
  const attrs = (json as { attrs?: { mode?: unknown } } | null)?.attrs;
  return attrs?.mode === 'perubahan' ? 'perubahan' : projectMode;
}

/** Handlers of `import.*`. */
export const importHandlers: Handlers<'import.start' | 'import.status' | 'import.cancel' | 'import.commit'> = {
  'import.start': (ctx, a) => {
    let name: string;
    let bytes: Uint8Array | null = null;
    if (a.bytesBase64 !== undefined) {
      if (!a.fileName) throw new CoreError('INVALID_ARGS', 'fileName wajib diisi bersama bytesBase64.');
      name = path.basename(a.fileName);
      bytes = Buffer.from(a.bytesBase64, 'base64');
      if (bytes.length > IMPORT_MAX_BYTES) throw tooLarge(name, bytes.length);
    } else {
      name = path.basename(a.path as string);
    }
    const file = a.path ? path.resolve(a.path) : null;
    const jobId = startJob<ImportJobResult>(ctx, KIND, async (signal, progress) => {
      const input = bytes ?? (await readInput(file as string));
      return importOffThread(input, name, { signal, onProgress: progress });
    });
    return { jobId };
  },

  'import.status': (ctx, a) => toStatus(jobStatus<ImportJobResult>(ctx, a.jobId, KIND), a.withResult !== false),

  'import.cancel': (ctx, a) => {
    jobStatus(ctx, a.jobId, KIND);
    return toStatus(cancelJob<ImportJobResult>(ctx, a.jobId), false);
  },

  'import.commit': (ctx, a) => {
    const store = requireProject(ctx);
    const actor = actorOf(ctx);
    const input = commitInput(ctx, a);
    const mode = store.getSettings().mode;
    if (a.applyToBase && a.as !== 'draft') throw new CoreError('INVALID_ARGS', 'applyToBase hanya berlaku untuk impor sebagai draf.');
    // An amending instrument applied to the base: the draft is the consolidated text.
    const applied = a.applyToBase ? applyToBase(store, input.doc) : null;
    const doc = withMode(applied ? applied.doc.toJSON() : input.doc, mode);
    let baseHash: string | null = null;
    if (a.as === 'base') baseHash = store.setBase(withMode(input.doc, baseMode(input.doc, mode)), input.source, actor).hash;
    let savedCurrentAs = null;
    let draftRevision: number | null = null;
    if (a.as === 'draft' || a.draftFromBase) {
      savedCurrentAs = store.saveVersion({ label: BEFORE_IMPORT_LABEL, stage: '', author: actor });
      draftRevision = store.saveDraft(doc, undefined, actor).revision;
    }
    const appliedInstrument = applied ? { applied: applied.applied, total: applied.total, report: applied.report } : null;
    return { as: a.as, source: input.source, baseHash, savedCurrentAs, draftRevision, appliedInstrument, project: projectInfo(store) };
  },
};
