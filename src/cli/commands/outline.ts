/**
 * `rancang outline INPUT [--json]`: the structure of a Perda text (.txt, .docx, .doc, .pdf) or of a
 * project's document (`PROYEK.rancang` = its draft, `@base`, `@<version label>`; see
 * resolve-input.ts). `--json` prints exactly the shape of `outlineOf` (with the import
 * diagnostics of a file; none for a project document).
 */
import { outlineOf, type Outline } from '../../parse/index';
import type { Command } from '../command';
import { formatTable, printJson } from '../output';
import { resolveInput } from '../resolve-input';

/** The human form of an outline: title, counts, BAB and Pasal, diagnostics. */
export function formatOutline(o: Outline, label: string): string {
  const lines = [
    `${label}: ${o.title || '(tanpa judul)'}`,
    `Jenis: ${o.kind === 'amendment' ? 'Perda perubahan' : 'Perda'}; Menimbang ${o.menimbang} butir, Mengingat ${o.mengingat} butir; ` +
      `${o.babs.length} BAB, ${o.bagian_count} Bagian, ${o.paragraf_count} Paragraf, ${o.pasal.length} Pasal; Penjelasan Pasal demi Pasal ${o.penjelasan_pasal_entries} butir.`,
  ];
  if (o.babs.length > 0) lines.push('', formatTable([['BAB', 'Judul'], ...o.babs.map((b) => [b.num, b.title])]));
  if (o.pasal.length > 0) {
    lines.push('', formatTable([['Pasal', 'BAB', 'Ayat', 'Awal teks'], ...o.pasal.map((p) => [p.num, p.bab ?? '-', String(p.ayat), p.first_words])]));
  }
  if (o.change_items.length > 0) {
    lines.push('', formatTable([['No.', 'Perubahan', 'Unit'], ...o.change_items.map((c, i) => [String(i + 1), c.action, c.units.join(', ')])]));
  }
  const shown = o.diagnostics.filter((d) => d.severity !== 'info');
  lines.push('', `Catatan impor: ${o.diagnostics.length} (${shown.length} peringatan/galat).`);
  for (const d of shown) lines.push(`  baris ${d.line ?? '-'}${d.page ? `, hlm. ${d.page}` : ''}: ${d.message}`);
  return lines.join('\n');
}

/** Prints the outline of a Perda text or project document. */
export const outlineCommand: Command = {
  name: 'outline',
  summary: 'Menampilkan struktur (BAB, Pasal, ayat) naskah Perda atau dokumen proyek.',
  usage: 'outline INPUT [--json]   (INPUT: .txt, .docx, .doc, .pdf, atau PROYEK.rancang[@base|@draft|@LABEL-VERSI])',
  options: { json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ io, args, session }) {
    const input = await resolveInput(args.positionals[0] as string, session, io);
    const outline = outlineOf({ doc: input.doc, diagnostics: input.diagnostics, removed: [], kind: 'original' });
    if (args.values.json) return printJson(io, outline);
    io.out(formatOutline(outline, input.label));
  },
};
