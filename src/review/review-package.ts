/**
 * A review package (`.rancang-review`, container in `package-format.ts`): the version under
 * review, the base text, the comparison and the existing threads, for a reviewer who has no
 * access to the project file. The reviewer opens it in review mode (text read-only) and adds
 * threads, replies, suggestions and status changes as events; every change rewrites the file
 * atomically (temporary file + rename) with a fresh checksum. The drafter imports it back:
 * events are merged by id.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { z } from 'zod';
import type { DocJson } from '../api/contract';
import { CoreError } from '../core-error';
import { parseDocJson } from '../model/validate';
import { eventSchema } from './event-schema';
import { formatForEvents } from './package-compat';
import { decodePackage, encodePackage, PACKAGE_FORMAT, type PackageHeader } from './package-format';
import type { ReviewEvent } from './types';

/** The version a package carries. */
export interface PackageVersion {
  /** The project's version number, or null for the working draft. */
  id: number | null;
  label: string;
  stage: string;
  hash: string;
  createdAt: string;
  doc: DocJson;
}

/** Everything a package holds. */
export interface PackagePayload {
  format: number;
  projectId: string;
  projectTitle: string;
  packageId: string;
  createdAt: string;
  createdBy: string;
  reviewer: string;
  appVersion: string;
  version: PackageVersion;
  base: DocJson | null;
  /** The comparison base -> version as `comparisonToJson` gives it (null without base). */
  comparison: unknown;
  events: ReviewEvent[];
}

const docSchema = z.object({ type: z.literal('doc') }).passthrough();

const payloadSchema = z
  .object({
    format: z.number().int(),
    projectId: z.string().regex(/^[0-9a-f]{32}$/),
    projectTitle: z.string().max(1000),
    packageId: z.string().min(8).max(64),
    createdAt: z.string(),
    createdBy: z.string().max(200),
    reviewer: z.string().max(200),
    appVersion: z.string().max(100),
    version: z
      .object({ id: z.number().int().nullable(), label: z.string(), stage: z.string(), hash: z.string(), createdAt: z.string(), doc: docSchema })
      .strict(),
    base: docSchema.nullable(),
    comparison: z.unknown(),
    events: z.array(eventSchema),
  })
  .strict();

/** Check a decoded payload against the header; IMPORT_FAILED when anything is off. */
function checkPayload(header: PackageHeader, value: unknown): PackagePayload {
  const r = payloadSchema.safeParse(value);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first ? first.path.map(String).join('.') : '';
    throw new CoreError('IMPORT_FAILED', `Isi paket tinjauan tidak sah (${where}: ${first?.message ?? ''}). Tidak ada yang diubah.`);
  }
  const p = r.data as PackagePayload;
  if (p.format > PACKAGE_FORMAT) {
    throw new CoreError('PROJECT_TOO_NEW', `Paket tinjauan ini dibuat dengan versi Rancang yang lebih baru (format ${p.format}). Tidak ada yang diubah.`);
  }
  if (header.projectId !== p.projectId || header.packageId !== p.packageId) {
    throw new CoreError('IMPORT_FAILED', 'Kepala dan isi paket tinjauan tidak cocok. Tidak ada yang diubah.');
  }
  return p;
}

/** The header of a payload. */
const headerOf = (p: PackagePayload): PackageHeader => ({
  projectId: p.projectId,
  packageId: p.packageId,
  createdAt: p.createdAt,
  reviewer: p.reviewer,
});

/** Read and verify a package from bytes. */
export function parsePackage(bytes: Buffer): PackagePayload {
  const { header, payload } = decodePackage(bytes);
  return checkPayload(header, payload);
}

/** Read and verify a package file. */
export function readPackageFile(file: string): PackagePayload {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new CoreError('NOT_FOUND', `Berkas paket tinjauan tidak ditemukan: ${file}`);
  }
  return parsePackage(bytes);
}

/** Write a package atomically (temporary file in the same folder, then rename), in the payload's format. */
export function writePackageFile(file: string, payload: PackagePayload, opts: { overwrite: boolean }): void {
  if (!opts.overwrite && fs.existsSync(file)) {
    throw new CoreError('FILE_EXISTS', `Berkas sudah ada: ${file}. Pilih nama lain; berkas yang ada tidak ditimpa.`);
  }
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new CoreError('FILE_ERROR', `Folder tidak ditemukan: ${dir}`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(tmp, encodePackage(headerOf(payload), payload, payload.format), { flush: true });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new CoreError('FILE_ERROR', `Paket tinjauan tidak dapat ditulis: ${(e as Error).message}`);
  }
}

/** A package opened in review mode: its events can grow; its text cannot change. */
export class ReviewPackageFile {
  private docNode: Node | null = null;
  private baseNode: Node | null | undefined;

  private constructor(
    readonly path: string,
    private payload: PackagePayload,
  ) {}

  /** Open and verify a package file. */
  static open(file: string): ReviewPackageFile {
    return new ReviewPackageFile(path.resolve(file), readPackageFile(file));
  }

  /** The verified content. */
  get data(): Readonly<PackagePayload> {
    return this.payload;
  }

  /** The document under review (schema-checked once). */
  doc(): Node {
    return (this.docNode ??= parseDocJson(this.payload.version.doc));
  }

  /** The base text the package carries (schema-checked once), or null. */
  baseDoc(): Node | null {
    if (this.baseNode === undefined) this.baseNode = this.payload.base ? parseDocJson(this.payload.base) : null;
    return this.baseNode;
  }

  /** Every event in the package. */
  events(): ReviewEvent[] {
    return this.payload.events;
  }

  /** Add the events not present yet (by id) and rewrite the file; returns how many were new. */
  append(events: readonly ReviewEvent[]): number {
    const known = new Set(this.payload.events.map((e) => e.id));
    const fresh = events.filter((e) => !known.has(e.id));
    if (fresh.length === 0) return 0;
    // A reviewer's base-side thread lifts a format-1 package to the format that can carry it.
    const format = Math.max(this.payload.format, formatForEvents(fresh));
    const next = { ...this.payload, format, events: [...this.payload.events, ...fresh] };
    writePackageFile(this.path, next, { overwrite: true });
    this.payload = next;
    return fresh.length;
  }
}
