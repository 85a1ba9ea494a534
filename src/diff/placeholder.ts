/**
 * "Dihapus." placeholders (drafting-rules.md 2.3): an amended Perda keeps a deleted Pasal, ayat or
 * item under its number with the text "Dihapus.". Compared with the text before, such a unit is
 * deleted, not changed, and it pairs with the old unit of the same number.
 */
import type { Match } from './align';
import type { Token } from './tokenize';
import { rawKey } from './unit-keys';

const MAX_PLACEHOLDER_TOKENS = 4;

/** True when a token run reads only "Dihapus." (any case, the full stop optional). */
export function readsDihapus(tokens: readonly Token[]): boolean {
  // "Dihapus." is at most four tokens, even hyphenated at a line end ("Di- hapus.").
  return tokens.length <= MAX_PLACEHOLDER_TOKENS && /^dihapus\.?$/i.test(rawKey(tokens));
}

/** What pairing placeholders needs to know of a unit. */
export interface NumberedText {
  /** The unit's number as printed ("20", "(2)", "b."), "" when it has none. */
  number: string;
  /** Kind of unit; only units of one kind pair. */
  kind: string;
  placeholder: boolean;
}

/**
 * Pairs of a new placeholder left unmatched with the old unit of the same kind and number left
 * unmatched (exactly one each way), so the row reads "dihapus" instead of one unit deleted and
 * another inserted.
 */
export function placeholderMatches(olds: readonly NumberedText[], news: readonly NumberedText[], matches: readonly Match[]): Match[] {
  const takenOld = new Set(matches.map((m) => m.o));
  const takenNew = new Set(matches.map((m) => m.n));
  const freeOld = new Map<string, number[]>();
  olds.forEach((u, o) => {
    if (takenOld.has(o) || u.number === '' || u.placeholder) return;
    const key = `${u.kind}|${u.number}`;
    freeOld.set(key, [...(freeOld.get(key) ?? []), o]);
  });
  const out: Match[] = [];
  news.forEach((u, n) => {
    if (takenNew.has(n) || !u.placeholder) return;
    const candidates = freeOld.get(`${u.kind}|${u.number}`);
    if (candidates?.length === 1) out.push({ o: candidates[0] as number, n, sim: 0, by: 'content' });
  });
  return out;
}
