/**
 * `rancang export BERKAS --what draft|base|version|instrument|comparison|redline|comments|dim
 * --format docx|pdf|html|akn [--version LABEL] [--against LABEL] [--no-penjelasan] [--changes-only] [--content-only] --out KELUARAN`: writes one
 * export of a project (the official layout; the comparison table, comment report and DIM as
 * landscape tables; the redline as the new text with its changes tracked) to a file, atomically.
 */
import path from 'node:path';
import { CoreError } from '../../core-error';
import { optionalString, requireString } from '../args';
import type { Command } from '../command';
import { printJson } from '../output';
import type { CliSession } from '../session';

const WHAT = ['draft', 'base', 'version', 'instrument', 'comparison', 'redline', 'comments', 'dim'] as const;
const FORMAT = ['docx', 'pdf', 'html', 'akn'] as const;

/** `value` if it is one of `allowed`, else INVALID_ARGS naming the choices. */
function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CoreError('INVALID_ARGS', `Nilai --${option} tidak dikenal: "${value}". Pilih salah satu: ${allowed.join(', ')}.`);
}

/** The id of the version labelled `label` (or numbered `label`), or NOT_FOUND. */
async function versionId(session: CliSession, label: string): Promise<number> {
  const versions = await session.call('version.list', {});
  const hit = versions.find((v) => v.label === label) ?? versions.find((v) => String(v.id) === label);
  if (!hit) throw new CoreError('NOT_FOUND', `Versi "${label}" tidak ditemukan. Lihat daftar versi dengan: rancang version list BERKAS`);
  return hit.id;
}

/** Exports a document or table of a project to a file. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'Mengekspor naskah, Raperda perubahan, matriks perbandingan, naskah dengan perubahan terlacak, laporan komentar, atau DIM ke DOCX, PDF, HTML, atau Akoma Ntoso.',
  usage: `export BERKAS --what ${WHAT.join('|')} --format ${FORMAT.join('|')} [--version LABEL] [--against LABEL] [--no-penjelasan] [--changes-only] [--content-only] --out KELUARAN [--json]`,
  options: {
    what: { type: 'string' },
    format: { type: 'string' },
    version: { type: 'string' },
    against: { type: 'string' },
    'no-penjelasan': { type: 'boolean' },
    'changes-only': { type: 'boolean' },
    'content-only': { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const what = oneOf(requireString(args, 'what', this), WHAT, 'what');
    const format = oneOf(requireString(args, 'format', this), FORMAT, 'format');
    const out = requireString(args, 'out', this);
    const label = optionalString(args, 'version');
    if (what === 'version' && label === undefined) throw new CoreError('INVALID_ARGS', 'Ekspor --what version memerlukan --version LABEL.');
    const against = optionalString(args, 'against');
    if (against !== undefined && what !== 'comparison' && what !== 'redline') throw new CoreError('INVALID_ARGS', 'Opsi --against hanya berlaku untuk --what comparison dan --what redline (teks lama yang dibandingkan).');
    for (const option of ['changes-only', 'content-only'] as const)
      if (args.values[option] && what !== 'comparison') throw new CoreError('INVALID_ARGS', `Opsi --${option} hanya berlaku untuk --what comparison (matriks perbandingan).`);
    const writes = what === 'comments' || what === 'dim';
    await session.openProject(args.positionals[0] as string, !writes);
    const res = await session.call('export.run', {
      what,
      format,
      versionId: label === undefined ? undefined : await versionId(session, label),
      // The saved version compared with, instead of the base.
      againstVersionId: against === undefined ? undefined : await versionId(session, against),
      includePenjelasan: args.values['no-penjelasan'] ? false : undefined,
      changesOnly: args.values['changes-only'] ? true : undefined,
      // The changes of content only: no row changed in spelling, capitals or punctuation only either.
      contentOnly: args.values['content-only'] ? true : undefined,
      outPath: path.resolve(out),
    });
    if (args.values.json) return printJson(io, res);
    io.out(`Berkas ekspor ditulis: ${res.path} (${res.bytes.toLocaleString('id-ID')} bita).`);
  },
};
