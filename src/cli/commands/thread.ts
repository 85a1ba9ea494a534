/**
 * `rancang thread add BERKAS --unit "Pasal 5" [--side base|draft] [--quote "…"] --body "…"
 * --author "…" [--role …] [--fraksi …] [--suggest "…"] [--jenis …]` and `rancang thread list
 * BERKAS [--version N] [--json]`. BERKAS is a project file or a review package
 * (`.rancang-review`, the reviewer's side: review mode). `--side base` (or `lama`) comments on
 * the base text, the old Perda (as `--as base` and `FILE@base` name it elsewhere in the CLI).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ThreadView } from '../../api/contract';
import { CoreError } from '../../core-error';
import type { AnchorSide } from '../../review/anchor-side';
import { looksLikePackage } from '../../review/package-format';
import { RESPONSE_KINDS, type ResponseKind } from '../../review/types';
import { optionalString, requireString } from '../args';
import type { Command } from '../command';
import { formatTable, printJson } from '../output';
import type { CliSession } from '../session';

/** True when `file` is a review package (by its first bytes). */
export function isPackageFile(file: string): boolean {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new CoreError('NOT_FOUND', `Berkas tidak ditemukan: ${file}`);
  const fd = fs.openSync(abs, 'r');
  try {
    const head = Buffer.alloc(32);
    const n = fs.readSync(fd, head, 0, 32, 0);
    return looksLikePackage(head.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
}

/** Open a project (read-only when `readOnly`) or a review package in review mode. */
export async function openReviewFile(session: CliSession, file: string, readOnly: boolean): Promise<'project' | 'package'> {
  if (isPackageFile(file)) {
    await session.call('review.open', { path: path.resolve(file) });
    return 'package';
  }
  try {
    await session.openProject(file, readOnly);
  } catch (e) {
    // A project of an older schema cannot be opened read-only: open it once to migrate it.
    if (!readOnly || !(e instanceof CoreError) || e.code !== 'READ_ONLY') throw e;
    await session.openProject(file, false);
  }
  return 'project';
}

/** The JSON line of one thread in `thread list --json`. */
export function threadSummary(v: ThreadView) {
  return {
    id: v.id,
    unitLabel: v.unitLabel,
    pasal: v.pasalLabel,
    quote: v.quote,
    currentText: v.placement.state === 'anchored' ? (v.placement.text ?? null) : null,
    side: v.side,
    status: v.status,
    replies: v.replyCount,
    detached: v.detached,
    jenis: v.jenis ?? null,
    author: v.comment.author.name,
    role: v.comment.author.role,
    fraksi: v.comment.author.fraksi ?? null,
    body: v.comment.body,
    suggestion: v.suggestion ? { text: v.suggestion.text, state: v.suggestion.state } : null,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
  };
}

/** A positive integer option, or undefined. */
function optionalId(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CoreError('INVALID_ARGS', `Opsi --${name} harus bilangan bulat positif.`);
  return Number(value);
}

/** Words `--side` accepts: the CLI's own `base`/`draft`, and the Indonesian `lama`/`baru`. */
const SIDE_WORDS: Record<string, AnchorSide> = { base: 'base', lama: 'base', draft: 'draft', baru: 'draft' };

/** The `--side` option, or undefined (the draft). */
function optionalSide(value: string | undefined): AnchorSide | undefined {
  if (value === undefined) return undefined;
  const side = SIDE_WORDS[value.trim().toLowerCase()];
  if (!side) throw new CoreError('INVALID_ARGS', `Opsi --side harus base (atau lama: naskah lama) atau draft (atau baru: naskah baru), bukan "${value}".`);
  return side;
}

/** The `--jenis` option, or undefined. */
function optionalJenis(value: string | undefined): ResponseKind | undefined {
  if (value === undefined) return undefined;
  const kind = RESPONSE_KINDS.find((k) => k === value.trim().toLowerCase());
  if (!kind) throw new CoreError('INVALID_ARGS', `Opsi --jenis harus salah satu dari: ${RESPONSE_KINDS.join(', ')}.`);
  return kind;
}

/** Adds a comment thread to a unit or a phrase. */
export const threadAddCommand: Command = {
  name: 'thread add',
  summary: 'Menambahkan komentar pada Pasal, ayat, atau frasa (proyek atau paket tinjauan).',
  usage: 'thread add BERKAS --unit "Pasal 5" [--side base|draft] [--quote "FRASA"] --body "KOMENTAR" --author "NAMA" [--role PERAN] [--fraksi FRAKSI] [--suggest "USULAN RUMUSAN"] [--jenis JENIS] [--json]',
  options: {
    unit: { type: 'string', short: 'u' },
    side: { type: 'string' },
    jenis: { type: 'string' },
    quote: { type: 'string', short: 'q' },
    occurrence: { type: 'string' },
    body: { type: 'string', short: 'b' },
    author: { type: 'string', short: 'a' },
    role: { type: 'string', short: 'r' },
    fraksi: { type: 'string', short: 'f' },
    suggest: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const unit = requireString(args, 'unit', this);
    const body = requireString(args, 'body', this);
    const side = optionalSide(optionalString(args, 'side'));
    const jenis = optionalJenis(optionalString(args, 'jenis'));
    await openReviewFile(session, args.positionals[0] as string, false);
    const thread = await session.call('thread.add', {
      unit,
      ...(side ? { side } : {}),
      ...(jenis ? { jenis } : {}),
      quote: optionalString(args, 'quote'),
      occurrence: optionalId(optionalString(args, 'occurrence'), 'occurrence'),
      body,
      author: optionalString(args, 'author'),
      role: optionalString(args, 'role'),
      fraksi: optionalString(args, 'fraksi'),
      suggestion: optionalString(args, 'suggest'),
    });
    if (args.values.json) return printJson(io, threadSummary(thread));
    io.out(`Komentar ${thread.id} ditambahkan pada ${thread.unitLabel}${thread.quote ? ` ("${thread.quote}")` : ''}.`);
  },
};

/** Lists the threads of a project (draft or an old version) or of a review package. */
export const threadListCommand: Command = {
  name: 'thread list',
  summary: 'Menampilkan utas komentar beserta letaknya (yang terlepas ditandai).',
  usage: 'thread list BERKAS [--version N] [--json]',
  options: { version: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    await openReviewFile(session, args.positionals[0] as string, true);
    const list = await session.call('thread.list', { versionId: optionalId(optionalString(args, 'version'), 'version') });
    const all = [...list.threads, ...list.detached];
    if (args.values.json) return printJson(io, all.map(threadSummary));
    if (all.length === 0) return void io.out('Belum ada komentar.');
    io.out(
      formatTable([
        ['Id', 'Letak', 'Kutipan', 'Status', 'Balasan', 'Penulis'],
        ...all.map((v) => [
          v.id,
          v.detached ? `${v.unitLabel} (terlepas)` : v.unitLabel,
          v.quote ? `"${v.quote.length > 40 ? `${v.quote.slice(0, 39)}…` : v.quote}"` : '-',
          v.status === 'open' ? 'terbuka' : 'selesai',
          String(v.replyCount),
          v.comment.author.name,
        ]),
      ]),
    );
  },
};
