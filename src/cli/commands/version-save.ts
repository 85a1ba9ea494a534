/** `rancang version save BERKAS --label "…" [--stage …] [--author …]`: saves the draft as a version. */
import { optionalString, requireString } from '../args';
import type { Command } from '../command';
import { printJson } from '../output';

/** Saves the current draft of a project as an immutable version. */
export const versionSaveCommand: Command = {
  name: 'version save',
  summary: 'Menyimpan naskah kerja sebagai versi baru.',
  usage: 'version save BERKAS --label "LABEL" [--stage "TAHAP"] [--author NAMA] [--json]',
  options: {
    label: { type: 'string', short: 'l' },
    stage: { type: 'string', short: 's' },
    author: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const label = requireString(args, 'label', this);
    await session.openProject(args.positionals[0] as string, false);
    const version = await session.call('version.save', {
      label,
      stage: optionalString(args, 'stage'),
      author: optionalString(args, 'author'),
    });
    if (args.values.json) return printJson(io, version);
    io.out(
      `Versi ${version.id} disimpan: ${version.label}${version.stage ? ` (${version.stage})` : ''}.`,
    );
  },
};
