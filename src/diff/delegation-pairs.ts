/**
 * Delegations paired by their formula alone. A Pasal that delegates ("Ketentuan lebih lanjut
 * mengenai … diatur dengan Peraturan Pemerintah") is mostly formula, so two of them on other
 * subjects share half their words: UU 15/1985 Pasal 8 "Pemberian Izin Usaha Ketenagalistrikan …
 * diatur dengan Peraturan Pemerintah" and UU 30/2009 Pasal 41 "Ketentuan lebih lanjut mengenai
 * jual beli tenaga listrik lintas negara … diatur dengan Peraturan Pemerintah" (Dice 0.52) paired,
 * "Diubah". A pair made by content whose two Pasal open with a delegation is dropped where their
 * subjects (the words before "diatur", formula and rule named not counted) plainly differ
 * (`delegateAlike`); where either says too little to tell (its subject is a Pasal it cites), the
 * pair stands. So is a pair of a Pasal that is a delegation alone with one that closes with a
 * delegation on another thing (UU 9/2018 Pasal 65, rules on refunds, and UU 20/1997 Pasal 7,
 * agencies' reports "… tata cara penyampaian rencana dan atau laporan realisasi …", paired at
 * 0.35 in one wide gap). A wrong pair is worse than none.
 */
import type { Match } from './align';
import { firstTextPart, type PartUnit, type PasalUnit } from './extract';
import { renderText } from './render';
import { delegateAlike } from './subject-words';

/** A part that delegates names the rule that will say it ("… diatur dengan Peraturan Pemerintah", "… ditetapkan dalam Keputusan Menteri"). */
const DELEGATES = /\b(?:diatur|ditetapkan)\s+(?:dengan|dalam)\s+(?:Peraturan|Keputusan)\b/i;

/** Similarity from which a content pair stands whatever its subjects. */
const CLEAR = 0.8;

/** Whether a part delegates. */
function delegates(part: PartUnit): boolean {
  return DELEGATES.test(renderText(part.tokens));
}

/** The first part of a Pasal that has words, if it delegates. */
function delegation(p: PasalUnit): PartUnit | null {
  const part = firstTextPart(p);
  return part && delegates(part) ? part : null;
}

/** The last part of a Pasal that delegates (its closing "Ketentuan lebih lanjut …"), or null. */
function lastDelegation(p: PasalUnit): PartUnit | null {
  for (let i = p.parts.length - 1; i >= 0; i--) {
    const part = p.parts[i] as PartUnit;
    if (part.tokens.length > 0 && !part.heading && delegates(part)) return part;
  }
  return null;
}

/** True when a Pasal has one part with words (no ayat, items or second paragraph). */
function onePart(p: PasalUnit): boolean {
  return p.parts.filter((x) => x.tokens.length > 0 && !x.heading).length === 1;
}

/**
 * The two delegations a content pair is judged by: both Pasal's, where both open with one; where
 * one Pasal is a delegation alone ("Ketentuan lebih lanjut mengenai syarat dan tata cara
 * pengembalian PNBP … diatur dengan Peraturan Pemerintah"), that and the other Pasal's closing
 * delegation, if it has one; else null (nothing to judge by).
 */
function delegationsOf(a: PasalUnit, b: PasalUnit): readonly [PartUnit, PartUnit] | null {
  const x = delegation(a);
  const y = delegation(b);
  if (x && y) return [x, y];
  if (x && onePart(a)) {
    const other = lastDelegation(b);
    return other ? [x, other] : null;
  }
  if (y && onePart(b)) {
    const other = lastDelegation(a);
    return other ? [other, y] : null;
  }
  return null;
}

/** `matches` without the content pairs of two delegations about plainly different things. */
export function withoutUnlikeDelegations(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: readonly Match[]): Match[] {
  return matches.filter((m) => {
    if (m.by !== 'content' || m.sim >= CLEAR) return true;
    const pair = delegationsOf(olds[m.o] as PasalUnit, news[m.n] as PasalUnit);
    return !pair || delegateAlike(pair[0].tokens, pair[1].tokens) !== false;
  });
}
