/**
 * Document inputs of CLI commands (compare, amend, ...): a Perda text file (.txt, .docx, .doc, .pdf,
 * imported with the parser) or a project file, optionally followed by `@<what>`: `@base` for its
 * base text, `@draft` (or nothing) for the working draft, or `@<version label>` (a version
 * number also works, e.g. `@3`). Examples: `lama.pdf`, `perda.rancang@base`,
 * `perda.rancang@Hasil harmonisasi`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'prosemirror-model';
import { CoreError } from '../core-error';
import { parseDocJson } from '../model/validate';
import { importFile, type Diagnostic } from '../parse/index';
import type { CliIo } from './io';
import { progressReporter } from './progress';
import { PROJECT_EXTENSION } from '../store/index';
import type { CliSession } from './session';

/** A resolved input document. */
export interface ResolvedInput {
  doc: Node;
  /** How to name it in messages: "lama.txt", "perda.rancang@base". */
  label: string;
  kind: 'file' | 'project';
  /** Import diagnostics (files only). */
  diagnostics: Diagnostic[];
}

/** A spec split into its file and its `@` selector (null when none). */
export function splitInputSpec(spec: string): { file: string; selector: string | null } {
  if (fs.existsSync(spec)) return { file: spec, selector: null };
  const at = spec.lastIndexOf('@');
  if (at > 0) return { file: spec.slice(0, at), selector: spec.slice(at + 1) };
  return { file: spec, selector: null };
}

/** True for a project file: the .rancang extension or an SQLite header. */
export function isProjectFile(file: string): boolean {
  if (file.toLowerCase().endsWith(PROJECT_EXTENSION)) return true;
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = fs.readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === 'SQLite format 3\0';
  } finally {
    fs.closeSync(fd);
  }
}

/** The document a selector names in the project open in `session`. */
async function projectDoc(session: CliSession, file: string, selector: string | null): Promise<Node> {
  const what = selector?.trim() ?? '';
  if (what === '' || what === 'draft') return parseDocJson((await session.call('draft.get', {})).doc);
  if (what === 'base') {
    const base = await session.call('base.get', {});
    if (!base.doc) throw new CoreError('NOT_FOUND', `Proyek ${file} belum memiliki naskah dasar (@base).`);
    return parseDocJson(base.doc);
  }
  const versions = await session.call('version.list', {});
  const lower = what.toLowerCase();
  const found =
    versions.filter((v) => v.label === what).at(-1) ??
    versions.filter((v) => v.label.toLowerCase() === lower).at(-1) ??
    (/^\d+$/.test(what) ? versions.find((v) => v.id === Number(what)) : undefined);
  if (!found) {
    const known = versions.map((v) => `"${v.label}"`).join(', ');
    throw new CoreError(
      'NOT_FOUND',
      `Versi "${what}" tidak ditemukan di ${file}. ${known ? `Versi yang ada: ${known}; ` : 'Belum ada versi tersimpan; '}gunakan juga @base atau @draft.`,
    );
  }
  return parseDocJson((await session.call('version.get', { id: found.id })).doc);
}

/**
 * Resolve one input spec to a document (a project is opened read-only in `session`); a scanned
 * PDF's pages read by text recognition are told on `io`'s standard error, page by page.
 */
export async function resolveInput(spec: string, session: CliSession, io?: CliIo): Promise<ResolvedInput> {
  const { file, selector } = splitInputSpec(spec);
  if (!fs.existsSync(file)) throw new CoreError('NOT_FOUND', `Berkas tidak ditemukan: ${file}`);
  if (fs.statSync(file).isDirectory()) throw new CoreError('INVALID_ARGS', `${file} adalah folder, bukan berkas.`);
  const name = path.basename(file);
  if (isProjectFile(file)) {
    await session.openProject(file, true);
    const doc = await projectDoc(session, file, selector);
    return { doc, label: selector ? `${name}@${selector}` : name, kind: 'project', diagnostics: [] };
  }
  if (selector !== null) {
    throw new CoreError('INVALID_ARGS', `Penanda "@${selector}" hanya berlaku untuk berkas proyek (${PROJECT_EXTENSION}), bukan untuk ${name}.`);
  }
  const imported = await importFile(file, io ? { onProgress: progressReporter(io, name) } : {});
  return { doc: imported.doc, label: name, kind: 'file', diagnostics: imported.diagnostics };
}
