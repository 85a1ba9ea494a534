/**
 * `rancang compare LAMA BARU [--json] [--hanya-perubahan]`: compares two Perda texts Pasal by
 * Pasal. Each input is a .txt/.docx/.pdf file or a project file with an optional `@base`,
 * `@draft` or `@<version label>` (see `resolve-input.ts`). `--json` prints
 * `comparisonToJson(...)`: `{ units: [{ status, old, new, keterangan, ... }], summary, ... }`.
 */
import { amends, applyNewInstrument, isInstrument, markUnapplied, type AppliedInstrument } from '../../amend/index';
import { compareDocs, comparisonToJson, type ComparisonJson, type UnitStatus } from '../../diff/index';
import { partNotes } from '../../export/table/index';
import { asPrinted, skipsNumbers } from '../../parse/index';
import { itemsToCheck } from '../applied-items';
import type { Command } from '../command';
import type { CliIo } from '../io';
import { formatTable, printJson } from '../output';
import { resolveInput, type ResolvedInput } from '../resolve-input';

/** Indonesian words for the summary, in the order printed. */
const STATUS_WORDS: ReadonlyArray<[UnitStatus, string]> = [
  ['changed', 'diubah'],
  ['inserted', 'disisipkan'],
  ['deleted', 'dihapus'],
  ['moved', 'dipindahkan'],
  ['renumbered', 'nomor berubah'],
  ['split', 'dipecah'],
  ['merged', 'digabung'],
  ['unchanged', 'tetap'],
];

/** "14 diubah, 25 disisipkan, ..." (zero counts left out, except when everything is zero). */
export function formatSummary(summary: Record<UnitStatus, number>): string {
  const parts = STATUS_WORDS.filter(([s]) => summary[s] > 0).map(([s, w]) => `${summary[s]} ${w}`);
  return parts.length > 0 ? parts.join(', ') : 'tidak ada Pasal';
}

/**
 * The human table: No | Pasal lama | Pasal baru | Keterangan, each Pasal followed by the notes on
 * its ayat and items (`rincian[i]` for `j.units[i]`, as the matriks words them: "angka 3, 4
 * diubah"), then other changed rows and the summary.
 */
export function formatComparison(j: ComparisonJson, oldName: string, newName: string, onlyChanges: boolean, rincian: readonly (readonly string[])[] = []): string {
  const shown = j.units.map((u, i) => ({ u, notes: rincian[i] ?? [] })).filter(({ u }) => !onlyChanges || u.status !== 'unchanged' || u.unappliedItems);
  const lines = [`Perbandingan: ${oldName} (lama) -> ${newName} (baru)`, ''];
  if (shown.length === 0) lines.push(onlyChanges ? 'Tidak ada Pasal yang berubah.' : 'Tidak ada Pasal.');
  else lines.push(formatTable([['No.', 'Pasal lama', 'Pasal baru', 'Keterangan'], ...shown.flatMap(({ u, notes }, i) => [[String(i + 1), u.old ?? '-', u.new ?? '-', u.keterangan], ...notes.map((n) => ['', '', '', `  ${n}`])])]));
  const other = j.other.filter((o) => o.status !== 'unchanged');
  if (other.length > 0) {
    lines.push('', 'Perubahan di luar Pasal (judul, konsiderans, dasar hukum, Menetapkan, judul BAB/Bagian, perintah pengundangan, Penjelasan, Lampiran):');
    lines.push(formatTable([['Lama', 'Baru', 'Keterangan'], ...other.map((o) => [o.old ?? '-', o.new ?? '-', o.keterangan])]));
  }
  const total = Object.values(j.summary).reduce((a, b) => a + b, 0);
  lines.push('', `Ringkasan (${total} baris Pasal): ${formatSummary(j.summary)}.`);
  return lines.join('\n');
}

/** Import notes that change how the comparison reads: numbers the source prints out of order or twice. */
const NUMBERING_CODES = new Set(['NUMBERING_GAP', 'NUMBERING_DUPLICATE']);

/** Warn (on stderr) about import problems of a file input, its own numbering, tracked changes a Word file still holds, and a text with no Pasal at all. */
function warnDiagnostics(io: CliIo, input: ResolvedInput): void {
  const errors = input.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) io.err(`Peringatan: ${errors.length} masalah saat mengimpor ${input.label}; periksa dengan "rancang import". Contoh: ${errors[0]?.message ?? ''}`);
  const numbering = input.diagnostics.filter((d) => NUMBERING_CODES.has(d.code));
  const how = skipsNumbers(input.diagnostics)
    ? 'setiap unit disebut dengan nomor yang tercetak'
    : 'unit dinomori menurut urutannya, sehingga perbandingan dapat menunjukkan nomor berubah';
  if (numbering.length > 0) io.err(`Peringatan: penomoran dalam ${input.label} tidak berurutan (${numbering.length} tempat); ${how}. Contoh: ${numbering[0]?.message ?? ''}`);
  for (const d of input.diagnostics) if (d.code === 'DOCX_TRACKED_CHANGES' || d.code === 'OCR_READ' || d.code === 'OCR_ILLEGIBLE') io.err(`Peringatan: ${input.label}: ${d.message}`);
  if (input.diagnostics.some((d) => d.code === 'NO_PASAL')) io.err(`Peringatan: dalam ${input.label} tidak ditemukan satu pun Pasal; periksa apakah berkas ini naskah Perda. Setiap Pasal naskah yang lain akan tampil dihapus atau disisipkan.`);
}

