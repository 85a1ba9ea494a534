/**
 * Delegations paired by their formula alone. A Pasal that delegates ("Ketentuan lebih lanjut
 * mengenai … diatur dengan Peraturan Pemerintah") is mostly formula, so two of them on other
 * subjects share half their words: UU 15/1985 Pasal 8 "Pemberian Izin Usaha Ketenagalistrikan …
 * diatur dengan Peraturan Pemerintah" and UU 30/2009 Pasal 41 "Ketentuan lebih lanjut mengenai
 * jual beli tenaga listrik lintas negara … diatur dengan Peraturan Pemerintah" (Dice 0.52) paired,
 * "Diubah". A pair made by content whose two Pasal open with a delegation is dropped where their
 * subjects (the words before "diatur", formula and rule named not counted) plainly differ
 * (`delegateAlike`); where either says too little to tell (its subject is a Pasal it cites), the
 * pair stands. A wrong pair is worse than none.
 */
import type { Match } from './align';
import { firstTextPart, type PartUnit, type PasalUnit } from './extract';
import { renderText } from './render';
import { delegateAlike } from './subject-words';

/** A part that delegates names the rule that will say it ("… diatur dengan Peraturan Pemerintah", "… ditetapkan dalam Keputusan Menteri"). */
const DELEGATES = /\b(?:diatur|ditetapkan)\s+(?:dengan|dalam)\s+(?:Peraturan|Keputusan)\b/i;

/** Similarity from which a content pair stands whatever its subjects. */
const CLEAR = 0.8;

/** The first part of a Pasal that has words, if it delegates. */
function delegation(p: PasalUnit): PartUnit | null {
  const part = firstTextPart(p);
  return part && DELEGATES.test(renderText(part.tokens)) ? part : null;
}

/** `matches` without the content pairs of two delegations about plainly different things. */
export function withoutUnlikeDelegations(olds: readonly PasalUnit[], news: readonly PasalUnit[], matches: readonly Match[]): Match[] {
  return matches.filter((m) => {
    if (m.by !== 'content' || m.sim >= CLEAR) return true;
    const a = delegation(olds[m.o] as PasalUnit);
    const b = a ? delegation(news[m.n] as PasalUnit) : null;
    return !a || !b || delegateAlike(a.tokens, b.tokens) !== false;
  });
}
