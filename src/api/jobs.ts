/**
 * Background jobs of one API context (a window, the preview, a CLI run): long work (an import of
 * a 100-page PDF) started by one call and followed by polling, because neither door streams (the
 * CLI, in the same process, watches a job's every progress report instead: `watchJob`).
 * `startJob` returns at once with an id; `jobStatus` reports stage and progress, and the result
 * or the error once finished; `cancelJob` aborts it. Finished jobs are kept for a while so that
 * a late poll still finds the result, then dropped.
 */
import { CoreError, isCoreError, type ErrorCode } from '../core-error';
import { newUid } from '../model/uid';
import type { ApiContext } from './context';

/** What a job's work reports as it goes. */
export interface JobProgress {
  stage: string;
  done: number;
  total: number;
}

/** A job as seen by a status call. */
export interface JobSnapshot<R> extends JobProgress {
  jobId: string;
  kind: string;
  finished: boolean;
  cancelled: boolean;
  result?: R;
  error?: { code: ErrorCode; message: string };
}

interface Job {
  snapshot: JobSnapshot<unknown>;
  /** Told every progress the work reports (`watchJob`). */
  watchers: Set<(p: JobProgress) => void>;
  controller: AbortController;
  finishedAt: number | null;
  promise: Promise<void>;
}

/** How long a finished job stays available. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;
/** At most this many jobs run at once in one context. */
const MAX_RUNNING = 4;

const registries = new WeakMap<ApiContext, Map<string, Job>>();

function registry(ctx: ApiContext): Map<string, Job> {
  let r = registries.get(ctx);
  if (!r) registries.set(ctx, (r = new Map()));
  return r;
}

function prune(jobs: Map<string, Job>, now: number): void {
  for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
}

/** Start `work` in the background; returns its job id at once. */
export function startJob<R>(
  ctx: ApiContext,
  kind: string,
  work: (signal: AbortSignal, progress: (p: JobProgress) => void) => Promise<R>,
): string {
  const jobs = registry(ctx);
  prune(jobs, Date.now());
  const running = [...jobs.values()].filter((j) => !j.snapshot.finished).length;
  if (running >= MAX_RUNNING) throw new CoreError('CONFLICT', `Sudah ada ${running} proses yang berjalan. Tunggu hingga selesai atau batalkan salah satunya.`);
  const jobId = newUid();
  const controller = new AbortController();
  const snapshot: JobSnapshot<unknown> = { jobId, kind, stage: 'menunggu', done: 0, total: 1, finished: false, cancelled: false };
  const job: Job = { snapshot, watchers: new Set(), controller, finishedAt: null, promise: Promise.resolve() };
  const end = (patch: Partial<JobSnapshot<unknown>>) => {
    if (snapshot.finished) return;
    Object.assign(snapshot, patch, { finished: true });
    job.finishedAt = Date.now();
  };
  job.promise = (async () => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return work(controller.signal, (p) => {
      if (snapshot.finished) return;
      const progress: JobProgress = { stage: p.stage, done: p.done, total: p.total };
      Object.assign(snapshot, progress);
      for (const watcher of job.watchers) watcher(progress);
    });
  })().then(
    (result) => end({ result }),
    (e: unknown) =>
      end(
        isCoreError(e)
          ? { error: { code: e.code, message: e.message }, cancelled: e.code === 'CANCELLED' }
          : { error: { code: 'INTERNAL', message: `Kesalahan internal: ${(e as Error)?.message ?? String(e)}` } },
      ),
  );
  jobs.set(jobId, job);
  return jobId;
}

function find(ctx: ApiContext, jobId: string): Job {
  const job = registry(ctx).get(jobId);
  if (!job) throw new CoreError('NOT_FOUND', 'Proses tidak ditemukan (mungkin sudah kedaluwarsa). Mulai impor kembali.');
  return job;
}

/** The current state of a job (NOT_FOUND for an unknown or expired id). */
export function jobStatus<R>(ctx: ApiContext, jobId: string, kind?: string): JobSnapshot<R> {
  const job = find(ctx, jobId);
  if (kind && job.snapshot.kind !== kind) throw new CoreError('NOT_FOUND', 'Proses tidak ditemukan.');
  return { ...job.snapshot } as JobSnapshot<R>;
}

/** Cancel a running job (a finished job is left as it is); returns its state afterwards. */
export function cancelJob<R>(ctx: ApiContext, jobId: string): JobSnapshot<R> {
  const job = find(ctx, jobId);
  if (!job.snapshot.finished) {
    job.controller.abort();
    Object.assign(job.snapshot, { finished: true, cancelled: true, error: { code: 'CANCELLED', message: 'Impor dibatalkan.' } });
    job.finishedAt = Date.now();
  }
  return { ...job.snapshot } as JobSnapshot<R>;
}

/**
 * Tell `watcher` every progress the job reports from now on, none skipped (the CLI tells each page
 * text recognition has read; a status call only sees the latest); returns the function that stops it.
 */
export function watchJob(ctx: ApiContext, jobId: string, watcher: (p: JobProgress) => void): () => void {
  const job = find(ctx, jobId);
  job.watchers.add(watcher);
  return () => job.watchers.delete(watcher);
}

/** Resolves when the job has finished (for the CLI and tests). */
export async function waitForJob<R>(ctx: ApiContext, jobId: string): Promise<JobSnapshot<R>> {
  await find(ctx, jobId).promise;
  return jobStatus<R>(ctx, jobId);
}

/** Cancel every running job of a context (when it closes). */
export function cancelAllJobs(ctx: ApiContext): void {
  for (const job of registry(ctx).values()) if (!job.snapshot.finished) job.controller.abort();
  registries.delete(ctx);
}
