/**
 * Two texts of one Perda whose Pasal keep their numbers, as an amendment keeps them (drafting-
 * rules.md 2.3: never renumber; an inserted Pasal takes the previous number and a letter, "Pasal
 * 12A"; a deleted one stays as "Dihapus."): the consolidated text after an amendment against the
 * Perda it amends, read from files, sharing no uid. There a Pasal's number says which Pasal it is,
 * however much its words changed: UU 20/2001 rewrote Pasal 5 to 12 of UU 31/1999 whole, and paired
 * by their words old Pasal 9 read as new Pasal 5. Such texts are paired by number
 * (`compare-pasal.ts`); a replacement Perda, numbered afresh, is paired by words.
 */
import type { PasalUnit } from './extract';
import { isDihapusPlaceholder } from './placeholder';

/** A Pasal number an amendment gives an inserted Pasal: the number before it and a letter ("12A"). */
const INSERTED_NUMBER = /^\d+[A-Z]+$/;

/** Share of the old text's Pasal numbers the new text must still hold. */
const KEPT_SHARE = 0.9;

/**
 * True when `news` keeps the Pasal numbers of `olds` as an amendment does, and the two share no
 * Pasal uid: every number the old text lacks carries an insertion letter, at least nine in ten of
 * the old numbers are still there, and (unless `known`, where the caller knows the new text
 * amends the old) the new text shows itself an amendment: a Pasal inserted with a letter, or one
 * kept as "Dihapus." under its number; two texts with the same numbers and nothing more may as
 * well be a replacement numbered alike.
 */
export function keepsNumbers(olds: readonly PasalUnit[], news: readonly PasalUnit[], known = false): boolean {
  if (olds.length === 0) return false;
  const oldUids = new Set(olds.map((p) => p.uid));
  if (news.some((p) => oldUids.has(p.uid))) return false;
  const oldNums = new Set(olds.map((p) => p.num));
  const newNums = new Set(news.map((p) => p.num));
  let inserted = 0;
  for (const num of newNums) {
    if (oldNums.has(num)) continue;
    if (!INSERTED_NUMBER.test(num)) return false;
    inserted++;
  }
  let kept = 0;
  for (const num of oldNums) if (newNums.has(num)) kept++;
  if (kept < KEPT_SHARE * oldNums.size) return false;
  if (known || inserted > 0) return true;
  const oldPlaceholders = new Set(olds.filter(isDihapusPlaceholder).map((p) => p.num));
  return news.some((p) => oldNums.has(p.num) && !oldPlaceholders.has(p.num) && isDihapusPlaceholder(p));
}
