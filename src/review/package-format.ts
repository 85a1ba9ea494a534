/**
 * The review package container (`.rancang-review`): one file that survives e-mail and USB sticks
 * and refuses to be read when it is not exactly what Rancang wrote.
 *
 *     RANCANG-REVIEW <format>\n          magic and format number (plain ASCII)
 *     <header JSON>\n                     { projectId, packageId, createdAt, reviewer }
 *     <gzip of the payload JSON>
 *     \nSHA256 <64 hex digits>\n          SHA-256 of every byte before this line
 *
 * Reading checks, in order: the magic (else "not a review package"); the format number (a newer
 * one is refused as "made by a newer Rancang", before anything else is trusted); the trailer
 * (missing: truncated; wrong digest: altered or damaged: a single flipped bit anywhere is
 * caught); then the header and payload parse. Every refusal is a CoreError with an Indonesian
 * message and nothing is changed.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CoreError } from '../core-error';

/** The magic at the start of every package. */
export const PACKAGE_MAGIC = 'RANCANG-REVIEW';
/**
 * The newest format this build reads and writes. 1: the first format; 2: threads may be anchored
 * to the base text (`anchor.side`) and carry a DIM kind (`jenis`). A package is written in the
 * oldest format that can hold its events (`package-compat.ts`), so a package without those stays
 * readable by older builds, which refuse a newer one with a clear message.
 */
export const PACKAGE_FORMAT = 2;
/** The suggested file name extension. */
export const PACKAGE_EXTENSION = '.rancang-review';

/** What the header line holds (readable without unpacking the payload). */
export interface PackageHeader {
  projectId: string;
  packageId: string;
  createdAt: string;
  reviewer: string;
}

const TRAILER_LENGTH = '\nSHA256 '.length + 64 + 1;

const refuse = (code: 'UNSUPPORTED_FILE' | 'PROJECT_TOO_NEW' | 'IMPORT_FAILED', why: string) =>
  new CoreError(code, `${why} Tidak ada yang diubah.`);

/** Encode a package in `format` (default: the newest). */
export function encodePackage(header: PackageHeader, payload: unknown, format: number = PACKAGE_FORMAT): Buffer {
  const head = Buffer.from(`${PACKAGE_MAGIC} ${format}\n${JSON.stringify(header)}\n`, 'utf8');
  const body = gzipSync(Buffer.from(JSON.stringify(payload), 'utf8'));
  const signed = Buffer.concat([head, body]);
  const digest = createHash('sha256').update(signed).digest('hex');
  return Buffer.concat([signed, Buffer.from(`\nSHA256 ${digest}\n`, 'ascii')]);
}

/** True when the bytes start like a review package (any format). */
export function looksLikePackage(bytes: Buffer): boolean {
  return bytes.subarray(0, PACKAGE_MAGIC.length + 1).toString('latin1') === `${PACKAGE_MAGIC} `;
}

/** Decode and verify a package; throws a CoreError with the reason otherwise. */
export function decodePackage(bytes: Buffer): { header: PackageHeader; payload: unknown } {
  if (!looksLikePackage(bytes)) {
    throw refuse('UNSUPPORTED_FILE', 'Berkas ini bukan paket tinjauan Rancang.');
  }
  const firstNl = bytes.indexOf(0x0a);
  const formatText = bytes.subarray(PACKAGE_MAGIC.length + 1, firstNl < 0 ? Math.min(bytes.length, 40) : firstNl).toString('latin1');
  if (!/^\d{1,6}$/.test(formatText)) throw refuse('IMPORT_FAILED', 'Paket tinjauan rusak atau terpotong (penanda format tidak terbaca).');
  const format = Number(formatText);
  if (format > PACKAGE_FORMAT) {
    throw refuse('PROJECT_TOO_NEW', `Paket tinjauan ini dibuat dengan versi Rancang yang lebih baru (format ${format}; versi ini mengenal sampai ${PACKAGE_FORMAT}). Perbarui Rancang untuk membukanya.`);
  }
  const trailer = bytes.subarray(bytes.length - TRAILER_LENGTH).toString('latin1');
  const m = /^\nSHA256 ([0-9a-f]{64})\n$/.exec(trailer);
  if (bytes.length < TRAILER_LENGTH || !m) {
    throw refuse('IMPORT_FAILED', 'Paket tinjauan terpotong atau tidak lengkap (tanda akhir tidak ada).');
  }
  const signed = bytes.subarray(0, bytes.length - TRAILER_LENGTH);
  if (createHash('sha256').update(signed).digest('hex') !== m[1]) {
    throw refuse('IMPORT_FAILED', 'Paket tinjauan telah diubah atau rusak (checksum SHA-256 tidak cocok).');
  }
  const secondNl = signed.indexOf(0x0a, firstNl + 1);
  try {
    const header = JSON.parse(signed.subarray(firstNl + 1, secondNl).toString('utf8')) as PackageHeader;
    const payload = JSON.parse(gunzipSync(signed.subarray(secondNl + 1)).toString('utf8')) as unknown;
    return { header, payload };
  } catch (e) {
    throw refuse('IMPORT_FAILED', `Isi paket tinjauan tidak dapat dibaca: ${(e as Error).message}.`);
  }
}
