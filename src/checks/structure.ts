/**
 * Structure checks (drafting-rules.md 1.1, 1.4.2, 9.1): the order of the BAB types (Ketentuan
 * Umum first, materi pokok, [Penyidikan] just before [Pidana], [Peralihan], Ketentuan Penutup
 * last), the presence of Ketentuan Umum and Ketentuan Penutup, and BAB titles in capitals.
 */
import type { CheckRun, UnitRec } from './context';
import { hasLowerCase, isBlank } from './text-util';

/** The kind of a BAB by its title. */
export type BabType = 'umum' | 'materi' | 'penyidikan' | 'pidana' | 'peralihan' | 'penutup';

/** Rank of each type in the prescribed order. */
const RANK: Record<BabType, number> = { umum: 0, materi: 1, penyidikan: 2, pidana: 3, peralihan: 4, penutup: 5 };

/** Classify a BAB title ("KETENTUAN UMUM" -> "umum"; anything unknown is materi pokok). */
export function babType(title: string): BabType {
  const t = title.toUpperCase().replace(/\s+/g, ' ').trim();
  if (/^KETENTUAN UMUM$/.test(t)) return 'umum';
  if (/^(KETENTUAN )?PENYIDIKAN$/.test(t)) return 'penyidikan';
  if (/^(KETENTUAN|SANKSI) PIDANA$/.test(t)) return 'pidana';
  if (/^(KETENTUAN|ATURAN) PERALIHAN$/.test(t)) return 'peralihan';
  if (/^(KETENTUAN|ATURAN) PENUTUP$/.test(t)) return 'penutup';
  return 'materi';
}

const ORDER_TEXT = 'Ketentuan Umum, materi pokok, Ketentuan Penyidikan, Ketentuan Pidana, Ketentuan Peralihan, Ketentuan Penutup';

/** "BAB III (KETENTUAN PIDANA)". */
function babName(run: CheckRun, bab: UnitRec): string {
  const title = run.text(bab).trim();
  return title ? `${bab.label} (${title})` : bab.label;
}

/** Order of the BAB types and BAB titles. */
export function checkStructure(run: CheckRun): void {
  const babs = run.babs;
  const types = babs.map((b) => babType(run.text(b)));
  const last = babs.length - 1;
  types.forEach((type, i) => {
    const bab = babs[i]!;
    if (type === 'umum' && i !== 0) {
      run.report('urutan-bab', bab, `${babName(run, bab)} harus menjadi BAB pertama (BAB I).`);
      return;
    }
    if (type === 'penutup' && i !== last) {
      run.report('urutan-bab', bab, `${babName(run, bab)} harus menjadi BAB terakhir.`);
      return;
    }
    if (type === 'umum' || type === 'penutup') return;
    // The first earlier BAB (other than Ketentuan Umum/Penutup) that should come after this one.
    const j = types.findIndex((t, k) => k < i && t !== 'umum' && t !== 'penutup' && RANK[t] > RANK[type]);
    if (j >= 0) {
      const soft = type === 'penyidikan' || types[j] === 'penyidikan';
      run.report('urutan-bab', bab, `${babName(run, bab)} harus ditempatkan sebelum ${babName(run, babs[j]!)}: urutannya ${ORDER_TEXT}.`, null, soft ? 'warning' : 'error');
      return;
    }
    if (type === 'penyidikan') {
      const pidana = types.indexOf('pidana');
      if (pidana > i + 1) run.report('urutan-bab', bab, `${babName(run, bab)} ditempatkan tepat sebelum ${babName(run, babs[pidana]!)}.`, null, 'warning');
    }
  });

  if (run.doc.attrs.kind === 'perda' && babs.length > 1) {
    if (!types.includes('umum')) run.report('bab-wajib', babs[0]!, 'Tidak ada BAB KETENTUAN UMUM; batang tubuh diawali dengan Ketentuan Umum (BAB I).');
    if (!types.includes('penutup')) run.report('bab-wajib', babs[last]!, 'Tidak ada BAB KETENTUAN PENUTUP; batang tubuh diakhiri dengan Ketentuan Penutup.');
  }

  for (const unit of run.units) {
    if (unit.kind !== 'bab') continue;
    const title = run.text(unit);
    if (!isBlank(title) && hasLowerCase(title)) {
      run.report('judul-bab', unit, `Judul ${unit.label} ditulis seluruhnya dengan huruf kapital: "${title.trim().toUpperCase()}".`, { from: 0, to: title.length });
    }
  }
}
