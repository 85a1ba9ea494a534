/** `rancang new BERKAS --title "…" [--mode perubahan|penggantian]`: creates a project file. */
import path from 'node:path';
import { CoreError } from '../../core-error';
import { optionalString, requireString } from '../args';
import type { Command } from '../command';
import { formatProjectInfo, printJson } from '../output';

const MODES = ['penggantian', 'perubahan'] as const;

/** Creates a new, empty project file. */
export const newCommand: Command = {
  name: 'new',
  summary: 'Membuat berkas proyek baru.',
  usage: 'new BERKAS --title "JUDUL" [--mode perubahan|penggantian] [--author NAMA] [--json]',
  options: {
    title: { type: 'string', short: 't' },
    mode: { type: 'string', short: 'm' },
    author: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const title = requireString(args, 'title', this);
    const mode = optionalString(args, 'mode');
    if (mode !== undefined && !MODES.includes(mode as (typeof MODES)[number])) {
      throw new CoreError(
        'INVALID_ARGS',
        `Mode tidak dikenal: ${mode}. Pilih "perubahan" atau "penggantian".`,
      );
    }
    const file = path.resolve(args.positionals[0] as string);
    const info = await session.call('project.create', {
      path: file,
      title,
      mode: mode as (typeof MODES)[number] | undefined,
      author: optionalString(args, 'author'),
    });
    if (args.values.json) return printJson(io, info);
    io.out(`Proyek dibuat.\n${formatProjectInfo(info)}`);
  },
};
