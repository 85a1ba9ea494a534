/**
 * Penjelasan pasal demi pasal (drafting-rules.md 1.11): when the Perda has a Penjelasan, every
 * Pasal has its own entry ("Cukup jelas." when nothing needs explaining; entries are never
 * merged), and every entry belongs to a Pasal that still exists. Not applied to an amending
 * instrument, whose Penjelasan follows practice rather than a rule (3.6).
 */
import type { CheckRun } from './context';

/** Missing and orphaned Penjelasan entries. */
export function checkPenjelasan(run: CheckRun): void {
  if (run.doc.attrs.kind !== 'perda') return;
  const entries = run.units.filter((u) => u.kind === 'penjelasanPasal');
  const hasPenjelasan = run.units.some((u) => u.kind === 'penjelasanUmum');
  if (!hasPenjelasan) return;
  const explained = new Set<string>();
  for (const entry of entries) {
    const target = entry.node.attrs.target ? String(entry.node.attrs.target) : null;
    const pasal = target ? run.byUid.get(target) : undefined;
    if (pasal?.kind === 'pasal') {
      explained.add(target!);
      continue;
    }
    if (target && run.deletedUids.has(target)) continue;
    const label = String(entry.node.attrs.label ?? '').trim() || 'Penjelasan';
    run.report('penjelasan-pasal', entry, `Penjelasan "${label}" tidak terhubung ke Pasal mana pun dalam batang tubuh (Pasalnya sudah tidak ada atau nomornya tidak cocok).`);
  }
  for (const unit of run.units) {
    if (unit.kind !== 'pasal' || unit.section !== 'body' || explained.has(unit.uid)) continue;
    run.report('penjelasan-pasal', unit, `${unit.label} belum mempunyai penjelasan pasal demi pasal; tulis "Cukup jelas." bila tidak memerlukan penjelasan.`);
  }
}
