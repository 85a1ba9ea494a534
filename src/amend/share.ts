/**
 * Amend or replace (drafting-rules.md 3.1): the share of change by Pasal count and by text
 * volume, whether the systematika changed, and the recommendation with the rule cited.
 */
import type { Comparison } from '../diff';
import type { ChangeShare } from './types';

/** The rule of 3.1, cited in every reason. */
export const RULE_31 =
  'Lampiran II UU 12/2011 (drafting-rules.md 3.1): jika perubahan mengakibatkan sistematika berubah, materi berubah lebih dari 50% (lima puluh persen), atau esensinya berubah, peraturan yang diubah lebih baik dicabut dan disusun kembali dalam peraturan yang baru.';

/** Text share: characters inserted or deleted over the characters of both texts (all Pasal). */
export function textShare(c: Comparison): number {
  let changed = 0;
  let total = 0;
  for (const row of c.pasal) {
    for (const s of row.segments) {
      const n = s.text.replace(/\s+/g, '').length;
      if (s.op === 'equal') total += 2 * n;
      else {
        changed += n;
        total += n;
      }
    }
  }
  return total === 0 ? 0 : changed / total;
}

/** True when the BAB structure changed: a BAB moved, split or merged, or a Pasal went to another BAB. */
export function systematikaChanged(c: Comparison): boolean {
  if (
    c.headings.some(
      (h) =>
        h.kind === 'bab' && (h.status === 'moved' || h.status === 'split' || h.status === 'merged'),
    )
  )
    return true;
  return c.pasal.some(
    (r) =>
      r.old !== null &&
      r.new !== null &&
      r.oldBab !== null &&
      r.newBab !== null &&
      r.oldBab !== r.newBab &&
      r.moved,
  );
}

/** Round to three decimals. */
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** The recommendation and its reasons (Indonesian). */
export function recommend(
  share: ChangeShare,
  systematika: boolean,
): { recommendation: 'perubahan' | 'penggantian'; reasons: string[] } {
  const reasons: string[] = [];
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  if (systematika) reasons.push(`Sistematika (susunan BAB) berubah. ${RULE_31}`);
  if (share.pasal > 0.5)
    reasons.push(
      `Pasal yang berubah, disisipkan, atau dihapus: ${pct(share.pasal)} dari jumlah Pasal naskah dasar (lebih dari 50%). ${RULE_31}`,
    );
  if (share.text > 0.5)
    reasons.push(`Volume teks yang berubah: ${pct(share.text)} (lebih dari 50%). ${RULE_31}`);
  if (reasons.length > 0) return { recommendation: 'penggantian', reasons };
  return {
    recommendation: 'perubahan',
    reasons: [
      `Perubahan ${pct(share.pasal)} dari jumlah Pasal dan ${pct(share.text)} dari volume teks, sistematika tidak berubah: di bawah ambang ${RULE_31} Esensi perubahan tetap harus dinilai perancang.`,
    ],
  };
}

/** Share object with rounded figures. */
export function shareOf(touchedPasal: number, basePasal: number, c: Comparison): ChangeShare {
  return { pasal: r3(basePasal === 0 ? 0 : touchedPasal / basePasal), text: r3(textShare(c)) };
}
