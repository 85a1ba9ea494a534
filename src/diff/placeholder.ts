/**
 * "Dihapus." placeholders (drafting-rules.md 2.3): an amended Perda keeps a deleted Pasal, ayat or
 * item under its number with the text "Dihapus.". Compared with the text before, such a unit is
 * deleted, not changed, and it pairs with the old unit of the same number.
 */
import type { Match } from './align';
import type { PasalUnit } from './extract';
import type { Token } from './tokenize';
import { rawKey } from './unit-keys';

const MAX_PLACEHOLDER_TOKENS = 4;

/** True when a token run reads only "Dihapus." (any case, the full stop optional). */
export function readsDihapus(tokens: readonly Token[]): boolean {
  // "Dihapus." is at most four tokens, even hyphenated at a line end ("Di- hapus.").
  return tokens.length <= MAX_PLACEHOLDER_TOKENS && /^dihapus\.?$/i.test(rawKey(tokens));
}

/** True when a Pasal reads only "Dihapus." (a deleted Pasal kept under its number). */
export function isDihapusPlaceholder(p: PasalUnit): boolean {
  const only = p.parts.length === 1 ? p.parts[0] : undefined;
  return only !== undefined && only.kind === 'para' && readsDihapus(only.tokens);
}

/**
 * Status of a changed pair where one side is a placeholder: deleted (a unit became "Dihapus.") or
 * inserted (a "Dihapus." number written again); null when neither or both are placeholders.
 */
export function placeholderStatus(oldIsPlaceholder: boolean, newIsPlaceholder: boolean): 'deleted' | 'inserted' | null {
  if (oldIsPlaceholder === newIsPlaceholder) return null;
  return newIsPlaceholder ? 'deleted' : 'inserted';
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
 * Pairs of a placeholder left unmatched on one side with the unit of the same kind and number left
 * unmatched on the other (exactly one each way): a new placeholder with the old unit it replaced
 * (the row reads "dihapus" instead of one unit deleted and another inserted), and an old
 * placeholder with the new unit written under its number (the row reads "disisipkan", and the
 * references to that number keep pointing at one unit).
 */
export function placeholderMatches(olds: readonly NumberedText[], news: readonly NumberedText[], matches: readonly Match[]): Match[] {
  const takenOld = new Set(matches.map((m) => m.o));
  const takenNew = new Set(matches.map((m) => m.n));
  const out: Match[] = [];
  for (const m of pairPlaceholders(news, olds, takenNew, takenOld)) out.push({ o: m.other, n: m.placeholder, sim: 0, by: 'content' });
  for (const m of pairPlaceholders(olds, news, takenOld, takenNew)) out.push({ o: m.placeholder, n: m.other, sim: 0, by: 'content' });
  return out;
}

/** Free placeholders of `sides` paired with the one free unit of `others` with their kind and number. */
function pairPlaceholders(sides: readonly NumberedText[], others: readonly NumberedText[], takenSide: ReadonlySet<number>, takenOther: ReadonlySet<number>): Array<{ placeholder: number; other: number }> {
  if (!sides.some((u, i) => u.placeholder && !takenSide.has(i))) return [];
  const free = new Map<string, number[]>();
  others.forEach((u, i) => {
    if (takenOther.has(i) || u.number === '' || u.placeholder) return;
    const key = `${u.kind}|${u.number}`;
    free.set(key, [...(free.get(key) ?? []), i]);
  });
  const out: Array<{ placeholder: number; other: number }> = [];
  sides.forEach((u, i) => {
    if (takenSide.has(i) || !u.placeholder) return;
    const candidates = free.get(`${u.kind}|${u.number}`);
    if (candidates?.length === 1) out.push({ placeholder: i, other: candidates[0] as number });
  });
  return out;
}
