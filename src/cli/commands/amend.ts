/**
 * `rancang amend LAMA BARU [--json | --text] [--mode penggantian] [--perubahan-ke N]`: the
 * amending instrument (Raperda tentang Perubahan) that turns LAMA (the base Perda) into BARU
 * (the draft, or the consolidated text). Each input is a .txt/.docx/.pdf file or a project file
 * with `@base`, `@draft` or `@<version label>` (resolve-input.ts). Settings (region, citation of
 * the base, how often it was amended) come from the project when an input is a project file,
 * else from the Judul and penutup of LAMA.
 */
import { generateInstrument, instrumentToJson, settingsFromDoc, type AmendSettings } from '../../amend/index';
import { CoreError } from '../../core-error';
import { optionalString } from '../args';
import type { Command } from '../command';
import type { CliSession } from '../session';
import { formatTable, printJson } from '../output';
import { resolveInput } from '../resolve-input';

/** Settings of the project open in the session, as amendment settings. */
async function projectSettings(session: CliSession): Promise<AmendSettings> {
  const s = await session.call('settings.get', {});
  return { region: s.region, baseCitation: s.baseCitation, amendmentCount: s.amendmentCount, title: s.title };
}

/** Generates the amending instrument from two versions of a Perda. */
export const amendCommand: Command = {
  name: 'amend',
  summary: 'Menyusun Raperda tentang Perubahan (Pasal I dan Pasal II) dari naskah dasar dan rancangan.',
  usage: 'amend LAMA BARU [--json | --text] [--mode perubahan|penggantian] [--perubahan-ke N]   (LAMA/BARU: .txt, .docx, .doc, .pdf, atau PROYEK.rancang[@base|@draft|@LABEL-VERSI])',
  options: { json: { type: 'boolean' }, text: { type: 'boolean' }, mode: { type: 'string' }, 'perubahan-ke': { type: 'string' } },
  positionals: { min: 2, max: 2 },
  async run({ io, args, session }) {
    const mode = optionalString(args, 'mode') ?? 'perubahan';
    if (mode !== 'perubahan' && mode !== 'penggantian') throw new CoreError('INVALID_ARGS', `Mode tidak dikenal: ${mode}. Pilih "perubahan" atau "penggantian".`);
    const oldIn = await resolveInput(args.positionals[0] as string, session, io);
    const newIn = await resolveInput(args.positionals[1] as string, session, io);
    const settings = oldIn.kind === 'project' || newIn.kind === 'project' ? await projectSettings(session) : settingsFromDoc(oldIn.doc);
    const ke = optionalString(args, 'perubahan-ke');
    if (ke !== undefined) {
      const n = Number(ke);
      if (!Number.isInteger(n) || n < 1 || n > 50) throw new CoreError('INVALID_ARGS', `--perubahan-ke harus bilangan 1 sampai dengan 50 (1 = perubahan pertama), bukan "${ke}".`);
      settings.amendmentCount = n - 1;
    }
    const inst = generateInstrument(oldIn.doc, newIn.doc, { settings, mode });
    if (args.values.json) return printJson(io, instrumentToJson(inst));
    if (args.values.text) return io.out(inst.text);
    const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
    const lines = [`Perubahan ${oldIn.label} -> ${newIn.label}`, ''];
    if (mode === 'penggantian') lines.push('Ketentuan Penutup (pencabutan):', inst.repealClause);
    else if (inst.items.length === 0) lines.push('Tidak ada butir perubahan.');
    else lines.push(formatTable([['No.', 'Tindakan', 'Unit', 'Rumusan'], ...inst.items.map((it, i) => [`${i + 1}.`, it.verb, it.units.join(', '), it.text])]));
    lines.push('', `Bagian yang berubah: ${pct(inst.share.pasal)} Pasal, ${pct(inst.share.text)} teks; sistematika ${inst.systematikaChanged ? 'berubah' : 'tetap'}.`);
    lines.push(`Saran: ${inst.recommendation === 'penggantian' ? 'PENGGANTIAN (Perda baru yang mencabut Perda lama)' : 'PERUBAHAN'}.`, ...inst.reasons.map((r) => `- ${r}`));
    for (const w of inst.warnings) lines.push(`Peringatan: ${w}`);
    lines.push('', 'Naskah lengkap: tambahkan --text; data: --json.');
    io.out(lines.join('\n'));
  },
};
