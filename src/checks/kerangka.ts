/**
 * The parts of the kerangka that are free paragraphs (drafting-rules.md 1.1, 1.3.5, 1.10): the
 * diktum ("Dengan Persetujuan Bersama" … "MEMUTUSKAN:" … "Menetapkan :") and the penutup
 * (perintah pengundangan, Ditetapkan, Diundangkan, Lembaran Daerah, NOREG) in order, and the
 * perintah pengundangan present ("Agar setiap orang mengetahuinya, memerintahkan pengundangan …").
 * These paragraphs carry no uid: findings point at the nearest unit (the last Mengingat item for
 * the diktum, the last Pasal for the penutup).
 */
import type { Node } from 'prosemirror-model';
import { DIKTUM_ROLES, PENUTUP_ROLES } from '../model/roles';
import type { CheckRun, UnitRec } from './context';
import { paraText } from './unit-text';

const ROLE_NAME: Record<string, string> = {
  persetujuanBersama: '"Dengan Persetujuan Bersama"', dprd: 'nama DPRD', dan: '"dan"', kepalaDaerah: 'kepala daerah',
  memutuskan: '"MEMUTUSKAN:"', menetapkan: '"Menetapkan :"',
  pengundangan: 'perintah pengundangan', ditetapkan: 'penetapan ("Ditetapkan di …")', diundangkan: 'pengundangan ("Diundangkan di …")',
  lembaranDaerah: 'Lembaran Daerah', noreg: 'NOREG',
};

/** Role names used by importers for the same paragraphs. */
const ALIAS: Record<string, string> = { persetujuan: 'persetujuanBersama' };

/** The paragraphs of a part with their role rank, in order. */
function ranked(part: Node, roles: readonly string[]): Array<{ role: string; rank: number }> {
  const out: Array<{ role: string; rank: number }> = [];
  part.forEach((p) => {
    const raw = p.attrs.role ? String(p.attrs.role) : '';
    const role = ALIAS[raw] ?? raw;
    const rank = roles.indexOf(role);
    if (rank >= 0) out.push({ role, rank });
  });
  return out;
}

/** Report the first paragraph that comes before one it should follow. */
function checkOrder(run: CheckRun, part: Node, roles: readonly string[], where: string, at: UnitRec): void {
  const seq = ranked(part, roles);
  for (let i = 1; i < seq.length; i++) {
    const prev = seq[i - 1]!;
    const cur = seq[i]!;
    if (cur.rank < prev.rank) {
      run.report('urutan-kerangka', at, `Dalam ${where}, ${ROLE_NAME[cur.role] ?? cur.role} harus ditempatkan sebelum ${ROLE_NAME[prev.role] ?? prev.role}.`);
      return;
    }
  }
}

/** Concatenated text of a part's paragraphs. */
function partText(part: Node): string {
  const out: string[] = [];
  part.forEach((p) => out.push(paraText(p)));
  return out.join('\n');
}

const PENGUNDANGAN = /Agar\s+setiap\s+orang\s+(dapat\s+)?mengetahuinya\s*,?\s*memerintahkan\s+pengundangan/i;

/** Diktum and penutup. */
export function checkKerangka(run: CheckRun): void {
  const lastOf = (pred: (u: UnitRec) => boolean) => {
    for (let i = run.units.length - 1; i >= 0; i--) if (pred(run.units[i]!)) return run.units[i]!;
    return undefined;
  };
  const judul = run.units.find((u) => u.kind === 'judul');
  const lastPasal = lastOf((u) => u.kind === 'pasal' && u.section === 'body') ?? judul;
  const lastMengingat = lastOf((u) => u.section === 'dasarHukum') ?? judul;

  if (run.diktum && lastMengingat) {
    checkOrder(run, run.diktum, DIKTUM_ROLES, 'diktum', lastMengingat);
    const text = partText(run.diktum);
    if (!/M\s*E\s*M\s*U\s*T\s*U\s*S\s*K\s*A\s*N/.test(text)) run.report('urutan-kerangka', lastMengingat, 'Diktum memuat kata "MEMUTUSKAN:" sesudah Mengingat.');
    if (!/^\s*Menetapkan\b/m.test(text)) run.report('urutan-kerangka', lastMengingat, 'Diktum memuat "Menetapkan :" diikuti jenis dan nama peraturan.');
  }
  if (!lastPasal) return;
  if (run.penutup) checkOrder(run, run.penutup, PENUTUP_ROLES, 'penutup', lastPasal);

  const inPenutup = run.penutup ? PENGUNDANGAN.exec(partText(run.penutup)) : null;
  const inPasal = lastPasal.kind === 'pasal' ? PENGUNDANGAN.exec(descendantText(lastPasal.node)) : null;
  const found = inPenutup ?? inPasal;
  if (!found) {
    run.report('formula-pengundangan', lastPasal, 'Perintah pengundangan tidak ada: "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah …".');
  } else if (found[1]) {
    run.report('formula-pengundangan', lastPasal, 'Rumusan lama "dapat mengetahuinya": rumusannya "Agar setiap orang mengetahuinya, memerintahkan pengundangan …".', null, 'info');
  }
}

/** All text inside a node (for the last Pasal, whose ayat may hold the perintah pengundangan). */
function descendantText(node: Node): string {
  const out: string[] = [];
  node.descendants((n) => {
    if (n.isTextblock) {
      out.push(paraText(n));
      return false;
    }
    return true;
  });
  return out.join('\n');
}
