/**
 * What the parent checks after every kill, against what the child reported saved: the file
 * passes `integrity_check` and `foreign_key_check`; every reported version is there with its
 * hash and loads as a schema-valid document; the draft is the last reported save or newer;
 * every reported thread, reply and imported package event is there; the newest reported backup
 * is a complete project file.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseDocJson } from '../../../src/model/validate';
import { backupDirOf, verifyProjectCopy } from '../../../src/store/backup';
import { ProjectStore } from '../../../src/store/index';
import { projectDatabase } from '../../../src/store/review-store';

/** What the child reported since the last check (and the draft it reported last). */
export interface Reported {
  versions: Array<{ id: number; hash: string }>;
  draft: { revision: number; root: string } | null;
  eventIds: string[];
  backup: string | null;
}

/** The outcome of one check. */
export interface CheckResult {
  corrupt: boolean;
  lostVersions: number;
  /** 1 when the stored draft is older than the last reported save (or differs from it). */
  lostDraft: number;
  lostEvents: number;
  brokenBackups: number;
  /** The stored draft's revision and root hash. */
  revision: number;
  root: string;
  problems: string[];
}

/** Check `file` against `rep`. */
export function verifyAfterKill(file: string, rep: Reported): CheckResult {
  const r: CheckResult = {
    corrupt: false,
    lostVersions: 0,
    lostDraft: 0,
    lostEvents: 0,
    brokenBackups: 0,
    revision: -1,
    root: '',
    problems: [],
  };
  // 1. SQLite's own checks, on a read-write connection as the app would open it (WAL recovery).
  const raw = new Database(file, { fileMustExist: true });
  try {
    const check = raw.pragma('integrity_check', { simple: true });
    const fk = raw.pragma('foreign_key_check') as unknown[];
    if (check !== 'ok' || fk.length > 0) {
      r.corrupt = true;
      r.problems.push(`integrity_check: ${String(check)}; foreign_key_check: ${fk.length}`);
      return r;
    }
  } finally {
    raw.close();
  }
  // 2. The content, through the store (read-only: the check changes nothing).
  let store: ProjectStore;
  try {
    store = ProjectStore.open(file, { appVersion: 'verify', readOnly: true });
  } catch (e) {
    r.corrupt = true;
    r.problems.push(`tidak dapat dibuka: ${(e as Error).message}`);
    return r;
  }
  try {
    for (const v of rep.versions) {
      try {
        const got = store.getVersion(v.id);
        if (got.version.hash !== v.hash) throw new Error(`hash ${got.version.hash} != ${v.hash}`);
        parseDocJson(got.doc);
      } catch (e) {
        r.lostVersions += 1;
        r.problems.push(`versi ${v.id}: ${(e as Error).message}`);
      }
    }
    const draft = store.getDraft();
    r.revision = draft.revision;
    r.root = store.draftRoot();
    try {
      parseDocJson(draft.doc);
    } catch (e) {
      r.lostDraft = 1;
      r.problems.push(`draf tidak sah: ${(e as Error).message}`);
    }
    if (rep.draft) {
      const older = draft.revision < rep.draft.revision;
      const differs = draft.revision === rep.draft.revision && r.root !== rep.draft.root;
      if (older || differs) {
        r.lostDraft = 1;
        r.problems.push(
          `draf: tersimpan revisi ${draft.revision}, dilaporkan ${rep.draft.revision}${differs ? ' (isi beda)' : ''}`,
        );
      }
    }
    const has = projectDatabase(store).prepare('SELECT 1 FROM review_events WHERE id = ?').pluck();
    for (const id of rep.eventIds) {
      if (has.get(id) === undefined) {
        r.lostEvents += 1;
        r.problems.push(`peristiwa tinjauan ${id} hilang`);
      }
    }
  } finally {
    store.close();
  }
  if (rep.backup) {
    try {
      verifyProjectCopy(path.join(backupDirOf(file), rep.backup));
    } catch (e) {
      r.brokenBackups += 1;
      r.problems.push(`cadangan ${rep.backup}: ${(e as Error).message}`);
    }
  }
  return r;
}
