/**
 * `rancang import INPUT --into PROYEK [--as base|draft] [--apply] [--json]`: imports a Perda text
 * (.txt, .docx, .doc, .pdf) into a project as its base text (the old Perda; refused when the
 * project has one) or as its working draft (the previous draft is first saved as the version
 * "Draf sebelum impor"). An amending instrument imported as the draft with `--apply` is applied
 * to the project's base text, and the draft is the consolidated text (as the Impor tab's "Terapkan
 * pada naskah dasar"); without it the import says the option is there. A project that does not
 * exist yet is created, titled after the imported Perda.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportCommitResult, ImportJobResult } from '../../api/contract';
import { waitForJob, watchJob } from '../../api/jobs';
import { CoreError } from '../../core-error';
import { PROJECT_EXTENSION } from '../../store/index';
import { optionalString, requireString } from '../args';
import type { Command } from '../command';
import { printJson } from '../output';
import { itemsToCheck } from '../applied-items';
import { progressReporter } from '../progress';

const TARGETS = ['base', 'draft'] as const;
type Target = (typeof TARGETS)[number];

/** The human report of an import. */
export function formatImport(r: ImportJobResult, c: ImportCommitResult, created: boolean): string {
  const o = r.outline;
  const counts = `${o.babs.length} BAB, ${o.pasal.length} Pasal, ${r.removed.length} baris kop/nomor halaman dibuang`;
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
  const lines = [
    `${created ? 'Proyek dibuat: ' : ''}${c.project.path}`,
    `Diimpor dari ${r.fileName}: ${o.title || '(tanpa judul)'} (${counts}).`,
    c.as === 'base' ? 'Ditetapkan sebagai naskah dasar (Perda lama).' : 'Ditetapkan sebagai naskah kerja (draf).',
  ];
  if (c.savedCurrentAs) lines.push(`Draf sebelumnya disimpan sebagai versi ${c.savedCurrentAs.id}: ${c.savedCurrentAs.label}.`);
  const a = c.appliedInstrument;
  if (a) lines.push(`Perubahan diterapkan pada naskah dasar: ${a.applied} dari ${a.total} butir; draf ialah naskah hasil penerapannya.`, ...itemsToCheck(a.report));
  else if (c.as === 'draft' && o.kind === 'amendment') lines.push('Berkas ini Perda perubahan dan disimpan apa adanya; untuk menerapkannya pada naskah dasar, impor dengan --apply.');
  lines.push(`Catatan impor: ${errors} galat, ${warnings} peringatan${errors + warnings > 0 ? ' (lihat "rancang outline INPUT")' : ''}.`);
  return lines.join('\n');
}

/** Imports a Perda text into a project. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Mengimpor naskah Perda (.txt, .docx, .doc, .pdf) ke proyek sebagai naskah dasar atau draf.',
  usage: 'import INPUT --into PROYEK.rancang [--as base|draft] [--apply] [--mode perubahan|penggantian] [--json]',
  options: {
    into: { type: 'string', short: 'i' },
    as: { type: 'string' },
    mode: { type: 'string', short: 'm' },
    apply: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const input = args.positionals[0] as string;
    const into = requireString(args, 'into', this);
    const as = (optionalString(args, 'as') ?? 'base') as Target;
    if (!TARGETS.includes(as)) throw new CoreError('INVALID_ARGS', `Nilai --as tidak dikenal: ${as}. Pilih "base" atau "draft".`);
    const apply = args.values.apply === true;
    if (apply && as !== 'draft') throw new CoreError('INVALID_ARGS', '--apply hanya berlaku bersama --as draft: Perda perubahan diterapkan pada naskah dasar proyek dan hasilnya menjadi draf.');
    const mode = optionalString(args, 'mode');
    if (mode !== undefined && mode !== 'perubahan' && mode !== 'penggantian') {
      throw new CoreError('INVALID_ARGS', `Mode tidak dikenal: ${mode}. Pilih "perubahan" atau "penggantian".`);
    }
    if (!fs.existsSync(input)) throw new CoreError('NOT_FOUND', `Berkas tidak ditemukan: ${input}`);
    const { jobId } = await session.call('import.start', { path: path.resolve(input) });
    const report = progressReporter(io, path.basename(input));
    const unwatch = watchJob(session.context(), jobId, report);
    const done = await waitForJob<ImportJobResult>(session.context(), jobId).finally(unwatch);
    if (!done.result) throw new CoreError(done.error?.code ?? 'IMPORT_FAILED', done.error?.message ?? 'Impor gagal.');
    const file = path.resolve(into);
    const created = !fs.existsSync(file) && !fs.existsSync(file + PROJECT_EXTENSION);
    if (created) {
      const title = done.result.outline.title.replace(/^.*?\btentang\s+/i, '') || path.basename(input);
      await session.call('project.create', { path: file, title, mode: mode ?? (as === 'base' ? 'perubahan' : 'penggantian') });
    } else {
      await session.openProject(fs.existsSync(file) ? file : file + PROJECT_EXTENSION, false);
    }
    const committed = await session.call('import.commit', { jobId, as, draftFromBase: created && as === 'base', ...(apply ? { applyToBase: true } : {}) });
    if (args.values.json) return printJson(io, { ...committed, outline: done.result.outline });
    io.out(formatImport(done.result, committed, created));
  },
};
