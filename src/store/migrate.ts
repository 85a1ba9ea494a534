/**
 * Bring a project file up to the latest schema: each pending migration runs in its own
 * transaction together with the `user_version` bump and its `schema_history` row, so a failure
 * leaves the file exactly at the previous version. Foreign keys are switched off during
 * migrations (SQLite's advice for table rebuilds) and checked before each commit.
 */
import type { Database } from 'better-sqlite3';
import { CoreError } from '../core-error';
import { MIGRATIONS, type Migration } from './migrations/index';

/** Apply pending migrations; returns the versions that were applied. */
export function runMigrations(
  db: Database,
  appVersion: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) throw tooNew(current, migrations.length);
  const pending = migrations.slice(current);
  if (pending.length === 0) return [];
  db.pragma('foreign_keys = OFF');
  try {
    for (const m of pending) {
      db.transaction(() => {
        m.up(db);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version} broke ${broken.length} foreign keys`);
        db.pragma(`user_version = ${m.version}`);
        db.prepare('INSERT INTO schema_history (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
          appVersion,
        );
      }).immediate();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return pending.map((m) => m.version);
}

/** The error for a file written by a newer Rancang. */
export function tooNew(fileVersion: number, latest: number): CoreError {
  return new CoreError(
    'PROJECT_TOO_NEW',
    `Berkas proyek ini dibuat dengan versi Rancang yang lebih baru (skema ${fileVersion}; versi ini mengenal sampai ${latest}). Perbarui Rancang untuk membukanya. Berkas tidak diubah.`,
  );
}
