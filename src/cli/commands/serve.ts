/** `rancang serve [BERKAS] [--port N]`: runs the browser preview until Ctrl+C. */
import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../../core-error';
import { startPreviewServer } from '../../server/preview-server';
import { BackupScheduler } from '../../store/backup-schedule';
import { optionalString } from '../args';
import type { Command } from '../command';
import { defaultRendererDir } from '../paths';

/** Parses a port number (0 = any free port), or INVALID_ARGS. */
export function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d+$/.test(text) || !Number.isInteger(port) || port > 65535) {
    throw new CoreError('INVALID_ARGS', `Nomor port tidak sah: ${text} (0 sampai 65535).`);
  }
  return port;
}

/** Opens a project (or the sample project) and serves the app to a browser on 127.0.0.1. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'Menjalankan pratinjau di peramban (127.0.0.1) sampai dihentikan dengan Ctrl+C.',
  usage: 'serve [BERKAS] [--port N] [--static-dir FOLDER] [--json]',
  options: {
    port: { type: 'string', short: 'p' },
    'static-dir': { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 0, max: 1 },
  async run({ io, args, session }) {
    const port = parsePort(optionalString(args, 'port'));
    const staticDir = path.resolve(optionalString(args, 'static-dir') ?? defaultRendererDir);
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
      throw new CoreError(
        'NOT_FOUND',
        `Renderer belum dibangun di ${staticDir}: jalankan "npm run build:renderer" dahulu.`,
      );
    }
    const file = args.positionals[0];
    const info = file
      ? await session.openProject(file, false)
      : await session.call('project.sample', {});
    const ctx = session.context();
    const server = await startPreviewServer({ ctx, staticDir, port });
    // Rotating backups of whatever project the preview has open (only when it changed).
    const backups = new BackupScheduler({
      current: () => ctx.project,
      onError: (e) => io.err(`Cadangan terjadwal gagal: ${(e as Error).message}`),
    });
    backups.start();
    if (args.values.json) {
      io.out(
        JSON.stringify({
          url: server.url,
          port: server.port,
          token: server.token,
          project: info.path,
        }),
      );
    } else {
      io.out(
        `Pratinjau Rancang untuk "${info.title}" berjalan di:\n  ${server.url}\nBuka alamat itu di peramban. Tekan Ctrl+C untuk berhenti.`,
      );
    }
    await io.untilStopped();
    backups.stop();
    await server.close();
    if (!args.values.json) io.out('Pratinjau dihentikan.');
  },
};
