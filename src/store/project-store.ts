/**
 * An open project file: settings, the working draft, the base text, immutable versions and the
 * audit log. Every write runs in one IMMEDIATE transaction, so a failing call changes nothing.
 * Documents arrive schema-checked and normalised (the API layer validates them); the store only
 * keeps them, as Merkle trees of content-addressed blobs (doc-tree.ts).
 */
import Database from 'better-sqlite3';
import type { AuditEntry, DocJson, DraftState, ProjectSettings, VersionInfo } from '../api/contract';
import { CoreError } from '../core-error';
import { appendAudit, auditDraftSave, listAudit } from './audit-log';
import { backupBeforeMigration } from './backup';
import { BlobStore } from './blob-store';
import { createProjectFile, type ProjectInit } from './create-project-file';
import { readTree, readTreeShared, writeTree, type NodeJson, type TreeBuilder } from './doc-tree';
import { fileStats, type FileStats } from './file-stats';
import { collectGarbage, type GcStats } from './gc';
import { runMigrations } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { applyPragmas } from './pragmas';
import { probeProjectFile } from './probe';

/** Draft saves between two automatic garbage collections. */
export const GC_EVERY_SAVES = 50;

/** Options of `ProjectStore.open`. */
export interface OpenOptions {
  readOnly?: boolean;
  /** Recorded in `schema_history` when the file is migrated. */
  appVersion: string;
}

interface VersionRow {
  id: number;
  label: string;
  stage: string;
  author: string;
  created_at: string;
  parent_id: number | null;
  root: string;
}

const VERSION_COLS = 'id, label, stage, author, created_at, parent_id, root';

const toVersion = (r: VersionRow): VersionInfo => ({
  id: r.id,
  label: r.label,
  stage: r.stage,
  author: r.author,
  createdAt: r.created_at,
  parentId: r.parent_id,
  hash: r.root,
});

const now = () => new Date().toISOString();

/** One open project file. */
export class ProjectStore {
  private readonly blobs: BlobStore;
  private savesSinceGc = 0;
  private closed = false;
  /** The last draft read or written, as JSON text, keyed by its root hash (always re-checked). */
  private draftCache: { root: string; text: string } | null = null;

  private constructor(
    /** Absolute path of the file. */
    readonly path: string,
    /** True when opened read-only: every write is refused with READ_ONLY. */
    readonly readOnly: boolean,
    private readonly db: Database.Database,
  ) {
    this.blobs = new BlobStore(db);
  }

  /**
   * The SQLite connection, for stores of other records kept in the same file (threads) that
   * must share its transactions.
   */
  get connection(): Database.Database {
    return this.db;
  }

  /** Create a new project file (refused with FILE_EXISTS if it exists) and open it. */
  static create(file: string, init: ProjectInit): ProjectStore {
    createProjectFile(file, init);
    return ProjectStore.open(file, { appVersion: init.appVersion });
  }

