/**
 * Files of `export.run`: the suggested file name, the MIME type of each format, and an atomic
 * write (temporary file in the same folder, then rename) so that a reader never sees half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../../core-error';

/** MIME type of each export format. */
export const EXPORT_MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  akn: 'application/akn+xml',
} as const;

const EXT = { docx: 'docx', pdf: 'pdf', html: 'html', akn: 'xml' } as const;

const KIND_WORD: Record<string, string> = {
  draft: 'rancangan',
  base: 'naskah-dasar',
  version: 'versi',
  instrument: 'raperda-perubahan',
  comparison: 'matriks-perbandingan',
  redline: 'perubahan-terlacak',
  comments: 'laporan-komentar',
  dim: 'dim',
};

/** A file-name-safe slug (lower case ASCII, dashes). */
function slug(s: string, max = 60): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** "matriks-perbandingan-penanggulangan-narkotika-pansus-1.docx". */
export function exportFileName(title: string, what: string, label: string | null, format: keyof typeof EXT): string {
  const parts = [KIND_WORD[what] ?? what, slug(title), label ? slug(label, 60) : ''].filter(Boolean);
  return `${parts.join('-')}.${EXT[format]}`;
}

/** Write `bytes` to `target` atomically; returns the absolute path. */
export function writeFileAtomic(target: string, bytes: Uint8Array): string {
  const abs = path.resolve(target);
  const dir = path.dirname(abs);
  if (!fs.existsSync(dir)) throw new CoreError('FILE_ERROR', `Folder tujuan tidak ditemukan: ${dir}`);
  const tmp = path.join(dir, `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, abs);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new CoreError('FILE_ERROR', `Berkas ekspor tidak dapat ditulis ke ${abs}: ${(e as Error).message}`);
  }
  return abs;
}
