/**
 * Autosave of the working draft: saves 300 ms after typing pauses and at the latest 1 s after the
 * first unsaved change while typing goes on (so at most about a second of typing is ever at risk;
 * the crash harness measured this choice), on demand (`flush`, used
 * on blur, visibility change and before saving a version), never loses typing (a failed save is
 * retried with back-off and the state stays "dirty"), and stops on CONFLICT until the user
 * chooses to reload or to overwrite.
 */
import type { DocJson } from '../../src/api/contract';

/** Debounce after the last change. */
const DEFAULT_DELAY_MS = 300;
/** Longest wait of a change while typing continues. */
const DEFAULT_MAX_WAIT_MS = 1000;

/** Saving state shown in the top bar. */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'conflict';

/** What the autosaver needs from its host. */
export interface AutosaveOptions {
  /** Save `doc` on top of `revision`; resolves with the new revision, rejects with an error with `code`. */
  save(doc: DocJson, revision: number): Promise<{ revision: number }>;
  /** The current document. */
  getDoc(): DocJson;
  /** The revision of the draft as loaded. */
  revision: number;
  /** Called whenever the state changes. */
  onState(state: SaveState): void;
  /** Debounce delay in ms (default 300). */
  delay?: number;
  /** Longest time in ms a change may wait while typing continues (default 1000). */
  maxWait?: number;
  /** Longest retry delay in ms (default 30 s). */
  maxRetryDelay?: number;
}

/** The autosave controller of one draft. */
export class Autosaver {
  private state: SaveState = 'saved';
  private changes = 0;
  private savedChanges = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private retryDelay: number;
  private revision: number;
  private disposed = false;
  /** When the oldest change not yet being saved was made (null: none pending). */
  private pendingSince: number | null = null;

  constructor(private readonly opts: AutosaveOptions) {
    this.revision = opts.revision;
    this.retryDelay = this.delay;
  }

  private get delay(): number {
    return this.opts.delay ?? DEFAULT_DELAY_MS;
  }

  /** The wait before the next save: the debounce, cut short so no change waits past `maxWait`. */
  private nextWait(now: number): number {
    const since = this.pendingSince ?? now;
    return Math.max(0, Math.min(this.delay, since + (this.opts.maxWait ?? DEFAULT_MAX_WAIT_MS) - now));
  }

  /** The current state. */
  get current(): SaveState {
    return this.state;
  }

  /** The revision of the last successful save (or load). */
  get currentRevision(): number {
    return this.revision;
  }

  /** True when there are changes not yet saved. */
  get hasUnsaved(): boolean {
    return this.changes !== this.savedChanges;
  }

  /** Record a change of the document and schedule a save. */
  change(): void {
    const now = Date.now();
    this.pendingSince ??= now;
    this.changes++;
    if (this.state === 'conflict') return;
    if (this.state !== 'saving') this.set('dirty');
    this.schedule(this.nextWait(now));
  }

  /** Save now if there is anything to save; resolves when saved, rejects when it failed. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.hasUnsaved && this.state !== 'conflict') await this.run();
    if (this.state === 'conflict') throw Object.assign(new Error('conflict'), { code: 'CONFLICT' });
    if (this.hasUnsaved) throw Object.assign(new Error('not saved'), { code: this.lastCode ?? 'INTERNAL' });
  }

  /** After a conflict: save the local document over the server's `revision`. */
  async overwrite(revision: number): Promise<void> {
    this.revision = revision;
    this.set('dirty');
    await this.flush();
  }

  /** After reloading the draft from the server: start over clean at `revision`. */
  reset(revision: number): void {
    this.clearTimer();
    this.revision = revision;
    this.changes = this.savedChanges = 0;
    this.pendingSince = null;
    this.set('saved');
  }

  /** Stop all timers (the host is going away). */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private lastCode: string | null = null;

  private set(state: SaveState): void {
    if (this.state === state) return;
    this.state = state;
    this.opts.onState(state);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private run(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.inFlight = this.saveOnce().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async saveOnce(): Promise<void> {
    if (!this.hasUnsaved || this.state === 'conflict') return;
    const upTo = this.changes;
    this.pendingSince = null;
    const doc = this.opts.getDoc();
    this.set('saving');
    try {
      const res = await this.opts.save(doc, this.revision);
      this.revision = res.revision;
      this.savedChanges = upTo;
      this.lastCode = null;
      this.retryDelay = this.delay;
      if (this.hasUnsaved) {
        this.set('dirty');
        this.schedule(this.nextWait(Date.now()));
      } else {
        this.set('saved');
      }
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'INTERNAL';
      this.lastCode = code;
      if (code === 'CONFLICT') {
        this.set('conflict');
        return;
      }
      this.set('error');
      this.retryDelay = Math.min(this.retryDelay * 2, this.opts.maxRetryDelay ?? 30_000);
      this.schedule(this.retryDelay);
    }
  }
}