  /**
   * Open a project file. It is first probed read-only: a file that is not a project
   * (NOT_A_PROJECT) or comes from a newer Rancang (PROJECT_TOO_NEW) is refused untouched. An
   * older file is first backed up (`pre-migration`, backup.ts) and then migrated.
   */
  static open(file: string, opts: OpenOptions): ProjectStore {
    const { schemaVersion } = probeProjectFile(file);
    const readOnly = opts.readOnly === true;
    if (readOnly && schemaVersion < LATEST_SCHEMA_VERSION) {
      throw new CoreError(
        'READ_ONLY',
        'Berkas proyek memakai skema lama dan perlu diperbarui; buka sekali tanpa mode baca-saja.',
      );
    }
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: readOnly, fileMustExist: true });
    } catch (e) {
      throw new CoreError('FILE_ERROR', `Berkas proyek tidak dapat dibuka: ${(e as Error).message}`);
    }
    try {
      applyPragmas(db, readOnly);
      if (!readOnly && schemaVersion < LATEST_SCHEMA_VERSION) {
        const backup = backupBeforeMigration(db, file);
        runMigrations(db, opts.appVersion);
        appendAudit(db, now(), '', 'project.migrate', { from: schemaVersion, to: LATEST_SCHEMA_VERSION, backup });
      }
      if (db.prepare('SELECT count(*) FROM draft').pluck().get() !== 1) {
        throw new CoreError('NOT_A_PROJECT', `Berkas "${file}" bukan proyek Rancang yang lengkap (draf tidak ada).`);
      }
      return new ProjectStore(file, readOnly, db);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  /** The file's schema version. */
  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Run `fn` in a write transaction (refused with READ_ONLY on a read-only project). */
  private write<T>(fn: () => T): T {
    if (this.readOnly) {
      throw new CoreError('READ_ONLY', 'Proyek dibuka dalam mode baca-saja; perubahan tidak dapat disimpan.');
    }
    return this.db.transaction(fn).immediate();
  }

  /** The project settings. */
  getSettings(): ProjectSettings {
    return JSON.parse(this.db.prepare('SELECT json FROM settings WHERE id = 1').pluck().get() as string) as ProjectSettings;
  }

  /** Replace the settings (already validated) and log which keys changed. */
  setSettings(next: ProjectSettings, actor: string): ProjectSettings {
    return this.write(() => {
      const prev = this.getSettings();
      const at = now();
      this.db.prepare('UPDATE settings SET json = ?, updated_at = ? WHERE id = 1').run(JSON.stringify(next), at);
      const keys = (Object.keys(next) as Array<keyof ProjectSettings>).filter(
        (k) => JSON.stringify(prev[k]) !== JSON.stringify(next[k]),
      );
      appendAudit(this.db, at, actor, 'settings.update', { keys });
      return next;
    });
  }

  /** The root hash of the draft. */
  draftRoot(): string {
    return this.db.prepare('SELECT root FROM draft WHERE id = 1').pluck().get() as string;
  }

  /** The working draft. */
  getDraft(): DraftState {
    const row = this.db.prepare('SELECT root, revision, saved_at FROM draft WHERE id = 1').get() as {
      root: string;
      revision: number;
      saved_at: string;
    };
    let text = this.draftCache?.root === row.root ? this.draftCache.text : null;
    if (text === null) {
      text = JSON.stringify(this.loadDoc(row.root));
      this.draftCache = { root: row.root, text };
    }
    return { doc: JSON.parse(text) as DocJson, savedAt: row.saved_at, revision: row.revision };
  }

  /**
   * Save the draft: only blobs not stored yet are written. With `revision`, the save is refused
   * (CONFLICT) unless it equals the stored revision (another window saved in between).
   */
  saveDraft(doc: DocJson, revision: number | undefined, actor: string): { savedAt: string; revision: number } {
    const out = this.write(() => {
      const current = this.db.prepare('SELECT revision FROM draft WHERE id = 1').pluck().get() as number;
      if (revision !== undefined && revision !== current) {
        throw new CoreError(
          'CONFLICT',
          `Draf telah disimpan dari jendela lain (revisi ${current}, bukan ${revision}). Muat ulang draf sebelum menyimpan.`,
        );
      }
      const root = writeTree(this.blobs, doc as NodeJson);
      const at = now();
      this.db.prepare('UPDATE draft SET root = ?, revision = ?, saved_at = ?, saved_by = ? WHERE id = 1').run(root, current + 1, at, actor);
      auditDraftSave(this.db, at, actor, current + 1);
      return { savedAt: at, revision: current + 1, root };
    });
    this.draftCache = { root: out.root, text: JSON.stringify(doc) };
    if (++this.savesSinceGc >= GC_EVERY_SAVES) this.gc();
    return { savedAt: out.savedAt, revision: out.revision };
  }

  /** The base text (the Perda being amended), or nulls when not set. */
  getBase(): { doc: DocJson | null; source: string | null } {
    const row = this.db.prepare('SELECT root, source FROM base WHERE id = 1').get() as
      | { root: string; source: string | null }
      | undefined;
    return row ? { doc: this.loadDoc(row.root), source: row.source } : { doc: null, source: null };
  }

  /** The base's root hash, or null. */
  baseRoot(): string | null {
    return (this.db.prepare('SELECT root FROM base WHERE id = 1').pluck().get() as string | undefined) ?? null;
  }

  /** Set the base text once; afterwards BASE_ALREADY_SET. */
  setBase(doc: DocJson, source: string | null, actor: string): { hash: string } {
    return this.write(() => {
      if (this.baseRoot() !== null) {
        throw new CoreError('BASE_ALREADY_SET', 'Naskah dasar sudah ditetapkan dan tidak dapat diganti.');
      }
      const hash = writeTree(this.blobs, doc as NodeJson);
      const at = now();
      this.db.prepare('INSERT INTO base (id, root, source, set_at, set_by) VALUES (1, ?, ?, ?, ?)').run(hash, source, at, actor);
      appendAudit(this.db, at, actor, 'base.set', { hash, source });
      return { hash };
    });
  }

  /** Record the current draft as an immutable version (parent: the latest version). */
  saveVersion(v: { label: string; stage: string; author: string }): VersionInfo {
    return this.write(() => this.insertVersion(v.label, v.stage, v.author));
  }

  private insertVersion(label: string, stage: string, author: string): VersionInfo {
    const parent = this.db.prepare('SELECT max(id) FROM versions').pluck().get() as number | null;
    const at = now();
    const root = this.draftRoot();
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO versions (label, stage, author, created_at, parent_id, root) VALUES (?, ?, ?, ?, ?, ?)')
      .run(label, stage, author, at, parent, root);
    const id = Number(lastInsertRowid);
    appendAudit(this.db, at, author, 'version.save', { id, label, stage, hash: root });
    return { id, label, stage, author, createdAt: at, parentId: parent, hash: root };
  }

  /** Every version, oldest first. */
  listVersions(): VersionInfo[] {
    return (this.db.prepare(`SELECT ${VERSION_COLS} FROM versions ORDER BY id`).all() as VersionRow[]).map(toVersion);
  }

  /** One version's record (NOT_FOUND if there is none). */
  versionInfo(id: number): VersionInfo {
    const row = this.db.prepare(`SELECT ${VERSION_COLS} FROM versions WHERE id = ?`).get(id) as VersionRow | undefined;
    if (!row) throw new CoreError('NOT_FOUND', `Versi ${id} tidak ditemukan.`);
    return toVersion(row);
  }

  /** One version with its document. */
  getVersion(id: number): { version: VersionInfo; doc: DocJson } {
    const version = this.versionInfo(id);
    return { version, doc: this.loadDoc(version.hash) };
  }

  /**
   * Restore a version into the draft: the current draft is first saved as a version
   * ("Draf sebelum pemulihan ..."), so nothing is lost. One transaction.
   */
  restoreVersion(id: number, actor: string): { draft: DraftState; savedCurrentAs: VersionInfo } {
    const savedCurrentAs = this.write(() => {
      const target = this.versionInfo(id);
      const label = `Draf sebelum pemulihan "${target.label}"`.slice(0, 200);
      const saved = this.insertVersion(label, '', actor);
      const at = now();
      this.db.prepare('UPDATE draft SET root = ?, revision = revision + 1, saved_at = ?, saved_by = ? WHERE id = 1').run(target.hash, at, actor);
      appendAudit(this.db, at, actor, 'version.restore', { id, label: target.label, savedCurrentAs: saved.id });
      return saved;
    });
    return { draft: this.getDraft(), savedCurrentAs };
  }

  /** The latest `limit` audit lines, newest first. */
  listAudit(limit: number): AuditEntry[] {
    return listAudit(this.db, limit);
  }

  /** A `meta` value, or null. */
  meta(key: string): string | null {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  /** Load the document stored under a root hash. */
  loadDoc(root: string): DocJson {
    return readTree(this.blobs, root) as DocJson;
  }

  /** The document stored under a root hash, made by `builder`, sharing the nodes in `built` (see `readTreeShared`). */
  buildDoc<T>(root: string, builder: TreeBuilder<T>, built: Map<string, T>): T {
    return readTreeShared(this.blobs, root, builder, built);
  }

  /** Remove blobs that neither the draft, the base nor a version reaches (no-op when read-only). */
  gc(): GcStats {
    this.savesSinceGc = 0;
    if (this.readOnly) return { reachable: 0, deleted: 0, missing: 0 };
    return collectGarbage(this.db);
  }

  /** Space figures (checkpoints the WAL first). */
  stats(): FileStats {
    return fileStats(this.db, this.readOnly);
  }

  /** Collect garbage and close the file (idempotent). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      if (!this.readOnly) this.gc();
    } finally {
      this.db.close();
    }
  }
}
