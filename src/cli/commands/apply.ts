/**
 * `rancang apply DASAR PERUBAHAN --out BERKAS [--json]`: applies an amending instrument (a real
 * one, imported from .txt/.docx/.pdf, or a project version) to its base text and writes the
 * consolidated text: a .txt file, or a new project file (.rancang) whose base is DASAR and whose
 * draft is the consolidated text. Prints a report of every item: applied, ambiguous (applied
 * under the reading stated), not applied (understood, but it needs the Lampiran or Penjelasan
 * document) or not understood (not applied).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  applyInstrument,
  changeItemsOf,
  consolidatedText,
  settingsFromDoc,
  type ApplyStatus,
} from '../../amend/index';
import { CoreError } from '../../core-error';
import { PROJECT_EXTENSION } from '../../store/index';
import { requireString } from '../args';
import type { Command } from '../command';
import { formatTable, printJson } from '../output';
import { resolveInput } from '../resolve-input';

const STATUS_WORDS: Record<ApplyStatus, string> = {
  applied: 'diterapkan',
  ambiguous: 'taksa (diterapkan, periksa)',
  'not-understood': 'tidak dipahami (tidak diterapkan)',
  'not-applied': 'dipahami, tidak diterapkan (perlu Lampiran/Penjelasan)',
};

/** Applies an amending instrument to a base Perda. */
export const applyCommand: Command = {
  name: 'apply',
  summary:
    'Menerapkan Perda perubahan pada naskah dasar dan menghasilkan naskah gabungan (konsolidasi).',
  usage: 'apply DASAR PERUBAHAN --out BERKAS.txt|BERKAS.rancang [--json]',
  options: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run({ io, args, session }) {
    const out = path.resolve(requireString(args, 'out', this));
    const baseIn = await resolveInput(args.positionals[0] as string, session, io);
    const instIn = await resolveInput(args.positionals[1] as string, session, io);
    if (changeItemsOf(instIn.doc).length === 0) {
      throw new CoreError(
        'INVALID_ARGS',
        `${instIn.label} tidak memuat butir perubahan pada Pasal I; bukan Perda perubahan yang dapat diterapkan.`,
      );
    }
    const result = applyInstrument(baseIn.doc, instIn.doc);
    const settings = settingsFromDoc(baseIn.doc);
    if (out.toLowerCase().endsWith(PROJECT_EXTENSION)) {
      if (fs.existsSync(out))
        throw new CoreError('INVALID_ARGS', `Berkas ${out} sudah ada; pilih nama lain.`);
      await session.call('project.create', {
        path: out,
        title: settings.baseCitation.title || 'Naskah gabungan',
        mode: 'perubahan',
        region: settings.region,
      });
      await session.call('base.set', {
        doc: baseIn.doc.toJSON() as { type: 'doc' },
        source: baseIn.label,
      });
      await session.call('draft.save', { doc: result.doc.toJSON() as { type: 'doc' } });
    } else {
      fs.writeFileSync(out, consolidatedText(result.doc, settings.region), 'utf8');
    }
    if (args.values.json) return printJson(io, { out, report: result.report });
    const count = (s: ApplyStatus) => result.report.filter((r) => r.status === s).length;
    io.out(
      [
        `Naskah gabungan ditulis ke ${out}.`,
        '',
        formatTable([
          ['Butir', 'Status', 'Unit', 'Keterangan'],
          ...result.report.map((r) => [
            r.item === 0 ? '-' : `${r.item}.`,
            STATUS_WORDS[r.status],
            r.units.join(', ') || '-',
            r.message,
          ]),
        ]),
        '',
        `${count('applied')} diterapkan, ${count('ambiguous')} taksa, ${count('not-applied')} tidak diterapkan (perlu dokumen), ${count('not-understood')} tidak dipahami.`,
      ].join('\n'),
    );
  },
};
