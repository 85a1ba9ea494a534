/**
 * `rancang review export BERKAS --out PAKET [--reviewer "…"] [--version N]` writes a review
 * package for a reviewer; `rancang review import BERKAS PAKET` merges a returned package into
 * the project (by id: importing twice changes nothing).
 */
import path from 'node:path';
import { CoreError } from '../../core-error';
import { PACKAGE_EXTENSION } from '../../review/package-format';
import { optionalString, requireString } from '../args';
import type { Command } from '../command';
import { printJson } from '../output';

/** Exports a review package. */
export const reviewExportCommand: Command = {
  name: 'review export',
  summary: 'Membuat paket tinjauan (satu berkas) untuk peninjau.',
  usage: `review export BERKAS --out PAKET${PACKAGE_EXTENSION} [--reviewer "NAMA"] [--version N] [--json]`,
  options: {
    out: { type: 'string', short: 'o' },
    reviewer: { type: 'string' },
    version: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const out = requireString(args, 'out', this);
    const v = optionalString(args, 'version');
    if (v !== undefined && !/^[1-9]\d*$/.test(v)) throw new CoreError('INVALID_ARGS', 'Opsi --version harus bilangan bulat positif.');
    await session.openProject(args.positionals[0] as string, false);
    const res = await session.call('review.export', {
      out: path.resolve(out),
      reviewer: optionalString(args, 'reviewer'),
      versionId: v === undefined ? undefined : Number(v),
    });
    if (args.values.json) return printJson(io, res);
    io.out(`Paket tinjauan ditulis: ${res.path} (${res.version.label}; ${res.threads} utas komentar).`);
  },
};

/** Imports a returned review package. */
export const reviewImportCommand: Command = {
  name: 'review import',
  summary: 'Menggabungkan paket tinjauan yang dikembalikan peninjau ke dalam proyek.',
  usage: 'review import BERKAS PAKET [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run({ io, args, session }) {
    await session.openProject(args.positionals[0] as string, false);
    const res = await session.call('review.import', { path: path.resolve(args.positionals[1] as string) });
    if (args.values.json) return printJson(io, res);
    io.out(
      res.added === 0
        ? `Paket tinjauan ${res.reviewer ? `dari ${res.reviewer} ` : ''}sudah pernah digabungkan; tidak ada perubahan.`
        : `Paket tinjauan ${res.reviewer ? `dari ${res.reviewer} ` : ''}digabungkan: ${res.added} catatan baru, ${res.threadsAdded} utas baru (seluruhnya ${res.threadsTotal} utas).`,
    );
  },
};
