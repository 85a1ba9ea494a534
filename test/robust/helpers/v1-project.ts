/**
 * A project file as the first release wrote it (schema 1, before review threads), for tests of
 * opening and migrating older files: the same steps as create-project-file.ts, stopped at
 * migration 1.
 */
import Database from 'better-sqlite3';
import type { DocJson } from '../../../src/api/contract';
import { BATAM_REGION, EMPTY_BASE_CITATION } from '../../../src/api/region-defaults';
import { BlobStore } from '../../../src/store/blob-store';
import { writeTree, type NodeJson } from '../../../src/store/doc-tree';
import { runMigrations } from '../../../src/store/migrate';
import { MIGRATIONS } from '../../../src/store/migrations/index';
import { applyPragmas } from '../../../src/store/pragmas';

/** Write a schema-1 project with `doc` as its draft and one version. */
export function writeV1Project(file: string, doc: DocJson): void {
  const db = new Database(file);
  try {
    applyPragmas(db, false);
    runMigrations(db, 'lama', MIGRATIONS.slice(0, 1));
    const at = new Date().toISOString();
    db.transaction(() => {
      const settings = {
        title: 'Proyek lama',
        mode: 'penggantian',
        region: BATAM_REGION,
        amendmentCount: 0,
        baseCitation: EMPTY_BASE_CITATION,
        author: 'Lama',
      };
      db.prepare('INSERT INTO settings (id, json, updated_at) VALUES (1, ?, ?)').run(
        JSON.stringify(settings),
        at,
      );
      const root = writeTree(new BlobStore(db), doc as NodeJson);
      db.prepare(
        'INSERT INTO draft (id, root, revision, saved_at, saved_by) VALUES (1, ?, 3, ?, ?)',
      ).run(root, at, 'Lama');
      db.prepare(
        'INSERT INTO versions (label, stage, author, created_at, parent_id, root) VALUES (?, ?, ?, ?, NULL, ?)',
      ).run('Versi lama', '', 'Lama', at, root);
    })();
  } finally {
    db.close();
  }
}
