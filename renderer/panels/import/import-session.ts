/**
 * The state of one import, kept outside React so that it survives switching tabs (the import
 * panel unmounts while another tab shows): the file is read with FileReader, sent to
 * `import.start`, polled with `import.status` (without the large result until it finishes), and
 * then held for review with the structure fixes applied so far (undoable).
 */
import { useSyncExternalStore } from 'react';
import type { Node } from 'prosemirror-model';
import type { ImportJobResult } from '../../../src/api/contract';
import { perdaSchema } from '../../../src/model/schema';
import type { FixResult } from '../../../src/parse/fix/index';
import type { ApiClient } from '../../api/client';
import { findUnit, previousUnit } from './review-model';

/** Largest file sent over the doors (the preview's HTTP body limit is 64 MB of base64). */
export const MAX_FILE_BYTES = 45 * 1024 * 1024;

/** How often a running job is polled (ms). */
const POLL_MS = 250;

/** The phases of an import. */
export type ImportState =
  | { phase: 'idle'; error: unknown; note: string | null }
  | { phase: 'running'; jobId: string | null; fileName: string; stage: string; done: number; total: number }
  | {
      phase: 'review';
      jobId: string;
      fileName: string;
      result: ImportJobResult;
      doc: Node;
      history: Node[];
      selected: string | null;
      /** The source line to show (after a click on a diagnostic). */
      focusLine: number | null;
      refusal: string | null;
    };

type Listener = () => void;

/** One import session (per project, or for the start screen). */
export class ImportSession {
  private state: ImportState = { phase: 'idle', error: null, note: null };
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;

  constructor(private readonly client: ApiClient) {}

  /** The current state. */
  get = (): ImportState => this.state;

  /** Subscribe to changes (for useSyncExternalStore). */
  subscribe = (l: Listener): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private set(next: ImportState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Read `file` and start its import. */
  async start(file: File, tooLarge: string, readFailed: string): Promise<void> {
    if (file.size > MAX_FILE_BYTES) return this.set({ phase: 'idle', error: null, note: tooLarge });
    const gen = ++this.generation;
    this.set({ phase: 'running', jobId: null, fileName: file.name, stage: 'membaca', done: 0, total: 1 });
    let base64: string;
    try {
      base64 = await readBase64(file);
    } catch {
      if (gen === this.generation) this.set({ phase: 'idle', error: null, note: readFailed });
      return;
    }
    if (gen !== this.generation) return;
    try {
      const { jobId } = await this.client.call('import.start', { bytesBase64: base64, fileName: file.name });
      if (gen !== this.generation) {
        void this.client.call('import.cancel', { jobId }).catch(() => undefined);
        return;
      }
      this.set({ phase: 'running', jobId, fileName: file.name, stage: 'membaca', done: 0, total: 1 });
      this.poll(gen, jobId, file.name);
    } catch (e) {
      if (gen === this.generation) this.set({ phase: 'idle', error: e, note: null });
    }
  }

  private poll(gen: number, jobId: string, fileName: string): void {
    this.timer = setTimeout(async () => {
      if (gen !== this.generation) return;
      try {
        const s = await this.client.call('import.status', { jobId, withResult: false });
        if (gen !== this.generation) return;
        if (!s.finished) {
          this.set({ phase: 'running', jobId, fileName, stage: s.stage, done: s.done, total: s.total });
          return this.poll(gen, jobId, fileName);
        }
        if (s.error) return this.set({ phase: 'idle', error: s.cancelled ? null : s.error.code, note: null });
        const full = await this.client.call('import.status', { jobId });
        if (gen !== this.generation || !full.result) return;
        const doc = perdaSchema.nodeFromJSON(full.result.doc);
        this.set({ phase: 'review', jobId, fileName, result: full.result, doc, history: [], selected: null, focusLine: null, refusal: null });
      } catch (e) {
        if (gen === this.generation) this.set({ phase: 'idle', error: e, note: null });
      }
    }, POLL_MS);
  }

  /** Cancel the running import. */
  async cancel(note: string): Promise<void> {
    const s = this.state;
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.set({ phase: 'idle', error: null, note });
    if (s.phase === 'running' && s.jobId) await this.client.call('import.cancel', { jobId: s.jobId }).catch(() => undefined);
  }

  /** Forget the import (after a commit, or to choose another file). */
  reset(note: string | null = null): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.set({ phase: 'idle', error: null, note });
  }

  /** Select a unit (and optionally show a source line). */
  select(uid: string | null, focusLine: number | null = null): void {
    if (this.state.phase === 'review') this.set({ ...this.state, selected: uid, focusLine, refusal: null });
  }

  /** Apply a structure fix to the reviewed document; a refused fix shows its reason. */
  fix(run: (doc: Node) => FixResult): void {
    const s = this.state;
    if (s.phase !== 'review') return;
    const r = run(s.doc);
    if (!r.ok) return this.set({ ...s, refusal: r.reason });
    // A unit merged away leaves the unit it was merged into selected.
    const selected = s.selected && !findUnit(r.doc, s.selected) ? previousUnit(s.doc, s.selected) : s.selected;
    this.set({ ...s, doc: r.doc, history: [...s.history, s.doc], selected, refusal: null });
  }

  /** Undo the last fix. */
  undo(): void {
    const s = this.state;
    if (s.phase !== 'review' || s.history.length === 0) return;
    this.set({ ...s, doc: s.history[s.history.length - 1]!, history: s.history.slice(0, -1), refusal: null });
  }
}

/** The file as base64 (FileReader works off the main thread's critical path). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

const sessions = new Map<string, ImportSession>();

/** The session for `key` (a project path, or "start"), created on first use. */
export function importSession(key: string, client: ApiClient): ImportSession {
  let s = sessions.get(key);
  if (!s) sessions.set(key, (s = new ImportSession(client)));
  return s;
}

/** The session's state as React state. */
export function useImportState(session: ImportSession): ImportState {
  return useSyncExternalStore(session.subscribe, session.get);
}
