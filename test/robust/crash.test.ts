/**
 * Crash safety (issue: "Prove it keeps working"): a child process writes through the real API
 * (draft autosaves, version saves, thread writes and replies, review-package imports, backups)
 * and is killed with SIGKILL at random moments, RANCANG_CRASH_KILLS times (200 by default).
 * After every kill the file must pass integrity_check and hold everything the child reported
 * saved. The checker itself is tested first, on files damaged on purpose, so it can fail.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir, type TmpDir } from '../helpers/tmp-dir';
import { runCrashHarness } from './crash/harness';
import { prepareProject, type PreparedProject } from './crash/prepare';
import { verifyAfterKill } from './crash/verify';

const KILLS = Number(process.env.RANCANG_CRASH_KILLS ?? 200);

describe('the crash checker', () => {
  let dir: TmpDir;
  let p: PreparedProject;
  let versionHash: string;
  let draft: { revision: number; root: string };
  let eventId: string;
  beforeAll(async () => {
    dir = makeTmpDir('crash-check');
    p = await prepareProject(dir.path, { pasalCount: 5, packages: 1 });
    const db = new Database(p.file, { readonly: true });
    versionHash = db.prepare('SELECT root FROM versions WHERE id = 1').pluck().get() as string;
    draft = db.prepare('SELECT revision, root FROM draft').get() as {
      revision: number;
      root: string;
    };
    eventId = db.prepare('SELECT id FROM review_events LIMIT 1').pluck().get() as string;
    db.close();
  });
  afterAll(() => dir.cleanup());

  it('passes an intact file with what it holds', () => {
    const r = verifyAfterKill(p.file, {
      versions: [{ id: 1, hash: versionHash }],
      draft,
      eventIds: [eventId],
      backup: null,
    });
    expect(r.problems).toEqual([]);
    expect(r.revision).toBe(draft.revision);
  });

  it('reports a version, a draft save and a thread that are not in the file', () => {
    const r = verifyAfterKill(p.file, {
      versions: [
        { id: 99, hash: versionHash },
        { id: 1, hash: 'f'.repeat(64) },
      ],
      draft: { revision: draft.revision + 1, root: draft.root },
      eventIds: ['tidak-ada-0001'],
      backup: null,
    });
    expect(r.lostVersions).toBe(2);
    expect(r.lostDraft).toBe(1);
    expect(r.lostEvents).toBe(1);
  });

  it('reports a draft whose content differs from the reported save', () => {
    const r = verifyAfterKill(p.file, {
      versions: [],
      draft: { ...draft, root: '0'.repeat(64) },
      eventIds: [],
      backup: null,
    });
    expect(r.lostDraft).toBe(1);
  });

  it('reports a file with a damaged page as corrupt', () => {
    const copy = path.join(dir.path, 'rusak.rancang');
    fs.copyFileSync(p.file, copy);
    const db = new Database(copy, { readonly: true });
    const root = db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'versions'")
      .pluck()
      .get() as number;
    db.close();
    // Scribble over the B-tree header of the versions table's root page.
    const bytes = fs.readFileSync(copy);
    const at = (root - 1) * bytes.readUInt16BE(16);
    bytes.fill(0xa5, at, at + 64);
    fs.writeFileSync(copy, bytes);
    let corrupt: boolean;
    try {
      corrupt = verifyAfterKill(copy, {
        versions: [],
        draft: null,
        eventIds: [],
        backup: null,
      }).corrupt;
    } catch {
      corrupt = true; // SQLite refused the file outright: also detected.
    }
    expect(corrupt).toBe(true);
  });
});

describe(`${KILLS} SIGKILLs in the middle of writes`, () => {
  let dir: TmpDir;
  beforeAll(() => {
    dir = makeTmpDir('crash');
  });
  afterAll(() => dir.cleanup());

  it(
    'never corrupts the file nor loses anything reported saved',
    async () => {
      const r = await runCrashHarness({
        dir: dir.path,
        kills: KILLS,
        mode: 'stress',
        synchronous: 'FULL',
        minDelayMs: 0,
        maxDelayMs: 150,
        killsPerFile: 100,
        seed: 7,
      });
      expect(r.problems).toEqual([]);
      expect(r.kills).toBe(KILLS);
      expect(r.childFailures).toBe(0);
      expect(r.corruptFiles).toBe(0);
      expect(r.lostVersions).toBe(0);
      expect(r.lostDrafts).toBe(0);
      expect(r.lostEvents).toBe(0);
      expect(r.brokenBackups).toBe(0);
      // The kills really landed among writes of every main kind.
      expect(r.reported.drafts).toBeGreaterThan(0);
      expect(r.reported.versions).toBeGreaterThan(0);
      expect(r.reported.events).toBeGreaterThan(0);
    },
    KILLS * 5000 + 60_000,
  );
});