/** Warn (on stderr) when one input is an amending instrument and the other is not (and it was not applied): apply it first. */
function warnInstrument(io: CliIo, oldIn: ResolvedInput, newIn: ResolvedInput): void {
  const instrument = (x: ResolvedInput) => x.doc.attrs.kind === 'perubahan' || isInstrument(x.doc);
  const one = instrument(oldIn) !== instrument(newIn) ? (instrument(oldIn) ? oldIn : newIn) : null;
  if (!one) return;
  if (one === newIn && isInstrument(newIn.doc) && !amends(newIn.doc, oldIn.doc))
    io.err(`Peringatan: ${newIn.label} adalah Perda perubahan, tetapi judulnya tidak menyebut ${oldIn.label} sebagai Perda yang diubahnya; perubahan tidak diterapkan dan kedua naskah dibandingkan apa adanya.`);
  else io.err(`Peringatan: ${one.label} adalah Raperda/Perda perubahan (berisi perintah perubahan), bukan naskah utuh; terapkan dahulu pada naskah dasarnya dengan "rancang apply", lalu bandingkan hasilnya.`);
}

/** The note printed before a comparison with an applied instrument: what was compared, and the items that need a look. */
function appliedNote(a: AppliedInstrument, oldLabel: string, newLabel: string): string {
  const lines = [
    `Catatan: ${newLabel} adalah Perda perubahan; yang dibandingkan ialah ${oldLabel} dengan naskah hasil penerapan perubahan itu padanya (${a.applied} dari ${a.total} butir diterapkan).`,
  ];
  if (a.applied === 0) lines.push('  Tidak satu pun butir dapat diterapkan, sehingga naskah baru sama dengan naskah lama; baris Pasal yang disebut butir ditandai "tidak diterapkan".');
  lines.push(...itemsToCheck(a.report));
  return lines.join('\n');
}

/** A file input read by the numbers it prints when they skip (`asPrinted`); projects as they are. */
function printed(input: ResolvedInput): ResolvedInput {
  return input.kind === 'file' ? { ...input, doc: asPrinted(input.doc, input.diagnostics) } : input;
}

/** Compares two Perda documents. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'Membandingkan dua naskah Perda Pasal demi Pasal (matriks perbandingan).',
  usage: 'compare LAMA BARU [--json] [--hanya-perubahan]   (LAMA/BARU: .txt, .docx, .doc, .pdf, atau PROYEK.rancang[@base|@draft|@LABEL-VERSI])',
  options: { json: { type: 'boolean' }, 'hanya-perubahan': { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run({ io, args, session }) {
    const oldIn = printed(await resolveInput(args.positionals[0] as string, session, io));
    const newIn = printed(await resolveInput(args.positionals[1] as string, session, io));
    warnDiagnostics(io, oldIn);
    warnDiagnostics(io, newIn);
    // An amending instrument as the new text: the old text is compared with the instrument applied to it.
    const applied = applyNewInstrument(oldIn.doc, newIn.doc);
    if (applied) io.err(appliedNote(applied, oldIn.label, newIn.label));
    else warnInstrument(io, oldIn, newIn);
    const comparison = compareDocs(oldIn.doc, applied?.doc ?? newIn.doc);
    if (comparison.matchedBy === 'number') io.err(`Catatan: ${newIn.label} mempertahankan nomor Pasal ${oldIn.label} seperti naskah hasil perubahan (pasal sisipan bernomor huruf, pasal yang dihapus tetap bernomor); Pasal dipasangkan menurut nomornya, bukan menurut kata-katanya.`);
    const compared = comparisonToJson(comparison);
    const json = applied ? markUnapplied(compared, applied.report) : compared;
    if (args.values.json) return printJson(io, applied ? { ...json, appliedInstrument: { label: newIn.label, report: applied.report } } : json);
    const newName = applied ? `${newIn.label} diterapkan pada naskah lama` : newIn.label;
    io.out(formatComparison(json, oldIn.label, newName, args.values['hanya-perubahan'] === true, comparison.pasal.map(partNotes)));
  },
};
