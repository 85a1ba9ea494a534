/**
 * Formatting of the CLI's human output (Indonesian) and of `--json` output.
 */
import type { ProjectInfo, VersionInfo } from '../api/contract';
import type { CliIo } from './io';

/** Prints `value` as pretty JSON, nothing else. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Aligns rows into columns separated by two spaces (the first row is the header). */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  '),
    )
    .join('\n');
}

/** "2026-11-28T02:28:42.000Z" -> "2026-11-28 02:28" (UTC, as stored). */
export function formatTimestamp(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}

/** The human summary of a project. */
export function formatProjectInfo(info: ProjectInfo): string {
  return formatTable([
    ['Berkas', `: ${info.path}`],
    ['Judul', `: ${info.title}`],
    ['Mode', `: ${info.mode}`],
    ['Naskah dasar', `: ${info.hasBase ? 'ada' : 'belum ada'}`],
    ['Jumlah BAB', `: ${info.counts.bab}`],
    ['Jumlah Pasal', `: ${info.counts.pasal}`],
    ['Jumlah versi', `: ${info.versions}`],
  ]);
}

/** The human table of versions (or a sentence when there are none). */
export function formatVersionList(versions: readonly VersionInfo[]): string {
  if (versions.length === 0) return 'Belum ada versi tersimpan.';
  return formatTable([
    ['No.', 'Waktu (UTC)', 'Tahap', 'Label', 'Penyusun'],
    ...versions.map((v) => [
      String(v.id),
      formatTimestamp(v.createdAt),
      v.stage || '-',
      v.label,
      v.author || '-',
    ]),
  ]);
}
