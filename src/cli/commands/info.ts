/** `rancang info BERKAS [--json]`: title, mode, BAB/Pasal counts and versions of a project. */
import type { Command } from '../command';
import { formatProjectInfo, printJson } from '../output';

/** Shows a summary of a project file (opened read-only). */
export const infoCommand: Command = {
  name: 'info',
  summary: 'Menampilkan ringkasan berkas proyek.',
  usage: 'info BERKAS [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const info = await session.openProject(args.positionals[0] as string, true);
    if (args.values.json) return printJson(io, info);
    io.out(formatProjectInfo(info));
  },
};
