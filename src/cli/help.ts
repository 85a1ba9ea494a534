/**
 * Help texts of the CLI (Indonesian).
 */
import type { Command } from './command';
import { formatTable } from './output';

/** The general help: usage, the command list, global options, exit codes. */
export function generalHelp(commands: readonly Command[]): string {
  return [
    'Rancang: ruang kerja penyusunan dan perubahan Peraturan Daerah.',
    '',
    'Penggunaan: rancang PERINTAH [ARGUMEN] [OPSI]',
    '',
    'Perintah:',
    formatTable(commands.map((c) => [`  ${c.name}`, c.summary])),
    '',
    'Opsi umum:',
    '  -h, --help     menampilkan bantuan (juga: rancang PERINTAH --help)',
    '  -v, --version  menampilkan versi Rancang',
    '',
    'Folder data pengguna: $RANCANG_USER_DATA, atau folder konfigurasi sistem operasi.',
    'Kode keluar: 0 berhasil, 1 kesalahan pengguna, 2 kesalahan internal.',
  ].join('\n');
}

/** The help of one command: its summary, usage and options. */
export function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, o]) => {
    const short = o.short ? `-${o.short}, ` : '    ';
    return `  ${short}--${name}${o.type === 'string' ? ' NILAI' : ''}`;
  });
  return [
    command.summary,
    '',
    `Penggunaan: rancang ${command.usage}`,
    '',
    'Opsi:',
    ...options,
    '  -h, --help',
  ].join('\n');
}
