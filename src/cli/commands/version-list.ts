/** `rancang version list BERKAS [--json]`: the saved versions of a project. */
import type { Command } from '../command';
import { formatVersionList, printJson } from '../output';

/** Lists the saved versions of a project file (opened read-only). */
export const versionListCommand: Command = {
  name: 'version list',
  summary: 'Menampilkan daftar versi tersimpan.',
  usage: 'version list BERKAS [--json]',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    await session.openProject(args.positionals[0] as string, true);
    const versions = await session.call('version.list', {});
    if (args.values.json) return printJson(io, versions);
    io.out(formatVersionList(versions));
  },
};
