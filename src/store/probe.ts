/**
 * Check a file before opening it for writing, without changing it: first its SQLite header
 * (magic, `application_id`, `user_version`) read as plain bytes, then, only for a file that looks
 * like a Rancang project, the same values through a read-only SQLite connection (authoritative
 * when a write-ahead log is pending).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CoreError } from '../core-error';
import { tooNew } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { APPLICATION_ID } from './pragmas';

const MAGIC = 'SQLite format 3\0';

/** What a probe learns about a project file. */
export interface ProbeResult {
  /** The file's `user_version` (1..LATEST_SCHEMA_VERSION). */
  schemaVersion: number;
}

/** The error for a file that is not a Rancang project. */
function notAProject(file: string, why: string): CoreError {
  return new CoreError('NOT_A_PROJECT', `Berkas "${file}" bukan berkas proyek Rancang (${why}). Berkas tidak diubah.`);
}

/** Read the first 100 bytes (the SQLite header) of a file. */
function readHeader(file: string): Buffer {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    throw new CoreError('FILE_ERROR', `Berkas tidak ditemukan: ${file}`);
  }
  if (!st.isFile()) throw notAProject(file, 'bukan berkas');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(100);
    const n = fs.readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A project file lives in write-ahead-log mode, so SQLite must be able to create its `-wal` and
 * `-shm` files beside it even to read it: refuse a file on read-only media with a clear message.
 */
function refuseUnwritableFolder(file: string): void {
  try {
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
  } catch {
    throw new CoreError(
      'READ_ONLY',
      `Folder berkas proyek "${file}" tidak dapat ditulis (misalnya media baca-saja). Salin berkas ke folder yang dapat ditulis lalu buka salinannya. Berkas tidak diubah.`,
    );
  }
}

/** Check that `file` is a Rancang project this build can open; throws CoreError otherwise. */
export function probeProjectFile(file: string): ProbeResult {
  const header = readHeader(file);
  if (header.length < 100 || header.toString('latin1', 0, 16) !== MAGIC) {
    throw notAProject(file, 'bukan basis data SQLite');
  }
  if (header.readUInt32BE(68) !== APPLICATION_ID) throw notAProject(file, 'penanda aplikasi tidak cocok');
  if (header.readUInt32BE(60) > LATEST_SCHEMA_VERSION) throw tooNew(header.readUInt32BE(60), LATEST_SCHEMA_VERSION);

  refuseUnwritableFolder(file);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (appId !== APPLICATION_ID) throw notAProject(file, 'penanda aplikasi tidak cocok');
    if (version > LATEST_SCHEMA_VERSION) throw tooNew(version, LATEST_SCHEMA_VERSION);
    if (version < 1) throw notAProject(file, 'berkas belum lengkap');
    if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new CoreError('FILE_ERROR', `Berkas proyek "${file}" rusak (pemeriksaan keutuhan SQLite gagal). Berkas tidak diubah; pulihkan salinan dari folder cadangan "${file}.backups".`);
    return { schemaVersion: version };
  } catch (e) {
    if (e instanceof CoreError) throw e;
    const code = String((e as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      throw new CoreError('FILE_ERROR', `Berkas proyek "${file}" rusak. Berkas tidak diubah; pulihkan salinan dari folder cadangan "${file}.backups".`);
    }
    throw notAProject(file, (e as Error).message);
  } finally {
    db?.close();
  }
}
