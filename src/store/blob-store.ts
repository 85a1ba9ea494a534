/**
 * Content-addressed blobs: each blob is a JSON text stored once under the SHA-256 of its kind and
 * text. Texts are compressed with raw deflate when that makes them smaller.
 *
 * Kinds: `leaf` (a whole unit: a Pasal, the pembukaan, a heading, ...), `node` (a container such
 * as a BAB, holding its children as hashes) and `list` (one chunk of a long child list).
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Database, Statement } from 'better-sqlite3';
import { CoreError } from '../core-error';

/** The kinds of blob. */
export type BlobKind = 'leaf' | 'node' | 'list';

/** Texts shorter than this are stored as they are (deflate would not pay off). */
const MIN_DEFLATE = 64;

/** The content hash of a blob of `kind` with text `text` (64 hex digits). */
export function blobHash(kind: BlobKind, text: string): string {
  return createHash('sha256').update(kind).update('\n').update(text).digest('hex');
}

/** Reads and writes blobs of one project file (prepared statements are reused). */
export class BlobStore {
  private readonly hasStmt: Statement<[string], unknown>;
  private readonly getStmt: Statement<[string], { kind: BlobKind; encoding: string; data: Buffer }>;
  private readonly kindStmt: Statement<[string], { kind: BlobKind }>;
  private readonly putStmt: Statement<[string, string, string, number, Buffer]>;

  constructor(db: Database) {
    this.hasStmt = db.prepare('SELECT 1 FROM blobs WHERE hash = ?');
    this.getStmt = db.prepare('SELECT kind, encoding, data FROM blobs WHERE hash = ?');
    this.kindStmt = db.prepare('SELECT kind FROM blobs WHERE hash = ?');
    this.putStmt = db.prepare(
      'INSERT OR IGNORE INTO blobs (hash, kind, encoding, size, data) VALUES (?, ?, ?, ?, ?)',
    );
  }

  /** Store `text` as a blob of `kind` (only if it is new) and return its hash. */
  put(kind: BlobKind, text: string): string {
    const hash = blobHash(kind, text);
    if (this.hasStmt.get(hash) !== undefined) return hash;
    const raw = Buffer.from(text, 'utf8');
    let encoding = 'json';
    let data = raw;
    if (raw.length >= MIN_DEFLATE) {
      const packed = deflateRawSync(raw);
      if (packed.length < raw.length) {
        encoding = 'deflate';
        data = packed;
      }
    }
    this.putStmt.run(hash, kind, encoding, raw.length, data);
    return hash;
  }

  /** The kind and parsed content of a blob; a missing blob is a damaged file. */
  get(hash: string): { kind: BlobKind; value: unknown } {
    const row = this.getStmt.get(hash);
    if (!row) throw missingBlob(hash);
    const raw = row.encoding === 'deflate' ? inflateRawSync(row.data) : row.data;
    return { kind: row.kind, value: JSON.parse(raw.toString('utf8')) as unknown };
  }

  /** The kind of a stored blob, or null when it is missing. */
  kindOf(hash: string): BlobKind | null {
    return this.kindStmt.get(hash)?.kind ?? null;
  }
}

/** The error for a blob that should exist but does not. */
export function missingBlob(hash: string): CoreError {
  return new CoreError('INTERNAL', `Berkas proyek rusak: blok data ${hash.slice(0, 12)} tidak ditemukan.`);
}
