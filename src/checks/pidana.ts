/**
 * The criminal-sanction ceiling of a Perda (drafting-rules.md 1.7): pidana kurungan paling lama
 * 6 (enam) bulan, pidana denda paling banyak Rp50.000.000,00 (lima puluh juta rupiah), unless
 * another law allows more (so a warning, not an error).
 */
import type { CheckRun } from './context';

const KURUNGAN = /kurungan\s+(?:paling\s+lama|selama-lamanya|maksimal)\s+(\d+)\s*(?:\([^()]*\)\s*)?(hari|minggu|bulan|tahun)/gi;
const DENDA = /denda\s+(?:paling\s+banyak|sebanyak-banyaknya|maksimal|setinggi-tingginya)\s+Rp\.?\s?(\d{1,3}(?:\.\d{3})+|\d+)/gi;
const MONTHS: Record<string, number> = { hari: 1 / 30, minggu: 7 / 30, bulan: 1, tahun: 12 };
const MAX_MONTHS = 6;
const MAX_DENDA = 50_000_000;

/** Kurungan over 6 months and denda over Rp50.000.000,00 in the batang tubuh. */
export function checkPidana(run: CheckRun): void {
  for (const unit of run.units) {
    if (unit.section !== 'body' || (unit.kind !== 'pasal' && unit.kind !== 'ayat' && unit.kind !== 'item')) continue;
    const text = run.text(unit);
    if (!/kurungan|denda/i.test(text)) continue;
    for (const m of text.matchAll(KURUNGAN)) {
      const months = Number(m[1]) * (MONTHS[(m[2] ?? '').toLowerCase()] ?? 1);
      if (months > MAX_MONTHS) {
        const start = m.index ?? 0;
        run.report('batas-pidana', unit, 'Pidana kurungan dalam Peraturan Daerah paling lama 6 (enam) bulan, kecuali undang-undang menentukan lain.', { from: start, to: start + m[0].length });
      }
    }
    for (const m of text.matchAll(DENDA)) {
      const amount = Number((m[1] ?? '').replace(/\./g, ''));
      if (amount > MAX_DENDA) {
        const start = m.index ?? 0;
        run.report('batas-pidana', unit, 'Pidana denda dalam Peraturan Daerah paling banyak Rp50.000.000,00 (lima puluh juta rupiah), kecuali undang-undang menentukan lain.', { from: start, to: start + m[0].length });
      }
    }
  }
}
